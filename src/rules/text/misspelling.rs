//! KH6002 `misspelling`
//!
//! **What**: a phrase from the dictionary of known misspellings — "trong tâm"
//! for "trọng tâm", "Noi nhận" for "Nơi nhận", "sử lý" for "xử lý", "bổ xung"
//! for "bổ sung" … — in any text of the plan except numbers, dates and
//! deadlines. The dictionary is data (`reference/data/misspellings.json`);
//! each entry may name the neighbouring words that make the phrase right
//! ("trong tâm trí", "lịch sử lý luận"). Text stored in decomposed Unicode is
//! left to KH6004 until it is composed.
//!
//! **Why**: these are the slips of Vietnamese administrative writing — s/x and
//! hỏi/ngã merge in many accents, and an accent dropped by a keyboard turns
//! "Nơi" into "Noi" (FACTS.md §6: seeds 000 and 003). An official document
//! should carry none; the correction replaces only the misspelt phrase.
//!
//! **Wrong**: `"paragraphs": ["Thành lập Đoàn kiểm tra liên ngành kiểm tra các lĩnh vực trong tâm, liên ngành năm 2025."]`
//!
//! **Right**: `"paragraphs": ["Thành lập Đoàn kiểm tra liên ngành kiểm tra các lĩnh vực trọng tâm, liên ngành năm 2025."]`

use super::fields::{item_fields, plan_fields, FieldKind};
use super::words::{word_after, word_before, words};
use crate::cite::scan::{after_boundary, match_words};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::reference::words::{capitalise, Misspelling};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::memo::{memoized, TextMemo};
use std::cell::RefCell;

/// KH6002.
pub struct KnownMisspelling;

/// Declaration of KH6002 (the importer reports misspelt labels with it too).
pub(crate) static MISSPELLING: RuleInfo = RuleInfo {
    code: "KH6002",
    slug: "misspelling",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Lỗi chính tả thường gặp",
    summary_en: "Common misspelling",
};

impl Rule for KnownMisspelling {
    fn info(&self) -> &'static RuleInfo {
        &MISSPELLING
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
        static MEMO: RefCell<TextMemo<Vec<Occurrence>, usize>> = RefCell::default();
    }
    let entries = &checker.ctx.reference.words.misspellings;
    let found = memoized(&MEMO, body, entries.as_ptr() as usize, |b| {
        misspellings(b, entries)
    });
    for &(at, end, index) in found.iter() {
        if let Some(entry) = entries.get(index) {
            report(body, at, end, entry, path, checker);
        }
    }
}

/// A misspelling found: its byte span and the index of its dictionary entry.
type Occurrence = (usize, usize, usize);

/// Every misspelling in `body`. One pass over the words, each compared with
/// the entries' first words.
fn misspellings(body: &str, entries: &[Misspelling]) -> Vec<Occurrence> {
    words(body)
        .filter_map(|word| {
            let written = body.get(word.start..word.end)?;
            entries
                .iter()
                .enumerate()
                .filter(|(_, e)| written == e.first_word || written == e.first_capital)
                .find_map(|(i, e)| occurrence(body, word.start, e).map(|end| (word.start, end, i)))
        })
        .collect()
}

/// The end of `entry` written at `at`, unless its neighbours make it right.
fn occurrence(body: &str, at: usize, entry: &Misspelling) -> Option<usize> {
    if !after_boundary(body, at) {
        return None;
    }
    let end = match_words(body, at, &entry.wrong)?;
    let excused = |word: Option<&str>, list: &[String]| {
        word.is_some_and(|w| list.iter().any(|x| *x == w.to_lowercase()))
    };
    if excused(word_before(body, at), &entry.except_before)
        || excused(word_after(body, end), &entry.except_after)
    {
        return None;
    }
    Some(end)
}

fn report(
    body: &str,
    at: usize,
    end: usize,
    entry: &Misspelling,
    path: &dyn Fn() -> Pointer,
    checker: &mut Checker<'_>,
) {
    let written = body.get(at..end).unwrap_or("");
    let capital = written.chars().next().is_some_and(char::is_uppercase);
    let right = if capital {
        capitalise(&entry.right)
    } else {
        entry.right.clone()
    };
    let range = Range::from_bytes(body, at, end);
    let edit = Edit {
        path: path().into(),
        range: Some(range),
        insert: right.clone(),
    };
    checker.report(
        Finding::new(
            path(),
            text(
                format!("Sai chính tả: \"{written}\" — viết đúng là \"{right}\"."),
                format!("Misspelling: \"{written}\" — write \"{right}\"."),
            ),
        )
        .range(range)
        .fix(
            text(
                format!("Sửa thành \"{right}\""),
                format!("Change to \"{right}\""),
            ),
            vec![edit],
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::words::Words;

    fn corrections(body: &str) -> Vec<String> {
        let dictionary = Words::builtin();
        misspellings(body, &dictionary.misspellings)
            .into_iter()
            .map(|(at, end, i)| {
                format!("{} → {}", &body[at..end], dictionary.misspellings[i].right)
            })
            .collect()
    }

    #[test]
    fn seed_misspellings() {
        assert_eq!(
            corrections("Kế hoạch theo dõi tình hình thi hành pháp luật trong lĩnh vực trong tâm, \n\nliên ngành năm 2025"),
            ["trong tâm → trọng tâm"]
        );
        assert_eq!(corrections("Noi nhận:"), ["Noi nhận → nơi nhận"]);
        assert_eq!(corrections("tiếp nhận, sử lý thông tin"), ["sử lý → xử lý"]);
    }

    #[test]
    fn right_phrases_and_neighbours_pass() {
        for body in [
            "lĩnh vực trọng tâm, liên ngành",
            "ghi nhớ trong tâm trí",
            "nghiên cứu lịch sử lý luận",
            "Nơi nhận:",
            "trong tâmx",
            "xtrong tâm",
        ] {
            assert!(corrections(body).is_empty(), "{body}");
        }
    }
}
