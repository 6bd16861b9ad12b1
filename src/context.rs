//! Everything a check needs from outside the plan: today, language, reference data, settings.

use crate::diagnostic::Severity;
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
}

impl Default for Context {
    fn default() -> Self {
        Context {
            today: None,
            lang: Lang::Vi,
            reference: Reference::builtin(),
            levels: BTreeMap::new(),
        }
    }
}

impl Context {
    /// The level a rule runs at: configured, or its default severity.
    pub fn level(&self, code: &str, default: Severity) -> Level {
        self.levels.get(code).copied().unwrap_or(Level::On(default))
    }
}
