//! Legal documents that plans cite. (Skeleton.)

/// The table of known legal documents.
#[derive(Debug, Default)]
pub struct Documents {}

impl Documents {
    /// The documents compiled into this build.
    pub fn builtin() -> Documents {
        Documents::default()
    }
}
