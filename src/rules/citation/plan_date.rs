//! The days a plan's date may be. A complete date is one day; a draft's
//! partial date ("ngày … tháng 01 năm 2025") spans the days its filled parts
//! allow, and a plan with only a year spans that year. Rules asking "was this
//! already in force?" use the first day, rules asking "was this issued after
//! the plan?" the last, so a blank never causes a finding.

use crate::model::Plan;
use chrono::{Datelike, NaiveDate};

/// The first and last day the plan's date may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PlanDate {
    /// The earliest possible day (1 January of the plan year when nothing is filled).
    pub earliest: NaiveDate,
    /// The latest possible day.
    pub latest: NaiveDate,
}

impl PlanDate {
    /// The span of `plan`'s date; `None` without a year, or when the date is impossible.
    pub(crate) fn of(plan: &Plan) -> Option<PlanDate> {
        let date = plan.date;
        let year = date.year.or(plan.year)?;
        let (first_month, last_month) = date.month.map_or((1, 12), |m| (m, m));
        let earliest = NaiveDate::from_ymd_opt(year, first_month, date.day.unwrap_or(1))?;
        let latest = match date.day {
            Some(day) => NaiveDate::from_ymd_opt(year, last_month, day)?,
            None => last_day_of(year, last_month)?,
        };
        Some(PlanDate { earliest, latest })
    }

    /// The date as a reader would say it: "21/01/2025", "tháng 01/2025", "năm 2025".
    pub(crate) fn describe(self) -> (String, String) {
        let (e, l) = (self.earliest, self.latest);
        if e == l {
            let day = format!("{:02}/{:02}/{}", e.day(), e.month(), e.year());
            return (day.clone(), day);
        }
        if e.month() == l.month() {
            return (
                format!("tháng {:02}/{}", e.month(), e.year()),
                format!("{:02}/{}", e.month(), e.year()),
            );
        }
        (format!("năm {}", e.year()), e.year().to_string())
    }
}

fn last_day_of(year: i32, month: u32) -> Option<NaiveDate> {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month.checked_add(1)?, 1)
    };
    next?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    fn plan(
        day: Option<u32>,
        month: Option<u32>,
        year: Option<i32>,
        plan_year: Option<i32>,
    ) -> Plan {
        Plan {
            date: PartialDate { day, month, year },
            year: plan_year,
            ..Plan::default()
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn spans_follow_the_filled_parts() {
        let lai_chau = PlanDate::of(&plan(None, Some(1), Some(2025), Some(2025))).unwrap();
        assert_eq!(
            (lai_chau.earliest, lai_chau.latest),
            (day(2025, 1, 1), day(2025, 1, 31))
        );
        assert_eq!(lai_chau.describe().0, "tháng 01/2025");
        let complete = PlanDate::of(&plan(Some(21), Some(1), Some(2024), None)).unwrap();
        assert_eq!(
            (complete.earliest, complete.latest),
            (day(2024, 1, 21), day(2024, 1, 21))
        );
        assert_eq!(complete.describe().0, "21/01/2024");
        let year_only = PlanDate::of(&plan(None, None, None, Some(2026))).unwrap();
        assert_eq!(
            (year_only.earliest, year_only.latest),
            (day(2026, 1, 1), day(2026, 12, 31))
        );
        assert_eq!(year_only.describe().0, "năm 2026");
        let december = PlanDate::of(&plan(None, Some(12), Some(2024), Some(2025))).unwrap();
        assert_eq!(december.latest, day(2024, 12, 31));
    }

    #[test]
    fn no_year_or_an_impossible_date_gives_nothing() {
        assert_eq!(PlanDate::of(&plan(None, None, None, None)), None);
        assert_eq!(
            PlanDate::of(&plan(Some(31), Some(4), Some(2025), None)),
            None
        );
        assert_eq!(PlanDate::of(&plan(None, Some(13), Some(2025), None)), None);
    }
}
