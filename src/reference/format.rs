//! Conventions of Nghị định 30/2020/NĐ-CP on the form of documents, from
//! `data/format.json`: type abbreviations, signature titles, issuing bodies.

use super::documents::Confidence;
use crate::text::fold_key;
use serde::Deserialize;

const EMBEDDED: &str = include_str!("data/format.json");

/// The abbreviation of a document type in a symbol ("KH" for Kế hoạch).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct TypeAbbreviation {
    /// As written in a symbol ("KH", "TTr", "QyĐ").
    pub abbr: String,
    /// The type it stands for ("Kế hoạch").
    pub name: String,
    /// How well the abbreviation is established.
    pub confidence: Confidence,
}

/// A deputy whose title is not "PHÓ" + the head's title.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct DeputyTitle {
    /// The head's title ("BỘ TRƯỞNG").
    pub head: String,
    /// The deputy's title ("THỨ TRƯỞNG").
    pub deputy: String,
}

/// The conventions of Nghị định 30/2020 that rules check.
#[derive(Debug, Default, Deserialize)]
pub struct Format {
    /// The abbreviation a plan's symbol starts with ("KH").
    pub plan_abbreviation: String,
    /// Official type abbreviations (Phụ lục III) and those of legal normative documents.
    pub type_abbreviations: Vec<TypeAbbreviation>,
    /// Abbreviations used in practice that are not official ("CV").
    pub not_official: Vec<TypeAbbreviation>,
    /// Titles of one person, which cannot follow "TM.".
    pub person_titles: Vec<String>,
    /// Deputies whose title is not "PHÓ" + the head's title.
    pub deputy_titles: Vec<DeputyTitle>,
    /// Academic ranks and degrees, not written before a signer's name ("TS.").
    pub academic_titles: Vec<String>,
    /// First words of issuing bodies that sit under a parent body ("Sở", "Văn phòng").
    pub bodies_needing_parent: Vec<String>,
    /// Bodies that start with such a word but have no parent ("Văn phòng Chính phủ").
    pub bodies_without_parent: Vec<String>,
    /// Comparison keys of the lists above, made once at load.
    #[serde(skip)]
    keys: Keys,
}

/// Comparison keys ([`fold_key`]) of the title and body lists.
#[derive(Debug, Default)]
struct Keys {
    person_titles: Vec<String>,
    needing_parent: Vec<String>,
    without_parent: Vec<String>,
}

impl Format {
    /// The conventions compiled into this build (empty if the embedded data were
    /// unreadable, which a unit test rules out).
    pub fn builtin() -> Format {
        Format::from_json(EMBEDDED).unwrap_or_default()
    }

    /// Reads conventions in the format of `data/format.json`.
    pub fn from_json(json: &str) -> Result<Format, serde_json::Error> {
        let mut format: Format = serde_json::from_str(json)?;
        let keys = |list: &[String]| list.iter().map(|s| fold_key(s)).collect();
        format.keys = Keys {
            person_titles: keys(&format.person_titles),
            needing_parent: keys(&format.bodies_needing_parent),
            without_parent: keys(&format.bodies_without_parent),
        };
        Ok(format)
    }

    /// The official abbreviation written as `written`, ignoring letter case.
    pub fn official(&self, written: &str) -> Option<&TypeAbbreviation> {
        find_abbreviation(&self.type_abbreviations, written)
    }

    /// The unofficial abbreviation written as `written` ("CV"), ignoring letter case.
    pub fn unofficial(&self, written: &str) -> Option<&TypeAbbreviation> {
        find_abbreviation(&self.not_official, written)
    }

    /// Whether `text` starts with the title of one person ("CHỦ TỊCH", "Giám đốc").
    pub fn is_person_title(&self, text: &str) -> bool {
        let key = fold_key(text);
        self.keys
            .person_titles
            .iter()
            .any(|title| starts_with_words(&key, title))
    }

    /// The title of the deputy of `head`: "PHÓ CHỦ TỊCH" for "CHỦ TỊCH",
    /// "THỨ TRƯỞNG" for "BỘ TRƯỞNG"; in capitals.
    pub fn deputy_of(&self, head: &str) -> String {
        let key = fold_key(head);
        self.deputy_titles
            .iter()
            .find(|d| fold_key(&d.head) == key)
            .map_or_else(
                || format!("PHÓ {}", head.trim().to_uppercase()),
                |d| d.deputy.clone(),
            )
    }

    /// The head whose deputy has `title`: "CHỦ TỊCH" for "PHÓ CHỦ TỊCH",
    /// "BỘ TRƯỞNG" for "THỨ TRƯỞNG"; `None` for a title that is no deputy's.
    pub fn head_of(&self, title: &str) -> Option<String> {
        let key = fold_key(title);
        if let Some(d) = self
            .deputy_titles
            .iter()
            .find(|d| fold_key(&d.deputy) == key)
        {
            return Some(d.head.clone());
        }
        let trimmed = title.trim();
        let first = trimmed.split_whitespace().next()?;
        (fold_key(first) == "phó")
            .then(|| trimmed.get(first.len()..).unwrap_or("").trim().to_string())
    }

    /// Whether `title` is a deputy's title ("PHÓ GIÁM ĐỐC", "THỨ TRƯỞNG").
    pub fn is_deputy_title(&self, title: &str) -> bool {
        let key = fold_key(title);
        starts_with_words(&key, "phó")
            || self
                .deputy_titles
                .iter()
                .any(|d| fold_key(&d.deputy) == key)
    }

    /// The academic titles that open `name` ("TS. Nguyễn Văn A" → "TS. "), with
    /// the spaces after them, as a byte length; 0 when there is none.
    pub fn academic_prefix_len(&self, name: &str) -> usize {
        let mut len = 0;
        loop {
            let rest = name.get(len..).unwrap_or("");
            let skipped = rest.len() - rest.trim_start().len();
            let rest = rest.trim_start();
            let found = self.academic_titles.iter().find(|title| {
                rest.get(..title.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(title))
            });
            match found {
                Some(title) => len += skipped + title.len(),
                None => return if len == 0 { 0 } else { len + skipped },
            }
        }
    }

    /// Whether an issuing body of this name sits under a parent body.
    pub fn needs_parent(&self, name: &str) -> bool {
        let key = fold_key(name);
        let needs = self
            .keys
            .needing_parent
            .iter()
            .any(|first| starts_with_words(&key, first));
        needs
            && !self
                .keys
                .without_parent
                .iter()
                .any(|body| starts_with_words(&key, body))
    }
}

fn find_abbreviation<'a>(
    list: &'a [TypeAbbreviation],
    written: &str,
) -> Option<&'a TypeAbbreviation> {
    let written = written.trim();
    list.iter().find(|a| a.abbr == written).or_else(|| {
        list.iter()
            .find(|a| a.abbr.to_uppercase() == written.to_uppercase())
    })
}

/// Whether `key` is `words` or starts with `words` followed by a space.
fn starts_with_words(key: &str, words: &str) -> bool {
    key.strip_prefix(words)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_table_parses() {
        let format = Format::from_json(EMBEDDED).unwrap();
        assert_eq!(format.plan_abbreviation, "KH");
        assert!(Format::from_json("{").is_err());
        assert!(format.type_abbreviations.len() >= 27);
        assert_eq!(
            Format::builtin().person_titles.len(),
            format.person_titles.len()
        );
    }

    #[test]
    fn abbreviations_titles_and_bodies() {
        let format = Format::builtin();
        assert_eq!(
            format.official("kh").map(|a| a.name.as_str()),
            Some("Kế hoạch")
        );
        assert_eq!(
            format.official("TTr").map(|a| a.name.as_str()),
            Some("Tờ trình")
        );
        assert!(format.official("CV").is_none());
        assert!(format.unofficial("CV").is_some());
        assert!(format.is_person_title("CHỦ TỊCH"));
        assert!(!format.is_person_title("ỦY BAN NHÂN DÂN"));
        assert_eq!(format.deputy_of("CHỦ TỊCH"), "PHÓ CHỦ TỊCH");
        assert_eq!(format.deputy_of("BỘ TRƯỞNG"), "THỨ TRƯỞNG");
        assert!(format.is_deputy_title("PHÓ CHÁNH VĂN PHÒNG"));
        assert!(!format.is_deputy_title("CHỦ TỊCH"));
        assert_eq!(format.head_of("PHÓ CHỦ TỊCH").as_deref(), Some("CHỦ TỊCH"));
        assert_eq!(format.head_of("THỨ TRƯỞNG").as_deref(), Some("BỘ TRƯỞNG"));
        assert_eq!(format.head_of("GIÁM ĐỐC"), None);
        assert_eq!(format.academic_prefix_len("TS. Nguyễn Văn A"), "TS. ".len());
        assert_eq!(
            format.academic_prefix_len("PGS.TS. Lê Hồng Sơn"),
            "PGS.TS. ".len()
        );
        assert_eq!(format.academic_prefix_len("Tổng Thanh Hải"), 0);
        assert!(format.needs_parent("VĂN PHÒNG"));
        assert!(format.needs_parent("SỞ TƯ PHÁP"));
        assert!(!format.needs_parent("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"));
        assert!(!format.needs_parent("VĂN PHÒNG CHÍNH PHỦ"));
        assert!(!format.needs_parent("SỞN"));
    }
}
