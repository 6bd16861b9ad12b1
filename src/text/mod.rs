//! Vietnamese text helpers: Unicode composition (NFC) and comparison keys that
//! ignore case, spacing and tone-mark style.

pub mod fold;
pub(crate) mod memo;
pub mod nfc;
mod nfc_table;

pub use fold::{fold_key, strip_diacritics};
pub use nfc::{is_nfc, nfd_spans, to_nfc};
