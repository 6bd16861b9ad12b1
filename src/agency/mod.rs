//! Agency names → canonical agencies, groups and provinces, with the dates
//! they existed: "STP", "Sở Tư pháp" and "Sở Tư pháp tỉnh" are one agency,
//! whatever the tone-mark style or Unicode form.

pub mod key;
pub mod resolve;
pub mod split;
pub(crate) mod suggest;

pub use key::agency_key;
pub use resolve::{resolve, Match, Place, Resolution};
pub use split::split_list;

use crate::reference::Reference;

/// Whether two written names denote the same agency (or group): both are
/// resolved through the built-in table; names it does not know are compared
/// by their keys.
pub fn same_agency(a: &str, b: &str) -> bool {
    let agencies = &Reference::builtin().agencies;
    let (ra, rb) = (
        resolve::find_hit(a, agencies),
        resolve::find_hit(b, agencies),
    );
    match (ra, rb) {
        (Some(x), Some(y)) => {
            let places_agree = match (x.place, y.place) {
                (Some(p), Some(q)) => p.id == q.id,
                _ => true,
            };
            x.entry.id == y.entry.id && places_agree
        }
        _ => {
            let (ka, kb) = (agency_key(a), agency_key(b));
            !ka.is_empty() && ka == kb
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_agency() {
        assert!(same_agency("STP", "Sở Tư pháp"));
        assert!(same_agency("UBND tỉnh", "Ủy ban nhân dân tỉnh"));
        assert!(same_agency(
            "Uỷ ban MTTQ VN tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
        ));
        assert!(same_agency("Sở Tư pháp tỉnh Kon Tum", "Sở Tư pháp"));
        assert!(same_agency("Phòng Nội chính", "phòng nội  chính."));
    }

    #[test]
    fn different_agencies() {
        assert!(!same_agency("Sở Tư pháp", "Sở Nội vụ"));
        assert!(!same_agency(
            "Sở Tư pháp tỉnh Kon Tum",
            "Sở Tư pháp tỉnh Lai Châu"
        ));
        assert!(!same_agency("", ""));
        assert!(!same_agency("Sở Tư pháp", "Phòng Tư pháp cấp huyện"));
    }
}
