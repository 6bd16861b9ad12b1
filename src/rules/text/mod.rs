//! Rules about the text itself: spelling, characters, encoding (KH6xxx).

pub mod broken_character;
pub(crate) mod fields;
pub mod misspelling;
pub mod mixed_tone_style;
pub mod not_nfc;
pub mod other_year;
pub mod repeated_word;
pub mod url_in_body;
mod words;
