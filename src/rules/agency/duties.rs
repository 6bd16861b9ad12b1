//! Who a plan names in its organisation part and who it gives activities,
//! compared by table entry and by what groups stand for: "Các cơ quan chuyên
//! môn thuộc UBND tỉnh" in the organisation part covers "Sở Tư pháp" as a
//! lead, and "Các Sở, ban, ngành tỉnh" overlaps it (KH2005, KH2006).

use super::names::{agency_fields, names_in, walk_items, Name, Role};
use crate::fast_map::FastMap;
use crate::model::{Item, Plan, Pointer, SectionKind};
use crate::reference::agencies::{Agencies, Agency, Kind};
use std::ops::Range;

/// The first mention of an agency in some role.
pub(crate) struct Mention<'p> {
    /// The agency.
    pub entry: &'static Agency,
    /// The field it is written in.
    pub field: &'p str,
    /// Its bytes in the field.
    pub span: Range<usize>,
    /// The field's pointer.
    pub path: Pointer,
    /// How many fields of this role name it.
    pub count: usize,
    /// The heading of the part it is in.
    pub part: &'p str,
}

impl Mention<'_> {
    /// The name as written.
    pub fn text(&self) -> &str {
        self.field.get(self.span.clone()).unwrap_or_default()
    }
}

/// First mentions in order, one per agency.
#[derive(Default)]
pub(crate) struct Mentions<'p> {
    /// In document order.
    pub list: Vec<Mention<'p>>,
    index: FastMap<usize, usize>,
    cover: Coverage,
}

impl<'p> Mentions<'p> {
    fn add(&mut self, name: &Name, field: &'p str, part: &'p str, at: &dyn Fn() -> Pointer) {
        let Some(entry) = name.entry else {
            return;
        };
        let id = std::ptr::from_ref(entry) as usize;
        if let Some(mention) = self.index.get(&id).and_then(|&i| self.list.get_mut(i)) {
            mention.count += 1;
            return;
        }
        self.cover.add(entry);
        self.index.insert(id, self.list.len());
        self.list.push(Mention {
            entry,
            field,
            span: name.span.clone(),
            path: at(),
            count: 1,
            part,
        });
    }

    /// Whether an agency named in these mentions is, includes or overlaps `entry`.
    pub fn covers(&self, entry: &Agency) -> bool {
        self.cover.covers(entry)
    }

    /// Whether nothing was mentioned.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// The agencies, kinds and group members mentioned, for coverage tests.
#[derive(Default)]
struct Coverage {
    entries: FastMap<usize, ()>,
    kinds: u32,
    members: u32,
}

fn bit(kind: Kind) -> u32 {
    1 << (kind as u32)
}

/// The kinds a group stands for, as bits.
pub(crate) fn members(entry: &Agency) -> u32 {
    entry.members.iter().fold(0, |all, &k| all | bit(k))
}

impl Coverage {
    fn add(&mut self, entry: &'static Agency) {
        self.entries.insert(std::ptr::from_ref(entry) as usize, ());
        if entry.kind == Kind::Group {
            self.members |= members(entry);
        } else {
            self.kinds |= bit(entry.kind);
        }
    }

    fn covers(&self, entry: &Agency) -> bool {
        if self
            .entries
            .contains_key(&(std::ptr::from_ref(entry) as usize))
        {
            return true;
        }
        if entry.kind == Kind::Group {
            members(entry) & (self.kinds | self.members) != 0
        } else {
            self.members & bit(entry.kind) != 0
        }
    }
}

/// The kinds of body a province assigns work to in a plan.
pub(crate) const ASSIGNED: [Kind; 4] =
    [Kind::Department, Kind::Body, Kind::District, Kind::Commune];

/// Whether `entry` is, or as a group stands for, one of `kinds`.
pub(crate) fn is_one_of(entry: &Agency, kinds: &[Kind]) -> bool {
    let wanted = kinds.iter().fold(0, |all, &k| all | bit(k));
    if entry.kind == Kind::Group {
        members(entry) & wanted != 0
    } else {
        wanted & bit(entry.kind) != 0
    }
}

/// Who the plan names where.
pub(crate) struct Duties<'p> {
    /// Agencies named in the organisation part: assignees, a top-level item
    /// whose heading is an agency ("1. Sở Tư pháp"), leads of activities there.
    pub organisation: Mentions<'p>,
    /// Leads of activities anywhere.
    pub leads: Mentions<'p>,
    /// Leads and partners of activities anywhere.
    pub workers: Mentions<'p>,
}

/// Reads the agencies of `plan` as of its date.
pub(crate) fn duties<'p>(plan: &'p Plan, agencies: &'static Agencies) -> Duties<'p> {
    let on = plan.judged_on();
    let mut duties = Duties {
        organisation: Mentions::default(),
        leads: Mentions::default(),
        workers: Mentions::default(),
    };
    let sections = Pointer::root().key("sections");
    for (s, section) in plan.sections.iter().enumerate() {
        if section.kind != SectionKind::Organisation {
            continue;
        }
        for (i, item) in section.items.iter().enumerate() {
            if !item.assignees.is_empty() || item.activity.is_some() {
                continue;
            }
            let heading = item.heading.trim_end().trim_end_matches(':');
            let names = names_in(heading, agencies, on);
            if let [name] = &names[..] {
                if name.span.start == heading.len() - heading.trim_start().len()
                    && name.span.end == heading.len()
                {
                    let at = || sections.index(s).key("items").index(i).key("heading");
                    duties
                        .organisation
                        .add(name, &item.heading, &section.heading, &at);
                }
            }
        }
    }
    walk_items(plan, &mut |section, item: &'p Item, at| {
        let organisation = section.kind == SectionKind::Organisation;
        for (role, index, field) in agency_fields(item) {
            let pointer = || role.pointer(&at(), index);
            for name in names_in(field, agencies, on).iter() {
                let lead = role == Role::Lead;
                if organisation && (lead || role == Role::Assignee) {
                    duties
                        .organisation
                        .add(name, field, &section.heading, &pointer);
                }
                if lead {
                    duties.leads.add(name, field, &section.heading, &pointer);
                }
                if role != Role::Assignee {
                    duties.workers.add(name, field, &section.heading, &pointer);
                }
            }
        }
    });
    duties
}
