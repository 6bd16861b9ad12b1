//! KH6004 `not-nfc`
//!
//! **What**: text stored in decomposed Unicode (NFD): "ấ" as "a" + U+0302 +
//! U+0301 instead of the one character "ấ". One finding per field, pointing at
//! its first decomposed letter, with a fix that composes the whole field.
//!
//! **Why**: decomposed text looks the same on screen but breaks searching,
//! exact matching, sorting and the other checks (an agency or a misspelling is
//! not recognised); text pasted from some PDF and Word files arrives this way
//! (FACTS.md §6: seed 000 has 139 decomposed accents). Composing (NFC) changes
//! no visible character, so the fix is safe.
//!
//! **Wrong**: `"heading": "Ca\u0301c cơ quan chuyên môn thuộc UBND tỉnh"` (decomposed "á")
//!
//! **Right**: `"heading": "Các cơ quan chuyên môn thuộc UBND tỉnh"` (composed)

use super::fields::{item_fields, plan_fields};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::{nfd_spans, to_nfc};

/// KH6004.
pub struct NotNfc;

static INFO: RuleInfo = RuleInfo {
    code: "KH6004",
    slug: "not-nfc",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Chữ lưu ở dạng Unicode tổ hợp (NFD), không phải dựng sẵn (NFC)",
    summary_en: "Text in decomposed Unicode (NFD), not composed (NFC)",
};

impl Rule for NotNfc {
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
    let spans = nfd_spans(body);
    let Some(first) = spans.first() else {
        return;
    };
    let count = spans.len();
    let shown = to_nfc(body.get(first.clone()).unwrap_or(""));
    let edit = Edit {
        path: path().into(),
        range: None,
        insert: to_nfc(body).into_owned(),
    };
    checker.report(
        Finding::new(
            path(),
            text(
                format!("{count} chữ (đầu tiên là \"{shown}\") được lưu ở dạng Unicode tổ hợp (NFD): trông như thường nhưng làm sai việc tìm kiếm và so khớp."),
                format!("{count} letter(s) (the first is \"{shown}\") are stored decomposed (NFD): they look normal but break searching and matching."),
            ),
        )
        .range(Range::from_bytes(body, first.start, first.end))
        .help(text(
            "Chuyển văn bản sang Unicode dựng sẵn (NFC); nội dung hiển thị không đổi.",
            "Convert the text to composed Unicode (NFC); nothing visible changes.",
        ))
        .fix(text("Chuyển sang NFC", "Convert to NFC"), vec![edit]),
    );
}
