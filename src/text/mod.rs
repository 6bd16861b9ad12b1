//! Vietnamese text helpers. (Skeleton: case and space folding.)

/// A key for comparing names: lowercase, single spaces.
pub fn fold_key(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}
