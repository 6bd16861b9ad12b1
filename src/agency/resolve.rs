//! A written agency name → the table entry it denotes, and whether that entry
//! existed on the plan's date.
//!
//! Names are compared by [`agency_key`], so case, spacing, tone-mark style,
//! decomposed Unicode and the usual abbreviations do not matter. Beyond an
//! exact match the resolver accepts, in this order: a province named at the
//! end ("Sở Tư pháp tỉnh Kon Tum"), "thành phố" for "tỉnh" ("Văn phòng UBND
//! Thành phố"), a unit in brackets ("Bộ Tư pháp (Cục …)"), and a trailing
//! "(có) liên quan" ("các Sở, ngành có liên quan").

use super::key::agency_key;
use super::suggest::suggest;
use crate::reference::agencies::{Agencies, Agency, Kind, Status};
use chrono::NaiveDate;

/// What a written agency name denotes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution<'a> {
    /// One agency: a department, a partner, a ministry unit …
    Agency(Match<'a>),
    /// A group of agencies ("Các Sở, ban, ngành tỉnh", "UBND cấp huyện").
    Group(Match<'a>),
    /// A province or centrally governed city ("tỉnh Kon Tum").
    Place(Match<'a>),
    /// Not in the table.
    Unknown {
        /// Up to three entries with similar names, best first.
        suggestions: Vec<&'a Agency>,
    },
}

/// A name found in the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match<'a> {
    /// The entry.
    pub entry: &'a Agency,
    /// Whether it existed on the date asked about; `None` when no date was given.
    pub status: Option<Status<'a>>,
    /// The province written after the name ("… tỉnh Lai Châu"), if any.
    pub place: Option<Place<'a>>,
    /// Written with "(có) liên quan": only those concerned.
    pub concerned: bool,
}

/// A province named inside an agency name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place<'a> {
    /// The province entry.
    pub entry: &'a Agency,
    /// Whether it existed on the date asked about; `None` when no date was given.
    pub status: Option<Status<'a>>,
}

impl<'a> Resolution<'a> {
    /// The match, unless the name is unknown.
    pub fn matched(&self) -> Option<&Match<'a>> {
        match self {
            Resolution::Agency(m) | Resolution::Group(m) | Resolution::Place(m) => Some(m),
            Resolution::Unknown { .. } => None,
        }
    }

    /// The entry, unless the name is unknown.
    pub fn entry(&self) -> Option<&'a Agency> {
        self.matched().map(|m| m.entry)
    }
}

/// Resolves a written agency name against `agencies`, as of `on` when given.
pub fn resolve<'a>(name: &str, on: Option<NaiveDate>, agencies: &'a Agencies) -> Resolution<'a> {
    let key = agency_key(name);
    let Some(hit) = find(&key, agencies) else {
        return Resolution::Unknown {
            suggestions: suggest(&key, on, agencies),
        };
    };
    let status = |entry: &Agency| on.map(|day| agencies.status(entry, day));
    let found = Match {
        entry: hit.entry,
        status: status(hit.entry),
        place: hit.place.map(|entry| Place {
            entry,
            status: status(entry),
        }),
        concerned: hit.concerned,
    };
    match hit.entry.kind {
        Kind::Group => Resolution::Group(found),
        Kind::Province | Kind::City => Resolution::Place(found),
        _ => Resolution::Agency(found),
    }
}

/// What `name` denotes, without dates or suggestions (cheap enough to try on
/// many candidate spans).
pub(crate) fn find_hit<'a>(name: &str, agencies: &'a Agencies) -> Option<Hit<'a>> {
    find(&agency_key(name), agencies)
}

/// The scope words a province-level name may end with.
const SCOPES: [&str; 3] = [" cấp tỉnh", " tỉnh", " thành phố"];
/// Qualifiers meaning "those concerned".
const CONCERNED: [&str; 2] = [" có liên quan", " liên quan"];

/// A table entry found for a name, before dates are considered.
#[derive(Clone, Copy)]
pub(crate) struct Hit<'a> {
    pub(crate) entry: &'a Agency,
    pub(crate) place: Option<&'a Agency>,
    pub(crate) concerned: bool,
}

impl<'a> Hit<'a> {
    fn of(entry: &'a Agency) -> Self {
        Hit {
            entry,
            place: None,
            concerned: false,
        }
    }
}

fn find<'a>(key: &str, agencies: &'a Agencies) -> Option<Hit<'a>> {
    if key.is_empty() {
        return None;
    }
    find_plain(key, agencies)
        .or_else(|| find_bracketed(key, agencies))
        .or_else(|| {
            let stem = CONCERNED.iter().find_map(|q| key.strip_suffix(q))?;
            let hit = find_plain(stem.trim_end_matches([',', ' ']), agencies)?;
            Some(Hit {
                concerned: true,
                ..hit
            })
        })
}

/// Exact key, then a province at the end, then "thành phố"/"cấp tỉnh" for "tỉnh".
fn find_plain<'a>(key: &str, agencies: &'a Agencies) -> Option<Hit<'a>> {
    if let Some(entry) = agencies.by_key(key) {
        return Some(Hit::of(entry));
    }
    if let Some((head, place)) = agencies.place_suffix(key) {
        let stem = strip_scope(head).unwrap_or(head);
        if let Some(entry) = province_level(stem, agencies).filter(|e| !e.is_place()) {
            return Some(Hit {
                place: Some(place),
                ..Hit::of(entry)
            });
        }
    }
    province_level(strip_scope(key)?, agencies).map(Hit::of)
}

fn strip_scope(key: &str) -> Option<&str> {
    SCOPES
        .iter()
        .find_map(|scope| key.strip_suffix(scope))
        .map(|stem| stem.trim_end_matches([',', ' ']))
        .filter(|stem| !stem.is_empty())
}

/// `stem` + " tỉnh" ("văn phòng ủy ban nhân dân tỉnh"), else `stem` ("sở tư pháp").
fn province_level<'a>(stem: &str, agencies: &'a Agencies) -> Option<&'a Agency> {
    agencies
        .by_key(&format!("{stem} tỉnh"))
        .or_else(|| agencies.by_key(stem))
}

/// "Bộ Tư pháp (Cục …)" → the Cục; "Cục … (Bộ Tư pháp)" → the Cục: the more
/// specific of the two when one belongs to the other, else the outer name.
fn find_bracketed<'a>(key: &str, agencies: &'a Agencies) -> Option<Hit<'a>> {
    let open = key.find('(')?;
    let close = open + key.get(open..)?.find(')')?;
    let inner = key.get(open + 1..close)?.trim();
    let outer = format!(
        "{} {}",
        key.get(..open)?.trim(),
        key.get(close + 1..)?.trim()
    );
    let outer = find_plain(outer.trim(), agencies);
    let inner = find_plain(inner, agencies);
    match (outer, inner) {
        (Some(o), Some(i)) if i.entry.parent.as_deref() == Some(o.entry.id.as_str()) => Some(i),
        (o, i) => o.or(i),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::Reference;

    fn table() -> &'static Agencies {
        &Reference::builtin().agencies
    }

    fn id(name: &str) -> Option<&'static str> {
        resolve(name, None, table()).entry().map(|e| e.id.as_str())
    }

    #[test]
    fn exact_abbreviated_and_scoped_names() {
        assert_eq!(id("Sở Tư pháp"), Some("so-tu-phap"));
        assert_eq!(id("STP"), Some("so-tu-phap"));
        assert_eq!(id("Sở Tư pháp tỉnh"), Some("so-tu-phap"));
        assert_eq!(id("Văn phòng UBND Thành phố"), Some("van-phong-ubnd-tinh"));
        assert_eq!(id("VP UBND tỉnh"), Some("van-phong-ubnd-tinh"));
        assert_eq!(id("UBND"), None);
    }

    #[test]
    fn a_province_after_the_name_is_kept_apart() {
        let resolution = resolve("Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu", None, table());
        let found = resolution.matched().unwrap();
        assert_eq!(found.entry.id, "uy-ban-mttq-tinh");
        assert_eq!(found.place.as_ref().unwrap().entry.id, "lai-chau");
    }

    #[test]
    fn bracketed_units_prefer_the_more_specific() {
        assert_eq!(
            id("Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL)"),
            Some("cuc-qlxlvphc-tdthpl")
        );
        assert_eq!(id("Cục QLXLVPHC&TDTHPL (BTP)"), Some("cuc-qlxlvphc-tdthpl"));
    }

    #[test]
    fn concerned_qualifier_is_a_flag() {
        let resolution = resolve("các Sở, ngành có liên quan", None, table());
        let Resolution::Group(found) = resolution else {
            panic!("group expected");
        };
        assert_eq!(found.entry.id, "so-ban-nganh-tinh");
        assert!(found.concerned);
    }

    #[test]
    fn unknown_names_get_suggestions() {
        let Resolution::Unknown { suggestions } = resolve("So Tu phap", None, table()) else {
            panic!("unknown expected");
        };
        assert_eq!(
            suggestions.first().map(|e| e.id.as_str()),
            Some("so-tu-phap")
        );
        assert_eq!(
            resolve("", None, table()),
            Resolution::Unknown {
                suggestions: Vec::new()
            }
        );
    }
}
