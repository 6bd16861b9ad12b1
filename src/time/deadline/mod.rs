//! Deadline expressions ("Quý III năm 2025", "trước ngày 03/12/2025",
//! "Thường xuyên trong năm") → [`Timeframe`], the period they allow.

mod describe;
mod parse;
mod quarters;

use super::date::DateParts;
use chrono::{Datelike, Months, NaiveDate};
use std::ops::Range;

pub use parse::parse_deadline;
pub use quarters::Quarters;

/// Whether the named day or month is itself still allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cutoff {
    /// "trước …": the named day or month is already too late.
    Before,
    /// "chậm nhất …", "không muộn hơn …": the named day or month is the last allowed.
    NoLaterThan,
}

/// What a deadline expression means. A year left out is taken from the plan;
/// `year` is `None` only when the plan has no year either.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Timeframe {
    /// On one day: "ngày 15/3/2025", "15/3/2025", or "15/3" in the plan year.
    OnDate {
        /// The day.
        date: NaiveDate,
        /// Whether the year was left out and taken from the plan.
        year_assumed: bool,
    },
    /// Up to a day: "trước ngày 03/12/2025", "chậm nhất ngày 15/11/2025".
    ByDate {
        /// The day named.
        date: NaiveDate,
        /// Whether that day is still allowed.
        cutoff: Cutoff,
        /// Whether the year was left out and taken from the plan ("trước ngày 15/12").
        year_assumed: bool,
    },
    /// Up to a month: "Hoàn thành trước tháng 11 năm 2025".
    ByMonth {
        /// The year of the month named.
        year: Option<i32>,
        /// The month named, 1–12.
        month: u32,
        /// Whether that month is still allowed.
        cutoff: Cutoff,
    },
    /// Within a month: "Trong tháng 02 năm 2025", "Tháng 6/2025".
    InMonth {
        /// The year.
        year: Option<i32>,
        /// The month, 1–12.
        month: u32,
    },
    /// Within one or more quarters: "Quý I năm 2025", "Quý III, quý IV năm 2025".
    InQuarters {
        /// The year.
        year: Option<i32>,
        /// The quarters named.
        quarters: Quarters,
    },
    /// Within a year: "Trong năm 2025", "Năm 2024".
    InYear {
        /// The year.
        year: Option<i32>,
    },
    /// Continually through a year: "Thường xuyên", "Thường xuyên trong năm 2025".
    Ongoing {
        /// The year.
        year: Option<i32>,
    },
    /// After an event that has no date yet: "Sau khi có Quyết định của Thủ tướng Chính phủ …".
    AfterEvent {
        /// The event as written after "Sau khi", white space collapsed.
        event: String,
    },
}

impl Timeframe {
    /// The first and last day the deadline allows; `None` after an event or when the year is unknown.
    ///
    /// A cut-off says nothing about when work may start, so its interval
    /// begins on 1 January of the year of its last allowed day.
    pub fn interval(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Timeframe::OnDate { date, .. } => Some((*date, *date)),
            Timeframe::ByDate { date, cutoff, .. } => {
                let last = match cutoff {
                    Cutoff::Before => date.pred_opt()?,
                    Cutoff::NoLaterThan => *date,
                };
                Some((year_start(last.year())?, last))
            }
            Timeframe::ByMonth {
                year,
                month,
                cutoff,
            } => {
                let year = (*year)?;
                let last = match cutoff {
                    Cutoff::Before => month_start(year, *month)?.pred_opt()?,
                    Cutoff::NoLaterThan => month_end(year, *month)?,
                };
                Some((year_start(last.year())?, last))
            }
            Timeframe::InMonth { year, month } => {
                let year = (*year)?;
                Some((month_start(year, *month)?, month_end(year, *month)?))
            }
            Timeframe::InQuarters { year, quarters } => {
                let year = (*year)?;
                let first_month = quarters.first()? * 3 - 2;
                let last_month = quarters.last()? * 3;
                Some((
                    month_start(year, first_month)?,
                    month_end(year, last_month)?,
                ))
            }
            Timeframe::InYear { year } | Timeframe::Ongoing { year } => {
                let year = (*year)?;
                Some((year_start(year)?, month_end(year, 12)?))
            }
            Timeframe::AfterEvent { .. } => None,
        }
    }
}

/// Why a deadline expression has no meaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeadlineErrorKind {
    /// Nothing written (or only a label such as "Thời gian thực hiện:").
    Empty,
    /// A date that does not exist in the calendar.
    InvalidDate(DateParts),
    /// A day and month with no year, in a plan that has no year either.
    MissingYear,
    /// A month number outside 1–12 ("tháng 13").
    NoSuchMonth(u32),
    /// A quarter outside I–IV ("Quý V"), as a number.
    NoSuchQuarter(u32),
    /// Text that is not a known deadline phrase.
    Unrecognised,
}

/// A deadline that could not be interpreted, with the byte span at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineError {
    /// What went wrong.
    pub kind: DeadlineErrorKind,
    /// Byte span of the offending part of the text.
    pub span: Range<usize>,
}

fn year_start(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, 1, 1)
}

fn month_start(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// The last day of a month (None for month 0 or 13, or a year out of range).
pub(crate) fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    month_start(year, month)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn interval(text: &str, plan_year: Option<i32>) -> Option<(NaiveDate, NaiveDate)> {
        parse_deadline(text, plan_year).unwrap().interval()
    }

    #[test]
    fn cut_offs_end_before_or_on_the_named_day() {
        assert_eq!(
            interval("trước ngày 03/12/2025", None),
            Some((day(2025, 1, 1), day(2025, 12, 2)))
        );
        assert_eq!(
            interval("chậm nhất ngày 15/11/2025", None),
            Some((day(2025, 1, 1), day(2025, 11, 15)))
        );
        assert_eq!(
            interval("trước ngày 01/01/2026", None),
            Some((day(2025, 1, 1), day(2025, 12, 31)))
        );
        assert_eq!(
            interval("Hoàn thành trước tháng 11 năm 2025", None),
            Some((day(2025, 1, 1), day(2025, 10, 31)))
        );
        assert_eq!(
            interval("chậm nhất tháng 02 năm 2024", None),
            Some((day(2024, 1, 1), day(2024, 2, 29)))
        );
    }

    #[test]
    fn periods_span_whole_months_quarters_and_years() {
        assert_eq!(
            interval("ngày 15/3/2025", None),
            Some((day(2025, 3, 15), day(2025, 3, 15)))
        );
        assert_eq!(
            interval("Trong tháng 02 năm 2025", None),
            Some((day(2025, 2, 1), day(2025, 2, 28)))
        );
        assert_eq!(
            interval("Tháng 12/2025", None),
            Some((day(2025, 12, 1), day(2025, 12, 31)))
        );
        assert_eq!(
            interval("Quý II, III, IV năm 2025", None),
            Some((day(2025, 4, 1), day(2025, 12, 31)))
        );
        assert_eq!(
            interval("Quý I", Some(2024)),
            Some((day(2024, 1, 1), day(2024, 3, 31)))
        );
        assert_eq!(
            interval("Năm 2024", Some(2025)),
            Some((day(2024, 1, 1), day(2024, 12, 31)))
        );
        assert_eq!(
            interval("Thường xuyên trong năm", Some(2025)),
            Some((day(2025, 1, 1), day(2025, 12, 31)))
        );
    }

    #[test]
    fn undated_without_a_year_or_after_an_event() {
        assert_eq!(interval("Quý I", None), None);
        assert_eq!(interval("Thường xuyên trong năm", None), None);
        assert_eq!(interval("Trong tháng 6", None), None);
        assert_eq!(interval("trước tháng 6", None), None);
        assert_eq!(interval("Sau khi có Quyết định", Some(2025)), None);
    }
}
