//! Dates in the reference data files ("2025-07-01"), read with the crate's own
//! small parser instead of chrono's generic one, which costs module size.

use crate::context::parse_iso_date;
use chrono::NaiveDate;
use serde::{Deserialize, Deserializer};

/// Reads an optional "YYYY-MM-DD" (absent or `null` is `None`).
pub fn optional<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    let Some(text) = Option::<String>::deserialize(deserializer)? else {
        return Ok(None);
    };
    parse_iso_date(&text)
        .map(Some)
        .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {text}")))
}

/// Reads a "YYYY-MM-DD" that must be present.
pub fn required<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let text = String::deserialize(deserializer)?;
    parse_iso_date(&text)
        .ok_or_else(|| serde::de::Error::custom(format!("not a YYYY-MM-DD date: {text}")))
}
