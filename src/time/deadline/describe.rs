//! A short human rendering of a [`Timeframe`], shown beside the deadline field.

use super::{Cutoff, Timeframe};
use crate::context::Lang;
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Timeframe {
    /// The interpreted interval and how it was read, e.g.
    /// "01/07/2025 – 31/12/2025 (quý III, IV năm 2025)" or "… (Q3, Q4 2025)".
    pub fn describe(&self, lang: Lang) -> String {
        let mut out = String::with_capacity(64);
        if let Timeframe::OnDate { date, .. } = self {
            if lang == Lang::Vi {
                out.push_str("ngày ");
            }
            push_date(&mut out, *date);
            return out;
        }
        match self.interval() {
            Some((first, last)) => {
                push_date(&mut out, first);
                out.push_str(" – ");
                push_date(&mut out, last);
                out.push_str(" (");
                self.push_reading(&mut out, lang);
                out.push(')');
            }
            None => {
                self.push_reading(&mut out, lang);
                out.push_str(match (self, lang) {
                    (Timeframe::AfterEvent { .. }, Lang::Vi) => " (chưa có ngày cụ thể)",
                    (Timeframe::AfterEvent { .. }, Lang::En) => " (no fixed date)",
                    (_, Lang::Vi) => " (chưa rõ năm)",
                    (_, Lang::En) => " (year not known)",
                });
            }
        }
        out
    }

    /// How the expression was read, without the dates it spans.
    fn push_reading(&self, out: &mut String, lang: Lang) {
        let vi = lang == Lang::Vi;
        match self {
            Timeframe::OnDate { date, .. } => push_date(out, *date),
            Timeframe::ByDate { date, cutoff, .. } => {
                out.push_str(match (cutoff, vi) {
                    (Cutoff::Before, true) => "trước ngày ",
                    (Cutoff::Before, false) => "before ",
                    (Cutoff::NoLaterThan, true) => "chậm nhất ngày ",
                    (Cutoff::NoLaterThan, false) => "no later than ",
                });
                push_date(out, *date);
            }
            Timeframe::ByMonth {
                year,
                month,
                cutoff,
            } => {
                out.push_str(match (cutoff, vi) {
                    (Cutoff::Before, true) => "trước ",
                    (Cutoff::Before, false) => "before ",
                    (Cutoff::NoLaterThan, true) => "chậm nhất trong ",
                    (Cutoff::NoLaterThan, false) => "by the end of ",
                });
                push_month(out, *year, *month, lang);
            }
            Timeframe::InMonth { year, month } => push_month(out, *year, *month, lang),
            Timeframe::InQuarters { year, quarters } => {
                for (i, quarter) in quarters.iter().enumerate() {
                    let separator = if i == 0 { "" } else { ", " };
                    if vi {
                        let word = if i == 0 { "quý " } else { "" };
                        let numeral = roman_numeral(quarter);
                        push_fmt(out, format_args!("{separator}{word}{numeral}"));
                    } else {
                        push_fmt(out, format_args!("{separator}Q{quarter}"));
                    }
                }
                push_year(out, *year, lang);
            }
            Timeframe::InYear { year } => match (year, vi) {
                (Some(year), true) => push_fmt(out, format_args!("năm {year}")),
                (Some(year), false) => push_fmt(out, format_args!("the year {year}")),
                (None, true) => out.push_str("trong năm"),
                (None, false) => out.push_str("within the year"),
            },
            Timeframe::Ongoing { year } => {
                out.push_str(if vi { "thường xuyên" } else { "ongoing" });
                match (year, vi) {
                    (Some(year), true) => push_fmt(out, format_args!(" trong năm {year}")),
                    (Some(year), false) => push_fmt(out, format_args!(" through {year}")),
                    (None, _) => {}
                }
            }
            Timeframe::AfterEvent { event } => {
                out.push_str(if vi { "sau khi " } else { "after: " });
                out.push_str(event);
            }
        }
    }
}

/// "I" … "IV", as quarters are written.
fn roman_numeral(quarter: u32) -> &'static str {
    match quarter {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => "",
    }
}

/// "dd/mm/yyyy".
fn push_date(out: &mut String, date: NaiveDate) {
    push_fmt(
        out,
        format_args!("{:02}/{:02}/{}", date.day(), date.month(), date.year()),
    );
}

/// "tháng 02 năm 2025" (months 1 and 2 take a leading zero, as in Nghị định 30/2020) or "February 2025".
fn push_month(out: &mut String, year: Option<i32>, month: u32, lang: Lang) {
    match lang {
        Lang::Vi if month <= 2 => push_fmt(out, format_args!("tháng {month:02}")),
        Lang::Vi => push_fmt(out, format_args!("tháng {month}")),
        Lang::En => {
            let name = usize::try_from(month)
                .ok()
                .and_then(|m| MONTHS_EN.get(m.checked_sub(1)?));
            match name {
                Some(name) => out.push_str(name),
                None => push_fmt(out, format_args!("month {month}")),
            }
        }
    }
    push_year(out, year, lang);
}

/// " năm 2025" / " 2025", nothing when unknown.
fn push_year(out: &mut String, year: Option<i32>, lang: Lang) {
    match (year, lang) {
        (Some(year), Lang::Vi) => push_fmt(out, format_args!(" năm {year}")),
        (Some(year), Lang::En) => push_fmt(out, format_args!(" {year}")),
        (None, _) => {}
    }
}

/// Writing to a `String` cannot fail.
fn push_fmt(out: &mut String, args: std::fmt::Arguments<'_>) {
    let _ = out.write_fmt(args);
}

#[cfg(test)]
mod tests {
    use crate::context::Lang;
    use crate::time::parse_deadline;

    fn describe(text: &str, plan_year: Option<i32>, lang: Lang) -> String {
        parse_deadline(text, plan_year).unwrap().describe(lang)
    }

    #[test]
    fn vietnamese() {
        let vi = |text, year| describe(text, year, Lang::Vi);
        assert_eq!(
            vi("Quý III, quý IV năm 2025", None),
            "01/07/2025 – 31/12/2025 (quý III, IV năm 2025)"
        );
        assert_eq!(
            vi("trước ngày 03/12/2025", None),
            "01/01/2025 – 02/12/2025 (trước ngày 03/12/2025)"
        );
        assert_eq!(
            vi("Chậm nhất là ngày 15/11/2025", None),
            "01/01/2025 – 15/11/2025 (chậm nhất ngày 15/11/2025)"
        );
        assert_eq!(
            vi("Hoàn thành trước tháng 11 năm 2025", None),
            "01/01/2025 – 31/10/2025 (trước tháng 11 năm 2025)"
        );
        assert_eq!(
            vi("Trong tháng 2 năm 2025", None),
            "01/02/2025 – 28/02/2025 (tháng 02 năm 2025)"
        );
        assert_eq!(
            vi("Thường xuyên trong năm", Some(2025)),
            "01/01/2025 – 31/12/2025 (thường xuyên trong năm 2025)"
        );
        assert_eq!(vi("Năm 2024", None), "01/01/2024 – 31/12/2024 (năm 2024)");
        assert_eq!(vi("15/3/2025", None), "ngày 15/03/2025");
        assert_eq!(vi("Quý I", None), "quý I (chưa rõ năm)");
        assert_eq!(
            vi("Sau khi có Quyết định của UBND tỉnh", Some(2025)),
            "sau khi có Quyết định của UBND tỉnh (chưa có ngày cụ thể)"
        );
    }

    #[test]
    fn english() {
        let en = |text, year| describe(text, year, Lang::En);
        assert_eq!(
            en("Quý III, quý IV năm 2025", None),
            "01/07/2025 – 31/12/2025 (Q3, Q4 2025)"
        );
        assert_eq!(
            en("trước ngày 03/12/2025", None),
            "01/01/2025 – 02/12/2025 (before 03/12/2025)"
        );
        assert_eq!(
            en("chậm nhất ngày 15/11/2025", None),
            "01/01/2025 – 15/11/2025 (no later than 15/11/2025)"
        );
        assert_eq!(
            en("chậm nhất tháng 11 năm 2025", None),
            "01/01/2025 – 30/11/2025 (by the end of November 2025)"
        );
        assert_eq!(
            en("Tháng 6/2025", None),
            "01/06/2025 – 30/06/2025 (June 2025)"
        );
        assert_eq!(
            en("Thường xuyên", Some(2025)),
            "01/01/2025 – 31/12/2025 (ongoing through 2025)"
        );
        assert_eq!(en("15/3/2025", None), "15/03/2025");
        assert_eq!(en("Trong năm", None), "within the year (year not known)");
        assert_eq!(
            en("Sau khi Thủ tướng Chính phủ ban hành", None),
            "after: Thủ tướng Chính phủ ban hành (no fixed date)"
        );
    }
}
