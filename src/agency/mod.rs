//! Agency names → canonical agencies and groups. (Skeleton: name keys only.)

use crate::text::fold_key;

/// Whether two written names denote the same agency.
pub fn same_agency(a: &str, b: &str) -> bool {
    let (a, b) = (fold_key(a), fold_key(b));
    !a.is_empty() && a == b
}
