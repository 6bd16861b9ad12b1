//! The one diagnostic shape shared by the CLI, the page and the package.

use serde::{Deserialize, Serialize};

/// How serious a finding is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Must be fixed before the plan is issued.
    Error,
    /// Should be reviewed.
    Warning,
    /// Worth knowing.
    Info,
}

impl Severity {
    /// The lowercase name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// Parses "error" / "warning" / "info".
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

/// Whether a fix can be applied without a person reviewing it.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum FixSafety {
    /// Keeps the meaning; may be applied automatically.
    Safe,
    /// May change the meaning; offer, never apply silently.
    Unsafe,
}

/// A span of UTF-16 code units (what JavaScript string offsets count).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Range {
    /// First code unit.
    pub start: u32,
    /// One past the last code unit.
    pub end: u32,
}

impl Range {
    /// The UTF-16 range of the byte span `start..end` of `text`.
    pub fn from_bytes(text: &str, start: usize, end: usize) -> Range {
        Range {
            start: utf16_len(text.get(..start).unwrap_or(text)),
            end: utf16_len(text.get(..end).unwrap_or(text)),
        }
    }

    /// The range covering all of `text`.
    pub fn whole(text: &str) -> Range {
        Range {
            start: 0,
            end: utf16_len(text),
        }
    }
}

fn utf16_len(s: &str) -> u32 {
    let units: usize = s.chars().map(char::len_utf16).sum();
    u32::try_from(units).unwrap_or(u32::MAX)
}

/// One change a fix makes: replace `range` of the field at `path` with `insert`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Edit {
    /// JSON Pointer of the field.
    pub path: String,
    /// Span replaced; `None` replaces the whole field.
    pub range: Option<Range>,
    /// Replacement text.
    pub insert: String,
}

/// A proposed correction.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Fix {
    /// What the fix does, in the diagnostic's language.
    pub title: String,
    /// Whether it may be applied without review.
    pub safety: FixSafety,
    /// The edits, applied together.
    pub edits: Vec<Edit>,
}

/// A finding about a plan.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// Stable code ("KH3001").
    pub code: String,
    /// Stable name ("invalid-calendar-date").
    pub slug: String,
    /// Severity after configuration.
    pub severity: Severity,
    /// What is wrong, in the requested language.
    pub message: String,
    /// JSON Pointer of the field.
    pub path: String,
    /// Span inside the field's text, if narrower than the field.
    pub range: Option<Range>,
    /// How to put it right.
    pub help: Option<String>,
    /// A correction, if one is known.
    pub fix: Option<Fix>,
}

/// Diagnostics with counts per severity.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
pub struct Report {
    /// All findings, in rule order then document order.
    pub diagnostics: Vec<Diagnostic>,
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Number of infos.
    pub infos: usize,
}

impl Report {
    /// Builds a report and counts its severities.
    pub fn new(diagnostics: Vec<Diagnostic>) -> Report {
        let count = |s| diagnostics.iter().filter(|d| d.severity == s).count();
        Report {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            diagnostics,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_count_utf16_units() {
        let text = "Quý 31/04/2025";
        let start = text.find("31").unwrap();
        let r = Range::from_bytes(text, start, text.len());
        assert_eq!(r, Range { start: 4, end: 14 });
    }
}
