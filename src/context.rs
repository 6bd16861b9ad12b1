//! Everything a check needs from outside the plan: today, language, reference data, settings.

use crate::diagnostic::Severity;
use crate::model::{PartialDate, Profile};
use crate::reference::reporting::ReportingDates;
use crate::reference::Reference;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The language of messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Vietnamese (the default).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Parses "vi" or "en".
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the text for this language.
    pub fn pick<T>(self, vi: T, en: T) -> T {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// A rule's configured level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// The rule does not run.
    Off,
    /// The rule runs with this severity.
    On(Severity),
}

impl Level {
    /// Parses "off", "error", "warning" or "info".
    pub fn parse(s: &str) -> Option<Level> {
        if s == "off" {
            Some(Level::Off)
        } else {
            Severity::parse(s).map(Level::On)
        }
    }
}

/// The world a check runs in. The core never reads the clock: `today` comes from here.
#[derive(Clone, Debug)]
pub struct Context {
    /// Today's date, for rules about the present; `None` when unknown.
    pub today: Option<NaiveDate>,
    /// Language of messages.
    pub lang: Lang,
    /// Reference data (laws, agencies, holidays).
    pub reference: &'static Reference,
    /// Per-rule levels by code, overriding the defaults.
    pub levels: BTreeMap<String, Level>,
    /// Checks the plan as about to be issued: blanks left for later are errors, not reminders.
    pub final_check: bool,
    /// Reporting dates that replace or complete the profile's data (dates the
    /// law leaves open, or a province's own); empty by default.
    pub reporting_dates: ReportingDates,
}

impl Default for Context {
    fn default() -> Self {
        Context {
            today: None,
            lang: Lang::Vi,
            reference: Reference::builtin(),
            levels: BTreeMap::new(),
            final_check: false,
            reporting_dates: ReportingDates::default(),
        }
    }
}

impl Context {
    /// The level a rule runs at: configured, or its default severity.
    pub fn level(&self, code: &str, default: Severity) -> Level {
        self.levels.get(code).copied().unwrap_or(Level::On(default))
    }

    /// The reporting dates for a plan of `profile` dated `date`: the settings
    /// first, then the reference data in force on that date. A partly written
    /// date uses the data only when they are the same for every day it allows.
    pub fn reporting_dates(&self, profile: Profile, date: PartialDate) -> ReportingDates {
        let data = date
            .bounds()
            .and_then(|(first, last)| self.reference.reporting.between(profile, first, last))
            .map(|entry| entry.dates)
            .unwrap_or_default();
        self.reporting_dates.or(data)
    }
}

/// Settings as they arrive from the command line or JavaScript, before checking.
#[derive(serde::Deserialize, Clone, Debug, Default)]
#[serde(default)]
pub struct Options {
    /// Today's date as "YYYY-MM-DD".
    pub today: Option<String>,
    /// "vi" (default) or "en".
    pub lang: Option<String>,
    /// Rule code or slug → "off" | "error" | "warning" | "info".
    pub rules: BTreeMap<String, String>,
    /// `"final": true` checks the plan as about to be issued (see [`Context::final_check`]).
    #[serde(rename = "final")]
    pub final_check: bool,
    /// Reporting dates replacing or completing the profile's data, e.g.
    /// `{"report_to_ministry": {"day": 10, "month": 12, "cutoff": "no-later-than"}}`.
    pub reporting_dates: Option<ReportingDates>,
}

/// A setting that cannot be used, with a message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionsError {
    /// Vietnamese message.
    pub vi: String,
    /// English message.
    pub en: String,
}

impl Options {
    /// Checks the settings and builds the context they describe.
    pub fn into_context(self) -> Result<Context, OptionsError> {
        let mut ctx = Context {
            final_check: self.final_check,
            reporting_dates: self.reporting_dates.unwrap_or_default(),
            ..Context::default()
        };
        if let Some(lang) = self.lang.as_deref() {
            ctx.lang = Lang::parse(lang).ok_or_else(|| OptionsError {
                vi: format!("Ngôn ngữ \"{lang}\" không được hỗ trợ (dùng vi hoặc en)."),
                en: format!("Language \"{lang}\" is not supported (use vi or en)."),
            })?;
        }
        if let Some(today) = self.today.as_deref() {
            ctx.today = Some(parse_iso_date(today).ok_or_else(|| OptionsError {
                vi: format!("Ngày hôm nay \"{today}\" không hợp lệ (cần dạng YYYY-MM-DD)."),
                en: format!("Today's date \"{today}\" is invalid (expected YYYY-MM-DD)."),
            })?);
        }
        for (key, level) in self.rules {
            let info = crate::rules::registry::find(&key).ok_or_else(|| OptionsError {
                vi: format!("Không có quy tắc \"{key}\"."),
                en: format!("There is no rule \"{key}\"."),
            })?;
            let level = Level::parse(&level).ok_or_else(|| OptionsError {
                vi: format!(
                    "Mức \"{level}\" của quy tắc {key} không hợp lệ (off, error, warning, info)."
                ),
                en: format!(
                    "Level \"{level}\" for rule {key} is invalid (off, error, warning, info)."
                ),
            })?;
            ctx.levels.insert(info.code.to_string(), level);
        }
        Ok(ctx)
    }
}

/// Parses "YYYY-MM-DD" into a calendar date.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let bytes = s.as_bytes();
    let (year, p) = crate::time::date::digits(bytes, 0, 4, 4)?;
    let (month, p) = crate::time::date::digits(bytes, p.checked_add(1)?, 2, 2)
        .filter(|_| bytes.get(p) == Some(&b'-'))?;
    let (day, end) = crate::time::date::digits(bytes, p.checked_add(1)?, 2, 2)
        .filter(|_| bytes.get(p) == Some(&b'-'))?;
    if end != bytes.len() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_build_a_context() {
        let mut rules = BTreeMap::new();
        rules.insert("deadline-outside-plan-year".to_string(), "off".to_string());
        let ctx = Options {
            today: Some("2026-11-26".into()),
            lang: Some("en".into()),
            rules,
            final_check: true,
            reporting_dates: None,
        }
        .into_context()
        .unwrap();
        assert_eq!(ctx.lang, Lang::En);
        assert!(ctx.final_check);
        assert_eq!(ctx.today, NaiveDate::from_ymd_opt(2026, 11, 26));
        assert_eq!(ctx.level("KH3002", Severity::Warning), Level::Off);
    }

    #[test]
    fn reporting_dates_come_from_the_plan_date_and_the_settings() {
        let january_2025 = PartialDate {
            day: None,
            month: Some(1),
            year: Some(2025),
        };
        let ctx = Context::default();
        let old = ctx.reporting_dates(Profile::LawMonitoring, january_2025);
        assert_eq!(old.plan_issued.map(|d| (d.day, d.month)), Some((30, 1)));
        let only_a_year = PartialDate {
            year: Some(2025),
            ..PartialDate::default()
        };
        assert_eq!(
            ctx.reporting_dates(Profile::LawMonitoring, only_a_year),
            ReportingDates::default()
        );
        let options: Options = serde_json::from_str(
            r#"{"reporting_dates": {"report_to_ministry": {"day": 5, "month": 12, "cutoff": "before"}}}"#,
        )
        .unwrap();
        let ctx = options.into_context().unwrap();
        let may_2025 = PartialDate {
            day: Some(15),
            month: Some(5),
            year: Some(2025),
        };
        let set = ctx.reporting_dates(Profile::LawMonitoring, may_2025);
        assert_eq!(set.report_to_ministry.map(|d| d.day), Some(5));
        assert_eq!(set.plan_issued, None);
    }

    #[test]
    fn bad_options_are_refused_with_messages() {
        let bad_date = Options {
            today: Some("2025-02-29".into()),
            ..Options::default()
        };
        assert!(bad_date
            .into_context()
            .unwrap_err()
            .vi
            .contains("2025-02-29"));
        let mut rules = BTreeMap::new();
        rules.insert("KH9999".to_string(), "off".to_string());
        let unknown = Options {
            rules,
            ..Options::default()
        };
        assert!(unknown.into_context().is_err());
        assert_eq!(parse_iso_date("2025-1-01"), None);
    }
}
