//! Day and month as written in the place-and-date line ("ngày 05 tháng 3 năm 2025").

/// The day of month as written: below 10 with a leading zero ("05", "21").
pub fn day_text(day: u32) -> String {
    format!("{day:02}")
}

/// The month as written: January and February with a leading zero ("01", "02"),
/// the others without ("3", "12"), so "tháng 1" cannot be altered to "tháng 11".
pub fn month_text(month: u32) -> String {
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_below_ten_take_a_leading_zero() {
        assert_eq!(day_text(5), "05");
        assert_eq!(day_text(9), "09");
        assert_eq!(day_text(10), "10");
        assert_eq!(day_text(21), "21");
    }

    #[test]
    fn only_january_and_february_take_a_leading_zero() {
        // Seed 002: "ngày 05/3/2020" is written "ngày 05 tháng 3 năm 2020".
        assert_eq!(month_text(1), "01");
        assert_eq!(month_text(2), "02");
        assert_eq!(month_text(3), "3");
        assert_eq!(month_text(7), "7");
        assert_eq!(month_text(11), "11");
        assert_eq!(month_text(12), "12");
    }
}
