//! The agency names written in one agency field (a lead, partner, assignee or
//! recipient), resolved once per distinct text and plan date. Plan-wide
//! agency rules read every such field of the plan on each edit of one, so
//! the resolutions are remembered; a memo hit costs one hash of the text.

use crate::agency::{agency_key, resolve, split_list, Resolution};
use crate::fast_map::FastMap;
use crate::model::{Item, Plan, Pointer, Section};
use crate::reference::agencies::{Agencies, Agency};
use crate::text::{fold_key, to_nfc};
use chrono::NaiveDate;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

/// One name in an agency field.
#[derive(Debug)]
pub(crate) struct Name {
    /// Its bytes in the field, without surrounding spaces or a final ".", ";" or ",".
    pub span: Range<usize>,
    /// The table entry it denotes, if known.
    pub entry: Option<&'static Agency>,
    /// The province written after it ("… tỉnh Lai Châu"), if any.
    pub place: Option<&'static Agency>,
    /// For an unknown name: up to three similar agency names (not provinces)
    /// that exist on the date.
    pub suggestions: Vec<&'static str>,
    /// The lookup key: abbreviations written out, case and tone style folded.
    pub key: Rc<str>,
    /// Where the name proper starts inside `span`, after a leading "các ".
    pub core_start: usize,
    /// Where the agency's name starts inside `span`, after a head's title
    /// ("Giám đốc " in "Giám đốc Sở Tư pháp"), which stands for the agency.
    pub agency_start: usize,
    /// The name proper as written: NFC, single spaces.
    pub core: Rc<str>,
    /// `core` with a lower-case first letter, so the case a sentence gives
    /// the first word does not count as another spelling.
    pub spelling: Rc<str>,
    /// Written without abbreviations (the key is just the text folded).
    pub spelled_out: bool,
}

impl Name {
    /// The name as written in `field`.
    pub fn text<'f>(&self, field: &'f str) -> &'f str {
        field.get(self.span.clone()).unwrap_or_default()
    }
}

/// The names written in `field`, resolved against `agencies` as of `on`.
pub(crate) fn names_in(
    field: &str,
    agencies: &'static Agencies,
    on: Option<NaiveDate>,
) -> Rc<[Name]> {
    const LIMIT: usize = 8192;
    thread_local! {
        static MEMO: RefCell<Memo> = RefCell::default();
    }
    let table = agencies as *const Agencies as usize;
    let found = MEMO.with(|m| {
        let mut memo = m.borrow_mut();
        if memo.table != table || memo.on != on || memo.names.len() >= LIMIT {
            memo.table = table;
            memo.on = on;
            memo.names.clear();
        }
        memo.names.get(field).cloned()
    });
    if let Some(names) = found {
        return names;
    }
    let names: Rc<[Name]> = analyse(field, agencies, on).into();
    MEMO.with(|m| {
        m.borrow_mut()
            .names
            .insert(field.to_string(), Rc::clone(&names));
    });
    names
}

/// Resolutions remembered for one table and one date.
#[derive(Default)]
struct Memo {
    table: usize,
    on: Option<NaiveDate>,
    names: FastMap<String, Rc<[Name]>>,
}

/// Splits a field into names only when it is not one known name as a whole,
/// since splitting tries many spans against the table. When no piece is
/// known either, the field stays one unknown name rather than fragments.
fn analyse(field: &str, agencies: &'static Agencies, on: Option<NaiveDate>) -> Vec<Name> {
    let whole = trimmed(field, 0..field.len());
    let Some(text) = field.get(whole.clone()).filter(|t| !t.is_empty()) else {
        return Vec::new();
    };
    let (resolution, agency_start) = resolve_named(text, on, agencies);
    if resolution.entry().is_some() {
        return vec![name(field, whole, &resolution, agency_start)];
    }
    let pieces = split_list(text);
    if pieces.len() <= 1 {
        return vec![name(field, whole, &resolution, 0)];
    }
    let mut cursor = whole.start;
    let names: Vec<Name> = pieces
        .iter()
        .map(|piece| {
            let span = field
                .get(cursor..)
                .and_then(|rest| rest.find(piece.as_str()))
                .map_or(whole.clone(), |at| cursor + at..cursor + at + piece.len());
            cursor = cursor.max(span.end);
            let (resolution, agency_start) = resolve_named(piece, on, agencies);
            name(field, span, &resolution, agency_start)
        })
        .collect();
    if names.iter().all(|n| n.entry.is_none()) {
        return vec![name(field, whole, &resolution, 0)];
    }
    names
}

/// Titles of an agency's head, which stand for the agency in a list of
/// duties ("Giám đốc Sở Tư pháp", "Chủ tịch UBND quận, huyện, thị xã").
const HEAD_TITLES: [&str; 10] = [
    "Giám đốc ",
    "giám đốc ",
    "Chủ tịch ",
    "chủ tịch ",
    "Thủ trưởng ",
    "thủ trưởng ",
    "Chánh ",
    "chánh ",
    "Chỉ huy trưởng ",
    "chỉ huy trưởng ",
];

/// Resolves `text`; when unknown and it starts with a head's title, the
/// agency after the title. Also returns where the agency's name starts.
fn resolve_named(
    text: &str,
    on: Option<NaiveDate>,
    agencies: &'static Agencies,
) -> (Resolution<'static>, usize) {
    let resolution = resolve(text, on, agencies);
    if resolution.entry().is_some() {
        return (resolution, 0);
    }
    let headed = HEAD_TITLES.iter().find_map(|title| {
        let rest = text.strip_prefix(title)?;
        let found = resolve(rest, on, agencies);
        found.entry().is_some().then_some((found, title.len()))
    });
    headed.unwrap_or((resolution, 0))
}

fn name(
    field: &str,
    span: Range<usize>,
    resolution: &Resolution<'static>,
    agency_start: usize,
) -> Name {
    let text = field.get(span.clone()).unwrap_or_default();
    let core_start = ["các ", "Các ", "CÁC "]
        .iter()
        .find(|p| text.starts_with(**p))
        .map_or(0, |p| p.len());
    let core = to_nfc(text.get(core_start..).unwrap_or_default())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut chars = core.chars();
    let spelling: String = chars
        .next()
        .map(|first| first.to_lowercase().chain(chars).collect())
        .unwrap_or_default();
    let key = agency_key(text);
    let suggestions = match resolution {
        Resolution::Unknown { suggestions } => suggestions
            .iter()
            .filter(|a| !a.is_place())
            .map(|a| a.name.as_str())
            .collect(),
        _ => Vec::new(),
    };
    Name {
        entry: resolution.entry(),
        place: resolution
            .matched()
            .and_then(|m| m.place.as_ref())
            .map(|p| p.entry),
        suggestions,
        spelled_out: fold_key(&core) == key,
        key: key.into(),
        core_start,
        agency_start,
        core: core.into(),
        spelling: spelling.into(),
        span,
    }
}

/// `span` without surrounding spaces or a final ".", ";" or ",".
fn trimmed(field: &str, span: Range<usize>) -> Range<usize> {
    let text = field.get(span.clone()).unwrap_or_default();
    let start = span.start + (text.len() - text.trim_start().len());
    let kept = text.trim().trim_end_matches(['.', ';', ',']).trim_end();
    start..start + kept.len()
}

/// Where an agency field sits in an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// "chủ trì": `activity/lead`.
    Lead,
    /// "phối hợp": `activity/partners`.
    Partner,
    /// An agency whose duties the item lists: `assignees`.
    Assignee,
}

impl Role {
    /// The pointer of the `index`-th field of this role in the item at `item`.
    pub fn pointer(self, item: &Pointer, index: usize) -> Pointer {
        match self {
            Role::Lead => item.key("activity").key("lead").index(index),
            Role::Partner => item.key("activity").key("partners").index(index),
            Role::Assignee => item.key("assignees").index(index),
        }
    }
}

/// The agency fields of an item: role, index in its list, text.
pub(crate) fn agency_fields(item: &Item) -> impl Iterator<Item = (Role, usize, &str)> {
    fn tagged(role: Role, list: &[String]) -> impl Iterator<Item = (Role, usize, &str)> {
        list.iter()
            .enumerate()
            .map(move |(i, s)| (role, i, s.as_str()))
    }
    let (lead, partners) = item
        .activity
        .as_ref()
        .map_or((&[][..], &[][..]), |a| (&a.lead[..], &a.partners[..]));
    tagged(Role::Lead, lead)
        .chain(tagged(Role::Partner, partners))
        .chain(tagged(Role::Assignee, &item.assignees))
}

/// What [`walk_items`] calls for each item: its section, the item, and a
/// builder of its pointer (built only when reporting).
pub(crate) type Visit<'v, 'p> = dyn FnMut(&'p Section, &'p Item, &dyn Fn() -> Pointer) + 'v;

/// Calls `visit` for every item of the plan, depth first in document order.
pub(crate) fn walk_items<'p>(plan: &'p Plan, visit: &mut Visit<'_, 'p>) {
    fn walk<'p>(
        section: &'p Section,
        items: &'p [Item],
        at: &dyn Fn() -> Pointer,
        visit: &mut Visit<'_, 'p>,
    ) {
        for (i, item) in items.iter().enumerate() {
            let here = || at().key("items").index(i);
            visit(section, item, &here);
            walk(section, &item.items, &here, visit);
        }
    }
    let sections = Pointer::root().key("sections");
    for (s, section) in plan.sections.iter().enumerate() {
        walk(section, &section.items, &|| sections.index(s), visit);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::Reference;

    fn read(field: &str) -> Rc<[Name]> {
        names_in(
            field,
            &Reference::builtin().agencies,
            NaiveDate::from_ymd_opt(2025, 1, 1),
        )
    }

    #[test]
    fn one_known_name_is_not_split() {
        let names = read("UBND các huyện, thành phố.");
        assert_eq!(names.len(), 1);
        assert_eq!(
            names[0].text("UBND các huyện, thành phố."),
            "UBND các huyện, thành phố"
        );
        assert_eq!(
            names[0].entry.map(|e| e.id.as_str()),
            Some("ubnd-cap-huyen")
        );
        assert!(!names[0].spelled_out);
    }

    #[test]
    fn a_list_is_split_with_spans_and_spellings() {
        let field = "Sở Tư pháp và các cơ quan, đơn vị có liên quan";
        let names = read(field);
        let texts: Vec<_> = names.iter().map(|n| n.text(field)).collect();
        assert_eq!(texts, ["Sở Tư pháp", "các cơ quan, đơn vị có liên quan"]);
        assert_eq!(&*names[1].spelling, "cơ quan, đơn vị có liên quan");
        assert_eq!(names[1].core_start, "các ".len());
        assert!(names.iter().all(|n| n.entry.is_some()));
    }

    #[test]
    fn a_head_stands_for_the_agency() {
        // Seed 004 assigns duties to the heads of agencies.
        let field = "Chủ tịch UBND quận, huyện, thị xã";
        let names = read(field);
        assert_eq!(names.len(), 1);
        assert_eq!(
            names[0].entry.map(|e| e.id.as_str()),
            Some("ubnd-cap-huyen")
        );
        assert_eq!(&field[names[0].agency_start..], "UBND quận, huyện, thị xã");
        let names = read("Giám đốc Sở Tư pháp");
        assert_eq!(names[0].entry.map(|e| e.id.as_str()), Some("so-tu-phap"));
        assert_eq!(read("Chủ tịch Ủy ban nhân dân tỉnh")[0].agency_start, 0);
    }

    #[test]
    fn a_list_of_unknown_pieces_stays_one_name() {
        // Seed 001: the units of a Văn phòng, not in the table.
        let field = "Các phòng, ban, trung tâm trực thuộc Văn phòng UBND tỉnh";
        let names = read(field);
        assert_eq!(names.len(), 1);
        assert_eq!(names[0].text(field), field);
        assert_eq!(names[0].entry, None);
    }

    #[test]
    fn unknown_names_carry_suggestions() {
        let names = read("So Tu phap");
        assert_eq!(names[0].entry, None);
        assert_eq!(names[0].suggestions.first(), Some(&"Sở Tư pháp"));
        assert!(read("  ").is_empty());
    }
}
