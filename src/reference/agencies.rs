//! Agencies and agency groups. (Skeleton.)

/// The table of known agencies.
#[derive(Debug, Default)]
pub struct Agencies {}

impl Agencies {
    /// The agencies compiled into this build.
    pub fn builtin() -> Agencies {
        Agencies::default()
    }
}
