//! Reporting dates of plan profiles, from `data/reporting.json`: when the plan
//! must be issued and when reports are due, as they stood on the plan's date.
//! Dates the law leaves open are settings ([`crate::Context::reporting_dates`]).

use super::documents::{Confidence, Note};
use crate::model::Profile;
use crate::time::Cutoff;
use chrono::NaiveDate;
use serde::Deserialize;

const EMBEDDED: &str = include_str!("data/reporting.json");

/// A day and month that recur every year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearlyDay {
    /// Day of month.
    pub day: u32,
    /// Month, 1–12.
    pub month: u32,
}

impl YearlyDay {
    /// The day in a given year; `None` for 29/02 in a common year or a bad entry.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }
}

/// A yearly due day: "trước ngày 30/01", "chậm nhất ngày 10/12".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DueDay {
    /// Day of month.
    pub day: u32,
    /// Month, 1–12.
    pub month: u32,
    /// Whether the named day is itself still allowed.
    pub cutoff: Cutoff,
}

impl DueDay {
    /// The day named, in a given year.
    pub fn named_in(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }

    /// The last day allowed in a given year.
    pub fn last_day_in(self, year: i32) -> Option<NaiveDate> {
        let named = self.named_in(year)?;
        match self.cutoff {
            Cutoff::Before => named.pred_opt(),
            Cutoff::NoLaterThan => Some(named),
        }
    }
}

/// The dates a plan profile sets; a date left out is not known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReportingDates {
    /// When the plan itself must be issued.
    pub plan_issued: Option<DueDay>,
    /// When the issuer (ministry, province) reports to Bộ Tư pháp.
    pub report_to_ministry: Option<DueDay>,
    /// When Bộ Tư pháp reports to the Prime Minister.
    pub ministry_report_to_government: Option<DueDay>,
    /// First day of the reporting period, in the year before the plan year.
    pub period_start: Option<YearlyDay>,
    /// Last day of the reporting period, in the plan year.
    pub period_end: Option<YearlyDay>,
}

impl ReportingDates {
    /// These dates, with the ones left out taken from `fallback`.
    pub fn or(self, fallback: ReportingDates) -> ReportingDates {
        ReportingDates {
            plan_issued: self.plan_issued.or(fallback.plan_issued),
            report_to_ministry: self.report_to_ministry.or(fallback.report_to_ministry),
            ministry_report_to_government: self
                .ministry_report_to_government
                .or(fallback.ministry_report_to_government),
            period_start: self.period_start.or(fallback.period_start),
            period_end: self.period_end.or(fallback.period_end),
        }
    }
}

/// The dates of one profile for plans dated within a period.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ReportingEntry {
    /// The profile.
    pub profile: Profile,
    /// First plan date the entry applies to.
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    pub valid_from: Option<NaiveDate>,
    /// Last plan date the entry applies to.
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    pub valid_until: Option<NaiveDate>,
    /// The dates.
    pub dates: ReportingDates,
    /// How well the dates are established.
    pub confidence: Confidence,
    /// The legal basis.
    pub note: Note,
}

impl ReportingEntry {
    fn covers(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= date)
            && self.valid_until.is_none_or(|until| date <= until)
    }
}

/// The table of reporting dates.
#[derive(Debug, Default, Deserialize)]
pub struct Reporting {
    entries: Vec<ReportingEntry>,
}

impl Reporting {
    /// The data compiled into this build (empty if unreadable, which a unit test rules out).
    pub fn builtin() -> Reporting {
        Reporting::from_json(EMBEDDED).unwrap_or_default()
    }

    /// Reads a table in the format of `data/reporting.json`.
    pub fn from_json(json: &str) -> Result<Reporting, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The entry for plans of `profile` dated `date`.
    pub fn on(&self, profile: Profile, date: NaiveDate) -> Option<&ReportingEntry> {
        self.entries
            .iter()
            .find(|entry| entry.profile == profile && entry.covers(date))
    }

    /// The entry for a plan dated somewhere in `first..=last` (a partly
    /// written date), if one entry covers both ends.
    pub fn between(
        &self,
        profile: Profile,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Option<&ReportingEntry> {
        let entry = self.on(profile, first)?;
        entry.covers(last).then_some(entry)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_regime_changes_on_1_april_2025() {
        let table = Reporting::builtin();
        let old = table.on(Profile::LawMonitoring, day(2025, 3, 31)).unwrap();
        assert_eq!(old.confidence, Confidence::Confirmed);
        let due = old.dates.plan_issued.unwrap();
        assert_eq!(due.last_day_in(2025), Some(day(2025, 1, 29)));
        assert_eq!(
            old.dates.report_to_ministry.unwrap().last_day_in(2024),
            Some(day(2024, 12, 10))
        );
        let new = table.on(Profile::LawMonitoring, day(2025, 4, 1)).unwrap();
        assert_eq!(new.confidence, Confidence::Open);
        assert_eq!(new.dates, ReportingDates::default());
        assert!(table.on(Profile::Generic, day(2025, 1, 1)).is_none());
        assert!(table
            .between(Profile::LawMonitoring, day(2025, 1, 1), day(2025, 1, 31))
            .is_some());
        assert!(table
            .between(Profile::LawMonitoring, day(2025, 1, 1), day(2025, 12, 31))
            .is_none());
    }

    #[test]
    fn settings_fill_what_the_data_leave_open() {
        let setting = ReportingDates {
            report_to_ministry: Some(DueDay {
                day: 5,
                month: 12,
                cutoff: Cutoff::Before,
            }),
            ..ReportingDates::default()
        };
        let old = Reporting::builtin()
            .on(Profile::LawMonitoring, day(2024, 6, 1))
            .unwrap()
            .dates;
        let merged = setting.or(old);
        assert_eq!(merged.report_to_ministry, setting.report_to_ministry);
        assert_eq!(merged.plan_issued, old.plan_issued);
    }
}
