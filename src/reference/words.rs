//! Words the text rules know, from `data/misspellings.json`: common
//! misspellings with their corrections, and words Vietnamese doubles on purpose.

use serde::Deserialize;

const EMBEDDED: &str = include_str!("data/misspellings.json");

/// A misspelled phrase and its correction.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Misspelling {
    /// The wrong phrase, in lower case ("trong tâm").
    pub wrong: String,
    /// The correction, in lower case ("trọng tâm").
    pub right: String,
    /// Previous words that make the phrase correct ("lịch" in "lịch sử lý …").
    #[serde(default)]
    pub except_before: Vec<String>,
    /// Next words that make the phrase correct ("trí" in "trong tâm trí").
    #[serde(default)]
    pub except_after: Vec<String>,
    /// Where it was met, or the confusion it comes from.
    pub seen: String,
    /// The first word of `wrong`, for searching ("trong").
    #[serde(skip)]
    pub first_word: String,
    /// The first word of `wrong` with a capital, for searching ("Trong").
    #[serde(skip)]
    pub first_capital: String,
}

/// The word lists.
#[derive(Debug, Default, Deserialize)]
pub struct Words {
    /// Known misspellings.
    pub misspellings: Vec<Misspelling>,
    /// Words doubled on purpose ("người người", "dần dần"), in lower case.
    pub allowed_repeats: Vec<String>,
}

impl Words {
    /// The lists compiled into this build (empty if the embedded data were
    /// unreadable, which a unit test rules out).
    pub fn builtin() -> Words {
        Words::from_json(EMBEDDED).unwrap_or_default()
    }

    /// Reads lists in the format of `data/misspellings.json`.
    pub fn from_json(json: &str) -> Result<Words, serde_json::Error> {
        let mut words: Words = serde_json::from_str(json)?;
        for entry in &mut words.misspellings {
            entry.first_word = entry.wrong.split(' ').next().unwrap_or("").to_string();
            entry.first_capital = capitalise(&entry.first_word);
        }
        Ok(words)
    }

    /// Whether doubling `word` is a normal reduplication ("người người").
    pub fn repeat_allowed(&self, word: &str) -> bool {
        self.allowed_repeats
            .iter()
            .any(|allowed| allowed == word || *allowed == word.to_lowercase())
    }
}

/// `word` with its first letter in capitals ("trong" → "Trong").
pub fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse() {
        let words = Words::from_json(EMBEDDED).unwrap();
        assert!(words.misspellings.len() >= 10);
        let first = &words.misspellings[0];
        assert_eq!(
            (first.wrong.as_str(), first.right.as_str()),
            ("trong tâm", "trọng tâm")
        );
        assert_eq!(first.first_capital, "Trong");
        assert!(words.repeat_allowed("người"));
        assert!(words.repeat_allowed("Dần"));
        assert!(!words.repeat_allowed("dân"));
        assert!(Words::from_json("{").is_err());
    }

    #[test]
    fn every_entry_is_lower_case_and_differs_from_its_correction() {
        for entry in Words::builtin().misspellings {
            assert_eq!(entry.wrong, entry.wrong.to_lowercase());
            assert_ne!(entry.wrong, entry.right);
            assert_eq!(
                entry.wrong.split(' ').count(),
                entry.right.split(' ').count()
            );
        }
    }
}
