//! KH2007 `agency-spelled-differently`
//!
//! **What**: one agency written several ways in the plan's agency fields
//! (leads, partners, assignees): an abbreviation and the full name ("UBND
//! tỉnh" and "Ủy ban nhân dân tỉnh"), the two tone-mark styles ("Uỷ" and
//! "Ủy"), or different capitals ("Đoàn luật sư tỉnh" and "Đoàn Luật sư
//! tỉnh"). Names are the same when their keys are (abbreviations written out,
//! case and tone style folded); a leading "các" and the case of the first
//! letter, which follow the sentence, do not count. Each spelling other than
//! the usual one is reported where it occurs; the usual one is the most
//! frequent, then the one without abbreviations, then the first.
//!
//! **Why**: Nghị định 30/2020/NĐ-CP asks that a document write names one
//! way, abbreviations only after the full name; a plan that writes one agency
//! several ways reads as if it named several. Only information. The fix
//! writes the usual spelling and is safe: both spellings name the same agency.
//!
//! **Wrong**: `"lead": ["UBND tỉnh"]` in one activity, `"lead": ["Ủy ban nhân dân tỉnh"]` in another
//!
//! **Right**: `"lead": ["Ủy ban nhân dân tỉnh"]` in both

use super::names::{agency_fields, names_in, walk_items, Name};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::fast_map::FastMap;
use crate::model::Plan;
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};
use std::rc::Rc;

/// KH2007.
pub struct AgencySpelledDifferently;

static INFO: RuleInfo = RuleInfo {
    code: "KH2007",
    slug: "agency-spelled-differently",
    severity: Severity::Info,
    fix: Some(FixSafety::Safe),
    summary_vi: "Một cơ quan được viết nhiều cách trong kế hoạch",
    summary_en: "One agency written several ways in the plan",
};

/// One way a name is written, how often, and where first (in field order).
struct Spelling {
    spelling: Rc<str>,
    core: Rc<str>,
    count: usize,
    spelled_out: bool,
    first: usize,
}

/// The fields that share one text: their names, how many, the first's order.
struct Occurrences {
    names: Rc<[Name]>,
    times: usize,
    first: usize,
}

impl Rule for AgencySpelledDifferently {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::AGENCIES
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let agencies = &checker.ctx.reference.agencies;
        let on = plan.judged_on();
        // Fields with the same text share one memoised list of names: count
        // the lists first (a pointer hash), then their names by key.
        let mut lists: FastMap<usize, Occurrences> = FastMap::default();
        let mut order = 0;
        walk_items(plan, &mut |_, item, _| {
            for (_, _, field) in agency_fields(item) {
                let names = names_in(field, agencies, on);
                let id = Rc::as_ptr(&names).cast::<u8>() as usize;
                lists
                    .entry(id)
                    .or_insert(Occurrences {
                        names,
                        times: 0,
                        first: order,
                    })
                    .times += 1;
                order += 1;
            }
        });
        let mut by_key: FastMap<Rc<str>, Vec<Spelling>> = FastMap::default();
        for list in lists.values() {
            for name in list.names.iter() {
                count(&mut by_key, name, list);
            }
        }
        let usual: FastMap<Rc<str>, Spelling> = by_key
            .into_iter()
            .filter(|(_, spellings)| spellings.len() > 1)
            .filter_map(|(key, spellings)| {
                let best = spellings
                    .into_iter()
                    .max_by_key(|s| (s.count, s.spelled_out, std::cmp::Reverse(s.first)))?;
                Some((key, best))
            })
            .collect();
        if usual.is_empty() {
            return;
        }
        walk_items(plan, &mut |_, item, at| {
            for (role, index, field) in agency_fields(item) {
                for name in names_in(field, agencies, on).iter() {
                    let Some(usual) = usual.get(&name.key) else {
                        continue;
                    };
                    if usual.spelling == name.spelling {
                        continue;
                    }
                    checker.report(finding(field, name, usual, &role.pointer(&at(), index)));
                }
            }
        });
    }
}

fn count(by_key: &mut FastMap<Rc<str>, Vec<Spelling>>, name: &Name, list: &Occurrences) {
    if name.key.is_empty() {
        return;
    }
    let spellings = by_key.entry(Rc::clone(&name.key)).or_default();
    match spellings.iter_mut().find(|s| s.spelling == name.spelling) {
        Some(seen) => {
            seen.count += list.times;
            seen.first = seen.first.min(list.first);
        }
        None => spellings.push(Spelling {
            spelling: Rc::clone(&name.spelling),
            core: Rc::clone(&name.core),
            count: list.times,
            spelled_out: name.spelled_out,
            first: list.first,
        }),
    }
}

fn finding(field: &str, name: &Name, usual: &Spelling, path: &crate::model::Pointer) -> Finding {
    let written = name.text(field);
    let start = name.span.start + name.core_start;
    let core = field.get(start..name.span.end).unwrap_or_default();
    let insert = same_first_case(&usual.core, core);
    let n = usual.count;
    let range = Range::from_bytes(field, start, name.span.end);
    Finding::new(
        path.clone(),
        text(
            format!("\"{written}\" được viết là \"{insert}\" ở {n} chỗ khác trong kế hoạch."),
            format!("\"{written}\" is written \"{insert}\" in {n} other places in the plan."),
        ),
    )
    .range(range)
    .help(text(
        "Viết tên mỗi cơ quan một cách thống nhất trong toàn văn bản.",
        "Write each agency's name the same way throughout the document.",
    ))
    .fix(
        text(
            format!("Viết thống nhất là \"{insert}\""),
            format!("Write \"{insert}\" throughout"),
        ),
        vec![Edit {
            path: path.as_str().to_string(),
            range: Some(range),
            insert: insert.clone(),
        }],
    )
}

/// `usual` with the case of `written`'s first letter, which the sentence decides.
fn same_first_case(usual: &str, written: &str) -> String {
    let upper = written.chars().next().is_some_and(char::is_uppercase);
    let mut chars = usual.chars();
    match chars.next() {
        Some(first) if upper => first.to_uppercase().chain(chars).collect(),
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::same_first_case;

    #[test]
    fn the_first_letter_follows_the_written_name() {
        assert_eq!(
            same_first_case("Ủy ban nhân dân tỉnh", "UBND tỉnh"),
            "Ủy ban nhân dân tỉnh"
        );
        assert_eq!(
            same_first_case("Cơ quan thông tin đại chúng", "cơ quan TTĐC"),
            "cơ quan thông tin đại chúng"
        );
    }
}
