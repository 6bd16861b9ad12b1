//! Reference data embedded in the crate and loaded once.

pub mod profiles;

use std::sync::OnceLock;

/// All reference data (laws, agencies, holidays).
#[derive(Debug, Default)]
pub struct Reference {}

impl Reference {
    /// The data compiled into this build, parsed on first use.
    pub fn builtin() -> &'static Reference {
        static DATA: OnceLock<Reference> = OnceLock::new();
        DATA.get_or_init(Reference::default)
    }
}
