//! KH1004 `broken-cross-reference`
//!
//! **What**: text that refers to a part of this plan which does not exist:
//! "theo thời hạn tại Mục III.6 Kế hoạch này" when part III has no item 6,
//! "tại điểm a khoản 2 Mục II" when item 2 of part II has no point a, "Mục V"
//! in a plan of four parts. References are read as "Mục" and a Roman numeral,
//! optionally with dotted item numbers ("III.6"), after "khoản N" and
//! "điểm x"; they are resolved against the labels of the plan's parts and
//! items (a blank label counts as its automatic number). A reference followed
//! by another document ("Mục II Kế hoạch số 148/KH-UBND", "Điều 14 Nghị định
//! …", "Phụ lục I") is not this plan's and is left alone.
//!
//! **Why**: a cross-reference usually carries a duty or a deadline ("báo cáo
//! Sở Tư pháp theo thời hạn tại Mục III.6"); when it points nowhere, the duty
//! has no deadline. It happens when parts are renumbered or a plan is copied
//! from another year's. A warning, since the reading of references is a
//! heuristic.
//!
//! **Wrong**: part III with items 1–5 and a duty "gửi Sở Tư pháp theo thời hạn
//! tại Mục III.6 của Kế hoạch này"
//!
//! **Right**: part III with items 1–6, the sixth "Báo cáo công tác theo dõi
//! tình hình thi hành pháp luật", and the same duty

use crate::assemble::numbering::{bare, letter_position, roman_value};
use crate::diagnostic::{Range, Severity};
use crate::model::{Item, Plan, Pointer};
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};

/// KH1004.
pub struct BrokenCrossReference;

static INFO: RuleInfo = RuleInfo {
    code: "KH1004",
    slug: "broken-cross-reference",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Tham chiếu tới mục không có trong kế hoạch",
    summary_en: "Cross-reference to a part the plan does not have",
};

impl Rule for BrokenCrossReference {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::OUTLINE
            .union(ItemFields::TEXT)
            .union(ItemFields::DEADLINES)
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let root = Pointer::root();
        let sections = root.key("sections");
        for (i, section) in plan.sections.iter().enumerate() {
            let at = || sections.index(i);
            for (j, paragraph) in section.paragraphs.iter().enumerate() {
                check_text(
                    plan,
                    paragraph,
                    &|| at().key("paragraphs").index(j),
                    checker,
                );
            }
            check_items(plan, &section.items, &at, checker);
        }
        check_text(plan, &plan.closing, &|| root.key("closing"), checker);
        for (j, note) in plan.footnotes.iter().enumerate() {
            check_text(plan, note, &|| root.key("footnotes").index(j), checker);
        }
    }
}

fn check_items(plan: &Plan, items: &[Item], at: &dyn Fn() -> Pointer, checker: &mut Checker<'_>) {
    for (i, item) in items.iter().enumerate() {
        let here = || at().key("items").index(i);
        check_text(plan, &item.heading, &|| here().key("heading"), checker);
        for (j, paragraph) in item.paragraphs.iter().enumerate() {
            check_text(
                plan,
                paragraph,
                &|| here().key("paragraphs").index(j),
                checker,
            );
        }
        if let Some(activity) = &item.activity {
            for (key, field) in [
                ("output", &activity.output),
                ("scope", &activity.scope),
                ("target", &activity.target),
                ("deadline", &activity.deadline),
            ] {
                check_text(plan, field, &|| here().key("activity").key(key), checker);
            }
        }
        check_items(plan, &item.items, &here, checker);
    }
}

fn check_text(plan: &Plan, field: &str, at: &dyn Fn() -> Pointer, checker: &mut Checker<'_>) {
    for reference in references(field) {
        let Some(missing) = locate(plan, &reference) else {
            continue;
        };
        let written = field.get(reference.span.clone()).unwrap_or_default();
        let message = match missing {
            Missing::Part => text(
                format!(
                    "Tham chiếu \"{written}\" trỏ tới Mục {}, nhưng kế hoạch không có mục này.",
                    reference.part
                ),
                format!(
                    "\"{written}\" refers to part {}, which the plan does not have.",
                    reference.part
                ),
            ),
            Missing::Item { found, label } => text(
                format!("Tham chiếu \"{written}\" trỏ tới phần không có: Mục {found} không có mục \"{label}\"."),
                format!("\"{written}\" refers to a missing part: {found} has no item \"{label}\"."),
            ),
        };
        checker.report(
            Finding::new(at(), message)
                .range(Range::from_bytes(
                    field,
                    reference.span.start,
                    reference.span.end,
                ))
                .help(text(
                    "Sửa tham chiếu cho đúng mục của kế hoạch, hoặc bổ sung phần được nhắc tới.",
                    "Point the reference at an existing part, or add the part it names.",
                )),
        );
    }
}

/// A reference to a part of this plan, found in text.
#[derive(Debug, PartialEq, Eq)]
struct CrossRef<'t> {
    /// Byte span of the whole reference ("điểm a khoản 2 Mục II").
    span: std::ops::Range<usize>,
    /// The part's Roman numeral ("III").
    part: &'t str,
    /// Item labels below the part, outermost first (["6"]; ["2", "a"]).
    items: Vec<&'t str>,
}

/// Words before "mục" that make it another word ("danh mục", "chuyên mục").
const NOT_A_PART: [&str; 4] = ["danh", "chuyên", "tiểu", "hạng"];

/// Words after a reference that name another document.
const OTHER_DOCUMENT: [&str; 15] = [
    "điều ",
    "chương",
    "phần ",
    "phụ lục",
    "nghị định",
    "thông tư",
    "quyết định",
    "nghị quyết",
    "luật ",
    "chỉ thị",
    "công văn",
    "hướng dẫn",
    "văn bản",
    "đề án",
    "chương trình",
];

/// The references to this plan's parts in `text`. This runs over every text
/// field on each edit, so it first looks for "ụ" alone (a search for one
/// character scans a word at a time), then checks for "Mục ".
fn references(text: &str) -> Vec<CrossRef<'_>> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices('ụ') {
        let Some(start) = at.checked_sub(1) else {
            continue;
        };
        let after = at + 'ụ'.len_utf8();
        let word = matches!(text.as_bytes().get(start), Some(b'M' | b'm'))
            && text.get(after..).is_some_and(|rest| rest.starts_with("c "));
        if !word {
            continue;
        }
        if let Some(reference) = reference_at(text, start, after + "c ".len()) {
            found.push(reference);
        }
    }
    found
}

/// The reference whose "Mục" starts at `start`, its numeral at `after`.
fn reference_at(text: &str, start: usize, after: usize) -> Option<CrossRef<'_>> {
    let before = text.get(..start)?;
    if before
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let previous_word = before.trim_end().rsplit(' ').next().unwrap_or_default();
    if NOT_A_PART
        .iter()
        .any(|w| previous_word.to_lowercase() == *w)
    {
        return None;
    }
    let bytes = text.as_bytes();
    let numeral_start = after + (text.get(after..)?.len() - text.get(after..)?.trim_start().len());
    let numeral_len = bytes
        .get(numeral_start..)?
        .iter()
        .take_while(|b| b"IVXLCDM".contains(b))
        .count();
    let part = text.get(numeral_start..numeral_start + numeral_len)?;
    roman_value(part)?;
    let mut end = numeral_start + numeral_len;
    let mut items = Vec::new();
    while bytes.get(end) == Some(&b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let digits = bytes
            .get(end + 1..)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        items.push(text.get(end + 1..end + 1 + digits)?);
        end += 1 + digits;
    }
    if text
        .get(end..)?
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    if names_other_document(text.get(end..)?) {
        return None;
    }
    let mut first = start;
    let mut outer = Vec::new();
    if let Some((at, number)) = preceding(before, &["khoản", "Khoản"], |t| {
        t.bytes().all(|b| b.is_ascii_digit())
    }) {
        outer.push(number);
        first = at;
        if let Some((at, point)) = preceding(before.get(..at)?, &["điểm", "Điểm"], |t| {
            letter_position(t).is_some()
        }) {
            outer.push(point);
            first = at;
        }
    }
    items.extend(outer);
    Some(CrossRef {
        span: first..end,
        part,
        items,
    })
}

/// "khoản 2" (or "điểm a") ending `before`, spaces and commas aside: where
/// the keyword starts, and the number or letter.
fn preceding<'t>(
    before: &'t str,
    keywords: &[&str],
    accepts: fn(&str) -> bool,
) -> Option<(usize, &'t str)> {
    let trimmed = before.trim_end_matches([' ', ',']);
    let (head, token) = trimmed.rsplit_once(' ')?;
    if token.is_empty() || !accepts(token) {
        return None;
    }
    let head = head.trim_end();
    let keyword = keywords.iter().find(|k| head.ends_with(**k))?;
    let at = head.len() - keyword.len();
    let boundary = !head
        .get(..at)?
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    boundary.then_some((at, token))
}

/// Whether the clause after a reference names another document: a number
/// ("số 148", "148/KH-UBND"), a document type, or a plan other than this one.
fn names_other_document(after: &str) -> bool {
    let end = after
        .char_indices()
        .find(|&(i, c)| {
            matches!(c, '.' | ';' | ':' | '\n')
                || after.get(i..).is_some_and(|r| r.starts_with(" và "))
        })
        .map_or(after.len(), |(i, _)| i);
    let clause = after.get(..end).unwrap_or(after).to_lowercase();
    if clause.contains('/') || OTHER_DOCUMENT.iter().any(|w| clause.contains(w)) {
        return true;
    }
    let numbered = clause.match_indices("số ").any(|(i, m)| {
        clause
            .as_bytes()
            .get(i + m.len())
            .is_some_and(u8::is_ascii_digit)
    });
    let other_plan = clause.match_indices("kế hoạch").any(|(i, m)| {
        let rest = clause.get(i + m.len()..).unwrap_or_default().trim();
        !(rest.is_empty() || rest.starts_with("này"))
    });
    numbered || other_plan
}

/// What a reference names that the plan lacks.
enum Missing<'t> {
    /// No part with its numeral.
    Part,
    /// The part exists; below `found` there is no item `label`.
    Item { found: String, label: &'t str },
}

fn locate<'t>(plan: &Plan, reference: &CrossRef<'t>) -> Option<Missing<'t>> {
    let number = roman_value(reference.part);
    let mut first_gap = None;
    let parts = plan.sections.iter().enumerate().filter(|(i, s)| {
        let label = bare(&s.label);
        if label.is_empty() {
            number == Some(i + 1)
        } else {
            label == reference.part
        }
    });
    let mut any_part = false;
    for (_, section) in parts {
        any_part = true;
        let mut items = &section.items;
        let mut depth = 0;
        for label in &reference.items {
            match child(items, label) {
                Some(item) => {
                    items = &item.items;
                    depth += 1;
                }
                None => break,
            }
        }
        match reference.items.get(depth) {
            None => return None,
            Some(label) => {
                first_gap.get_or_insert((depth, *label));
            }
        }
    }
    if !any_part {
        return Some(Missing::Part);
    }
    let (depth, label) = first_gap?;
    let mut found = reference.part.to_string();
    for step in reference.items.iter().take(depth) {
        found.push('.');
        found.push_str(step);
    }
    Some(Missing::Item { found, label })
}

/// The item labelled `label` among `items`: written so ("6"), as the last
/// group of a dotted number ("3.1" for "1"), or blank at that position.
fn child<'i>(items: &'i [Item], label: &str) -> Option<&'i Item> {
    items.iter().enumerate().find_map(|(i, item)| {
        let written = bare(&item.label);
        let matches = if written.is_empty() {
            label.parse::<usize>().ok() == Some(i + 1) || letter_position(label) == Some(i)
        } else {
            written == label
                || written
                    .rsplit_once('.')
                    .is_some_and(|(_, last)| last == label)
        };
        matches.then_some(item)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(&str, &str, Vec<&str>)> {
        references(text)
            .into_iter()
            .map(|r| (&text[r.span.clone()], r.part, r.items))
            .collect()
    }

    #[test]
    fn references_in_seed_004() {
        assert_eq!(
            read("báo cáo Sở Tư pháp theo thời hạn tại Mục III.6 Kế hoạch này."),
            [("Mục III.6", "III", vec!["6"])]
        );
        assert_eq!(
            read("đảm bảo đầy đủ về nội dung theo yêu cầu tại Mục III.6 của Kế hoạch."),
            [("Mục III.6", "III", vec!["6"])]
        );
        assert_eq!(
            read(
                "Đoàn kiểm tra, điều tra, khảo sát liên ngành như nêu tại Mục III.4 Kế hoạch này."
            ),
            [("Mục III.4", "III", vec!["4"])]
        );
    }

    #[test]
    fn points_and_clauses_before_the_part() {
        assert_eq!(
            read("thực hiện theo quy định tại điểm a khoản 2 Mục II"),
            [("điểm a khoản 2 Mục II", "II", vec!["2", "a"])]
        );
        assert_eq!(
            read("theo khoản 3, Mục IV."),
            [("khoản 3, Mục IV", "IV", vec!["3"])]
        );
    }

    #[test]
    fn other_documents_and_other_words_are_not_references() {
        assert!(read("quy định tại khoản 1 Điều 14 Nghị định 59/2012/NĐ-CP").is_empty());
        assert!(read("tại Mục II Kế hoạch số 148/KH-UBND ngày 15/01/2024").is_empty());
        assert!(read("theo Mục I Phụ lục ban hành kèm theo Thông tư số 04/2021/TT-BTP").is_empty());
        assert!(read("Xây dựng danh mục văn bản quy phạm pháp luật").is_empty());
        assert!(read("chuyên trang, chuyên mục trên các phương tiện").is_empty());
        assert!(read("Mục đích").is_empty());
        assert!(read("Danh mục I").is_empty());
    }
}
