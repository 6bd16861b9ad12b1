//! KH6001 `repeated-word`
//!
//! **What**: a word or a two-word phrase written twice in a row — "Ủy ban nhân
//! dân dân tỉnh", "lĩnh vực lĩnh vực trọng tâm" — in any text of the plan
//! except numbers, dates and deadlines. Words separated by punctuation are not
//! repeats ("Sở, Sở"), numbers are not words, and Vietnamese reduplications
//! ("người người", "dần dần", "năm năm") are accepted: the list is data
//! (`reference/data/misspellings.json`, `allowed_repeats`).
//!
//! **Why**: a doubled word is a typing slip that a reader stumbles on and an
//! official document should not carry (FACTS.md §6: seeds 000 and 004 have one
//! each). Removing the second copy keeps the meaning, so the fix is safe.
//!
//! **Wrong**: `"heading": "Tổ chức thực hiện Kế hoạch của Ủy ban nhân dân dân tỉnh"`
//!
//! **Right**: `"heading": "Tổ chức thực hiện Kế hoạch của Ủy ban nhân dân tỉnh"`

use super::fields::{item_fields, plan_fields, FieldKind};
use super::words::{words, Word};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::reference::words::Words;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::memo::{memoized, TextMemo};
use std::cell::RefCell;

/// KH6001.
pub struct RepeatedWord;

static INFO: RuleInfo = RuleInfo {
    code: "KH6001",
    slug: "repeated-word",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Từ hoặc cụm từ bị lặp liền nhau",
    summary_en: "Word or phrase repeated",
};

impl Rule for RepeatedWord {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        plan_fields(plan, &mut |body, kind, path| {
            if kind != FieldKind::Data {
                check(body, path, checker);
            }
        });
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        item_fields(entry, &mut |body, kind, path| {
            if kind != FieldKind::Data {
                check(body, path, checker);
            }
        });
    }
}

fn check(body: &str, path: &dyn Fn() -> Pointer, checker: &mut Checker<'_>) {
    thread_local! {
        static MEMO: RefCell<TextMemo<Vec<(Word, Word)>, usize>> = RefCell::default();
    }
    let allowed = &checker.ctx.reference.words;
    let found = memoized(&MEMO, body, std::ptr::from_ref(allowed) as usize, |b| {
        repeats(b, allowed)
    });
    for &(first, second) in found.iter() {
        report(body, first, second, path, checker);
    }
}

/// Every repeat in `body`: the first copy's span and the second's.
fn repeats(body: &str, allowed: &Words) -> Vec<(Word, Word)> {
    let mut window: [Option<Word>; 4] = [None; 4];
    let mut found = Vec::new();
    for word in words(body) {
        window.rotate_left(1);
        window[3] = Some(word);
        if let Some(repeat) = repeat_in(body, &window, allowed) {
            found.push(repeat);
            window = [None; 4];
        }
    }
    found
}

/// The repeat ending at the last word of the window: the first copy's span
/// and the second's.
fn repeat_in(body: &str, window: &[Option<Word>; 4], allowed: &Words) -> Option<(Word, Word)> {
    let [a, b, c, d] = *window;
    let d = d.filter(|d| is_word(body, d))?;
    let c = c?;
    if d.joined && same(body, &c, &d) {
        let word = body.get(d.start..d.end)?;
        return (!allowed.repeat_allowed(word)).then_some((c, d));
    }
    let (a, b) = (a?, b?);
    let two = b.joined && c.joined && d.joined;
    (two && same(body, &a, &c) && same(body, &b, &d) && !same(body, &a, &b) && is_word(body, &c))
        .then_some((Word { end: b.end, ..a }, Word { end: d.end, ..c }))
}

/// A word has a letter (numbers repeat legitimately: "Điều 7, 8").
fn is_word(body: &str, word: &Word) -> bool {
    body.get(word.start..word.end)
        .is_some_and(|w| w.chars().any(|c| !c.is_ascii_digit()))
}

fn same(body: &str, x: &Word, y: &Word) -> bool {
    let (Some(a), Some(b)) = (body.get(x.start..x.end), body.get(y.start..y.end)) else {
        return false;
    };
    a == b
        || (a.len() == b.len()
            && a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase)))
}

fn report(
    body: &str,
    first: Word,
    second: Word,
    path: &dyn Fn() -> Pointer,
    checker: &mut Checker<'_>,
) {
    let repeated = body.get(second.start..second.end).unwrap_or("");
    let whole = body.get(first.start..second.end).unwrap_or("");
    let edit = Edit {
        path: path().into(),
        range: Some(Range::from_bytes(body, first.end, second.end)),
        insert: String::new(),
    };
    let (vi, en) = if repeated.contains(' ') {
        ("Cụm từ", "The phrase")
    } else {
        ("Từ", "The word")
    };
    checker.report(
        Finding::new(
            path(),
            text(
                format!("{vi} \"{repeated}\" bị lặp lại: \"{whole}\"."),
                format!("{en} \"{repeated}\" is repeated: \"{whole}\"."),
            ),
        )
        .range(Range::from_bytes(body, second.start, second.end))
        .fix(
            text(
                format!("Bỏ \"{repeated}\" thứ hai"),
                format!("Remove the second \"{repeated}\""),
            ),
            vec![edit],
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(body: &str) -> Vec<String> {
        repeats(body, &Words::builtin())
            .into_iter()
            .map(|(_, second)| body[second.start..second.end].to_string())
            .collect()
    }

    #[test]
    fn seed_repeats_are_found() {
        assert_eq!(
            found("Kế hoạch của Ủy ban nhân dân dân tỉnh triển khai"),
            ["dân"]
        );
        assert_eq!(
            found("xác định và bổ sung lĩnh vực lĩnh vực trọng tâm liên ngành"),
            ["lĩnh vực"]
        );
        assert_eq!(found("Ủy ban nhân \n\ndân dân tỉnh"), ["dân"]);
    }

    #[test]
    fn legitimate_neighbours_are_not_repeats() {
        for body in [
            "Hội Luật gia, Đoàn Luật sư tỉnh",
            "người người, nhà nhà thi đua",
            "các Điều 7, 8, 9 và 10 Nghị định số 59/2012/NĐ-CP",
            "Sở, Sở Tư pháp",
            "năm năm 2025 2025",
            "dần dần",
        ] {
            assert!(found(body).is_empty(), "{body}");
        }
    }
}
