//! Reference data embedded in the crate and loaded once.

pub mod agencies;
pub mod documents;
pub mod format;
mod iso_date;
pub mod profiles;
pub mod words;

use std::sync::OnceLock;

/// All reference data (laws, agencies, holidays).
#[derive(Debug, Default)]
pub struct Reference {
    /// Legal documents plans cite, with their validity.
    pub documents: documents::Documents,
    /// Agencies and agency groups, with their validity.
    pub agencies: agencies::Agencies,
    /// Conventions of Nghị định 30/2020 on the form of documents.
    pub format: format::Format,
    /// Misspellings and deliberate word doublings.
    pub words: words::Words,
}

impl Reference {
    /// The data compiled into this build, parsed on first use.
    pub fn builtin() -> &'static Reference {
        static DATA: OnceLock<Reference> = OnceLock::new();
        DATA.get_or_init(|| Reference {
            documents: documents::Documents::builtin(),
            agencies: agencies::Agencies::builtin(),
            format: format::Format::builtin(),
            words: words::Words::builtin(),
        })
    }
}
