//! Legal documents that plans cite, with their validity, from `data/documents.json`.
//!
//! Facts that FACTS.md marks "likely" or "open" are data with a [`Confidence`]
//! mark, so a correction is an edit to the JSON file, not to code.

use chrono::NaiveDate;
use serde::Deserialize;

const EMBEDDED: &str = include_str!("data/documents.json");

/// How well a document's facts are established.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Stated by an official or legal-database source.
    Confirmed,
    /// Stated by a secondary source, or inferred.
    Likely,
    /// Not confirmed.
    Open,
}

/// A short remark in Vietnamese and English.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Note {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

/// One legal document and what is known of its validity.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct LegalDocument {
    /// Number and symbol ("59/2012/NĐ-CP").
    pub number: String,
    /// Document type ("Nghị định", "Thông tư", "Luật").
    pub kind: String,
    /// Issuer ("Chính phủ", "Bộ trưởng Bộ Tư pháp").
    pub issuer: String,
    /// Date of issue; `None` when open.
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    pub issued: Option<NaiveDate>,
    /// Subject ("theo dõi tình hình thi hành pháp luật").
    pub subject: String,
    /// First day in force; `None` when not recorded (the issue date then bounds it).
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    pub valid_from: Option<NaiveDate>,
    /// Last day in force; `None` when no end is recorded.
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    pub valid_until: Option<NaiveDate>,
    /// The document that replaced this one.
    pub replaced_by: Option<String>,
    /// The document this one amends or details.
    pub parent: Option<String>,
    /// Documents that amend this one.
    #[serde(default)]
    pub amended_by: Vec<String>,
    /// How well these facts are established.
    pub confidence: Confidence,
    /// Why the entry says what it says.
    pub note: Note,
}

impl LegalDocument {
    /// Whether the document was in force on `date`. An unrecorded start counts
    /// from the issue date, and an unknown one does not rule the date out.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        let started = self
            .valid_from
            .or(self.issued)
            .is_none_or(|from| date >= from);
        started && self.valid_until.is_none_or(|until| date <= until)
    }
}

/// The table of known legal documents.
#[derive(Debug, Default)]
pub struct Documents {
    entries: Vec<LegalDocument>,
    /// `lookup_key` of each entry's number, in the same order.
    keys: Vec<String>,
}

#[derive(Deserialize)]
struct Table {
    documents: Vec<LegalDocument>,
}

impl Documents {
    /// The documents compiled into this build (empty if the embedded data were unreadable,
    /// which a unit test rules out).
    pub fn builtin() -> Documents {
        Documents::from_json(EMBEDDED).unwrap_or_default()
    }

    /// Reads a table in the format of `data/documents.json`.
    pub fn from_json(json: &str) -> Result<Documents, serde_json::Error> {
        let table: Table = serde_json::from_str(json)?;
        let keys = table
            .documents
            .iter()
            .map(|doc| lookup_key(&doc.number))
            .collect();
        Ok(Documents {
            entries: table.documents,
            keys,
        })
    }

    /// Every document, in table order.
    pub fn all(&self) -> &[LegalDocument] {
        &self.entries
    }

    /// The document with this number-symbol, ignoring spaces, letter case,
    /// leading zeros and the look-alike "Ð" (U+00D0) for "Đ".
    pub fn find(&self, number_symbol: &str) -> Option<&LegalDocument> {
        let key = lookup_key(number_symbol);
        self.keys
            .iter()
            .position(|k| *k == key)
            .and_then(|i| self.entries.get(i))
    }
}

/// "08/2024/TT-BTP", " 8 / 2024 / tt-btp" and "8/2024/TT–BTP" share one key.
fn lookup_key(number_symbol: &str) -> String {
    let key: String = number_symbol
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            'Ð' | 'ð' => 'Đ',
            '\u{2010}' | '\u{2011}' | '\u{2013}' => '-',
            other => other,
        })
        .flat_map(char::to_uppercase)
        .collect();
    match key.trim_start_matches('0') {
        stripped if stripped.starts_with(|c: char| c.is_ascii_digit()) => stripped.to_string(),
        _ => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn embedded_table_parses() {
        let parsed = Documents::from_json(EMBEDDED).unwrap();
        assert_eq!(parsed.all().len(), 14);
        assert_eq!(Documents::builtin().all().len(), 14);
        assert!(Documents::from_json("{").is_err());
    }

    #[test]
    fn finds_written_variants() {
        let docs = Documents::builtin();
        for written in [
            "59/2012/NĐ-CP",
            "59/2012/NÐ-CP",
            " 59 / 2012 / nđ-cp ",
            "59/2012/NĐ–CP",
        ] {
            assert_eq!(
                docs.find(written).map(|d| d.number.as_str()),
                Some("59/2012/NĐ-CP"),
                "{written}"
            );
        }
        assert_eq!(
            docs.find("8/2024/TT-BTP").map(|d| d.issued),
            Some(Some(day(2024, 8, 15)))
        );
        assert!(docs.find("08/2025/TT-BTP").is_some());
        assert!(docs.find("59/2013/NĐ-CP").is_none());
        assert!(docs.find("").is_none());
    }

    #[test]
    fn validity_interval() {
        let docs = Documents::builtin();
        let old = docs.find("59/2012/NĐ-CP").unwrap();
        assert!(old.in_force_on(day(2024, 1, 15)));
        assert!(old.in_force_on(day(2025, 3, 31)));
        assert!(!old.in_force_on(day(2025, 4, 1)));
        assert!(!old.in_force_on(day(2012, 7, 22)));
        let new = docs.find("80/2025/NĐ-CP").unwrap();
        assert!(!new.in_force_on(day(2025, 3, 31)));
        assert!(new.in_force_on(day(2025, 4, 1)));
        let law = docs.find("64/2025/QH15").unwrap();
        assert!(!law.in_force_on(day(2025, 3, 1)));
        assert!(law.in_force_on(day(2025, 4, 1)));
    }
}
