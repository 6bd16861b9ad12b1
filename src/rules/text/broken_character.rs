//! KH6003 `broken-character`
//!
//! **What**: the replacement character "�" (U+FFFD) anywhere in the plan —
//! "Nơi nh�n", "Lê H�ng Sơn". It is what a program writes when it cannot read
//! a character, so the letter that stood there is lost.
//!
//! **Why**: the text was damaged by a bad encoding conversion (FACTS.md §6,
//! seed 004); the reader cannot tell which letter is missing — in a name it
//! may be any of several — so only a person can restore it: no fix.
//!
//! **Wrong**: `"signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Lê H\ufffdng Sơn"}`
//!
//! **Right**: `"signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Lê Hồng Sơn"}`

use super::fields::{item_fields, plan_fields};
use super::words::is_space;
use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH6003.
pub struct BrokenCharacter;

static INFO: RuleInfo = RuleInfo {
    code: "KH6003",
    slug: "broken-character",
    severity: Severity::Error,
    fix: None,
    summary_vi: "Ký tự lỗi \"�\" do chuyển mã hỏng",
    summary_en: "Replacement character \"�\" from a broken conversion",
};

const REPLACEMENT: char = '\u{FFFD}';

impl Rule for BrokenCharacter {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        plan_fields(plan, &mut |body, _, path| check(body, path, checker));
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        item_fields(entry, &mut |body, _, path| check(body, path, checker));
    }
}

fn check(body: &str, path: &dyn Fn() -> Pointer, checker: &mut Checker<'_>) {
    if !body.contains(REPLACEMENT) {
        return;
    }
    let mut from = 0;
    while let Some(offset) = body.get(from..).and_then(|rest| rest.find(REPLACEMENT)) {
        let start = from + offset;
        let run = body
            .get(start..)
            .unwrap_or("")
            .chars()
            .take_while(|&c| c == REPLACEMENT)
            .count();
        let end = start + run * REPLACEMENT.len_utf8();
        let word = surrounding_word(body, start, end);
        checker.report(
            Finding::new(
                path(),
                text(
                    format!("Ký tự lỗi \"�\" (U+FFFD) trong \"{word}\": chữ ở đây đã mất khi chuyển mã."),
                    format!("Replacement character \"�\" (U+FFFD) in \"{word}\": the letter was lost in a conversion."),
                ),
            )
            .range(Range::from_bytes(body, start, end))
            .help(text(
                "Gõ lại chữ bị mất theo văn bản gốc, và kiểm tra các đoạn khác dán từ cùng nguồn.",
                "Retype the lost letter from the original, and check other text pasted from the same source.",
            )),
        );
        from = end;
    }
}

/// The word around `start..end`, for the message.
fn surrounding_word(body: &str, start: usize, end: usize) -> &str {
    let head = body.get(..start).unwrap_or("");
    let from = head.rfind(is_space).map_or(0, |i| i + 1);
    let tail = body.get(end..).unwrap_or("");
    let to = end + tail.find(is_space).unwrap_or(tail.len());
    body.get(from..to).unwrap_or("")
}
