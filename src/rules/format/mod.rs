//! Rules about the form of the document under Nghị định 30/2020/NĐ-CP (KH5xxx).

pub mod blank_placeholder;
pub mod date_leading_zero;
pub mod issuer_parent;
pub mod number_symbol_format;
pub mod recipients_archive;
pub mod signature_authority;
pub mod signer_academic_title;
mod symbol;
pub mod type_abbreviation;

use chrono::{Datelike, NaiveDate};

/// A day of the month as Nghị định 30/2020 writes it: a leading zero below 10 ("05").
pub(crate) fn day_text(day: u32) -> String {
    format!("{day:02}")
}

/// A month as Nghị định 30/2020 writes it: "01", "02", then "3" … "12".
pub(crate) fn month_text(month: u32) -> String {
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

/// `date` as "05/3/2020", with the leading zeros of Nghị định 30/2020.
pub(crate) fn numeric_date(date: NaiveDate) -> String {
    date_like("", date)
}

/// `date` written the way `like` is ("23/7/2012" or "23 tháng 7 năm 2012"),
/// with the leading zeros of Nghị định 30/2020.
pub(crate) fn date_like(like: &str, date: NaiveDate) -> String {
    let (day, month, year) = (day_text(date.day()), month_text(date.month()), date.year());
    if like.contains("tháng") {
        format!("{day} tháng {month} năm {year}")
    } else {
        format!("{day}/{month}/{year}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_take_the_zeros_of_decree_30() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(date_like("23/7/2012", day(2020, 3, 5)), "05/3/2020");
        assert_eq!(date_like("21/6/2021", day(2024, 2, 29)), "29/02/2024");
        assert_eq!(
            date_like("ngày 21 tháng 6 năm 2021", day(2012, 7, 23)),
            "23 tháng 7 năm 2012"
        );
        assert_eq!(month_text(1), "01");
        assert_eq!(month_text(12), "12");
    }
}
