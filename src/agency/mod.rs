//! Agency names → canonical agencies, groups and provinces, with the dates
//! they existed: "STP", "Sở Tư pháp" and "Sở Tư pháp tỉnh" are one agency,
//! whatever the tone-mark style or Unicode form.

pub mod complete;
pub mod key;
pub mod resolve;
pub mod split;
pub(crate) mod suggest;

pub use complete::completions;
pub use key::agency_key;
pub use resolve::{resolve, Match, Place, Resolution};
pub use split::split_list;

use crate::reference::Reference;

/// Whether two written names denote the same agency (or group): both are
/// resolved through the built-in table; names it does not know are compared
/// by their keys. Runs per keystroke, so resolutions are remembered.
pub fn same_agency(a: &str, b: &str) -> bool {
    let (x, y) = (identity(a), identity(b));
    match (x, y) {
        (
            Identity::Known {
                entry: e1,
                place: p1,
            },
            Identity::Known {
                entry: e2,
                place: p2,
            },
        ) => {
            let places_agree = match (p1, p2) {
                (Some(p), Some(q)) => p == q,
                _ => true,
            };
            e1 == e2 && places_agree
        }
        (Identity::Unknown(ka), Identity::Unknown(kb)) => !ka.is_empty() && ka == kb,
        _ => false,
    }
}

/// What a name resolves to, for comparison: table entries by index, or the text key.
#[derive(Clone, PartialEq, Eq)]
enum Identity {
    Known { entry: usize, place: Option<usize> },
    Unknown(std::rc::Rc<str>),
}

/// Resolves `name` once per distinct spelling; the memo is bounded and holds
/// only what a pure function of the name would give, so results never depend on it.
fn identity(name: &str) -> Identity {
    use std::cell::RefCell;
    const LIMIT: usize = 4096;
    thread_local! {
        static MEMO: RefCell<crate::fast_map::FastMap<String, Identity>> = RefCell::default();
    }
    if let Some(found) = MEMO.with(|m| m.borrow().get(name).cloned()) {
        return found;
    }
    let agencies = &Reference::builtin().agencies;
    let index_of = |agency: &crate::reference::agencies::Agency| {
        agencies
            .iter()
            .position(|a| std::ptr::eq(a, agency))
            .unwrap_or(usize::MAX)
    };
    let found = match resolve::find_hit(name, agencies) {
        Some(hit) => Identity::Known {
            entry: index_of(hit.entry),
            place: hit.place.map(index_of),
        },
        None => Identity::Unknown(agency_key(name).into()),
    };
    MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        if memo.len() >= LIMIT {
            memo.clear();
        }
        memo.insert(name.to_string(), found.clone());
    });
    found
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
