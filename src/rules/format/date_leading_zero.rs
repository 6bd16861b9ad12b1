//! KH5001 `date-leading-zero`
//!
//! **What**: a date written without the leading zero Nghị định 30/2020 asks
//! for, or with one it does not: days below 10 and the months 1 and 2 take a
//! zero ("05", "01", "02"), the months 3 to 12 do not ("tháng 03" is wrong).
//! Checked in the dates of legal bases and the parent plan, and in dates
//! written out in words ("ngày 5 tháng 3 năm 2025") in the plan's text and
//! footnotes. Dates written with slashes in running text and deadlines are
//! left alone: the decree's rule is about the written-out form.
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I (place and date of issue):
//! "ngày 05 tháng 3", "ngày 28 tháng 02" (FACTS.md §3).
//!
//! **Wrong**: `"paragraphs": ["Tổ chức hội nghị tập huấn vào ngày 5 tháng 03 năm 2025."]`
//!
//! **Right**: `"paragraphs": ["Tổ chức hội nghị tập huấn vào ngày 05 tháng 3 năm 2025."]`

use super::{day_text, month_text};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::rules::text::fields::{item_fields, plan_fields, FieldKind};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::time::{find_dates, DateParts};

/// KH5001.
pub struct DateLeadingZero;

static INFO: RuleInfo = RuleInfo {
    code: "KH5001",
    slug: "date-leading-zero",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Ngày, tháng viết thiếu hoặc thừa số 0 ở đầu",
    summary_en: "Day or month with a missing or extra leading zero",
};

impl Rule for DateLeadingZero {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let parent = plan
            .parent_plan
            .iter()
            .map(|c| (Pointer::root().key("parent_plan"), c));
        let bases = plan
            .legal_bases
            .iter()
            .enumerate()
            .map(|(i, c)| (Pointer::root().key("legal_bases").index(i), c));
        for (at, citation) in bases.chain(parent) {
            check_text(&citation.date, false, &|| at.key("date"), checker);
        }
        plan_fields(plan, &mut |body, kind, path| {
            if matches!(kind, FieldKind::Prose | FieldKind::Footnote) {
                check_text(body, true, path, checker);
            }
        });
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        item_fields(entry, &mut |body, kind, path| {
            if kind == FieldKind::Prose {
                check_text(body, true, path, checker);
            }
        });
    }
}

/// Checks the dates in `body`; `worded_only` skips dates written with separators.
fn check_text(
    body: &str,
    worded_only: bool,
    path: &dyn Fn() -> Pointer,
    checker: &mut Checker<'_>,
) {
    if worded_only && !body.contains("tháng") && !body.contains("Tháng") {
        return;
    }
    for (span, parts) in find_dates(body) {
        let Some(written) = body.get(span.clone()) else {
            continue;
        };
        let worded = written
            .bytes()
            .any(|b| b.is_ascii_alphabetic() || b >= 0x80);
        if (worded_only && !worded) || parts.to_date().is_none() {
            continue;
        }
        check_date(body, span.start, written, parts, path, checker);
    }
}

fn check_date(
    body: &str,
    offset: usize,
    written: &str,
    parts: DateParts,
    path: &dyn Fn() -> Pointer,
    checker: &mut Checker<'_>,
) {
    let runs = digit_runs(written);
    let (Some(&day), Some(&month)) = (runs.first(), runs.get(1)) else {
        return;
    };
    let wanted = [(day, day_text(parts.day)), (month, month_text(parts.month))];
    let changes: Vec<_> = wanted
        .into_iter()
        .filter(|((start, end), right)| written.get(*start..*end) != Some(right.as_str()))
        .collect();
    if changes.is_empty() {
        return;
    }
    let mut right = written.to_string();
    for ((start, end), value) in changes.iter().rev() {
        right.replace_range(*start..*end, value);
    }
    let edits = changes
        .iter()
        .map(|((start, end), value)| Edit {
            path: path().into(),
            range: Some(Range::from_bytes(body, offset + start, offset + end)),
            insert: value.clone(),
        })
        .collect();
    let finding = Finding::new(
        path(),
        text(
            format!("Ngày \"{written}\" viết sai số 0 ở đầu; viết đúng là \"{right}\"."),
            format!("The date \"{written}\" has a wrong leading zero; write \"{right}\"."),
        ),
    )
    .range(Range::from_bytes(body, offset, offset + written.len()))
    .help(text(
        "Ngày dưới 10 và tháng 1, 2 viết thêm số 0 ở đầu (05, 01, 02); các tháng từ 3 đến 12 thì không (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        "Days below 10 and the months 1 and 2 take a leading zero (05, 01, 02); months 3 to 12 do not (Decree 30/2020, Appendix I).",
    ))
    .fix(text(format!("Viết thành \"{right}\""), format!("Write \"{right}\"")), edits);
    checker.report(finding);
}

/// Byte ranges of the runs of ASCII digits in `s`.
fn digit_runs(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut runs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes.get(i).is_some_and(u8::is_ascii_digit) {
            let start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    runs
}
