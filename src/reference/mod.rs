//! Reference data embedded in the crate and loaded once.

pub mod agencies;
pub mod documents;
pub mod format;
pub mod holidays;
mod iso_date;
pub mod profiles;
pub mod reporting;
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
    /// Plan profiles: required parts.
    pub profiles: profiles::Profiles,
    /// Public holidays and decided days off.
    pub holidays: holidays::Holidays,
    /// Reporting dates of plan profiles, by period.
    pub reporting: reporting::Reporting,
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
            profiles: profiles::Profiles::builtin(),
            holidays: holidays::Holidays::builtin(),
            reporting: reporting::Reporting::builtin(),
        })
    }
}
