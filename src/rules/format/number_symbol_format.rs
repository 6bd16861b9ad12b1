//! KH5002 `number-symbol-format`
//!
//! **What**: the plan's own "Số: 12/KH-UBND" written against the convention:
//! a number below 10 without its leading zero ("Số: 5/KH-UBND"), a number
//! with a needless zero ("012") or with spaces, a symbol whose groups are
//! separated by anything but "-" ("KH/UBND", "KH - UBND", "KH_UBND"), or a
//! type abbreviation in the wrong case ("Kh-UBND"). A blank number is a
//! placeholder (KH5007); a wrong type abbreviation is KH5003.
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I: the number is written in
//! Arabic numerals with a leading 0 below 10, "/" stands between number and
//! symbol, "-" between the groups of the symbol, with no spaces (FACTS.md §3).
//!
//! **Wrong**: `"number": {"number": "5", "symbol": "KH/UBND"}`
//!
//! **Right**: `"number": {"number": "05", "symbol": "KH-UBND"}`

use super::symbol::groups;
use crate::diagnostic::{Edit, FixSafety, Severity};
use crate::model::{Plan, Pointer};
use crate::reference::format::Format;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH5002.
pub struct NumberSymbolFormat;

static INFO: RuleInfo = RuleInfo {
    code: "KH5002",
    slug: "number-symbol-format",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Số, ký hiệu của kế hoạch viết sai quy cách",
    summary_en: "The plan's number or symbol written against the convention",
};

impl Rule for NumberSymbolFormat {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let number = plan.number.number.trim();
        if !number.is_empty() {
            check_number(&plan.number.number, checker);
        }
        check_symbol(&plan.number.symbol, &checker.ctx.reference.format, checker);
    }
}

fn check_number(written: &str, checker: &mut Checker<'_>) {
    let digits: String = written.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        let finding = Finding::new(
            Pointer::root().key("number").key("number"),
            text(
                format!("Số văn bản \"{}\" phải là chữ số Ả Rập.", written.trim()),
                format!(
                    "The number \"{}\" must be written in Arabic numerals.",
                    written.trim()
                ),
            ),
        );
        checker.report(finding.help(help()));
        return;
    }
    let value = digits.trim_start_matches('0');
    if value.is_empty() {
        return;
    }
    let right = if value.len() == 1 {
        format!("0{value}")
    } else {
        value.to_string()
    };
    if right == written {
        return;
    }
    let why = if written.contains(char::is_whitespace) {
        ("có dấu cách", "it contains spaces")
    } else if value.len() == 1 {
        (
            "số nhỏ hơn 10 phải có số 0 ở đầu",
            "a number below 10 takes a leading 0",
        )
    } else {
        ("thừa số 0 ở đầu", "a needless leading 0")
    };
    report(
        Pointer::root().key("number").key("number"),
        written,
        &right,
        why,
        checker,
    );
}

fn check_symbol(written: &str, format: &Format, checker: &mut Checker<'_>) {
    let parts = groups(written);
    let Some(&(first_start, first_end)) = parts.first() else {
        return;
    };
    let first = written.get(first_start..first_end).unwrap_or("");
    let first = format
        .official(first)
        .map_or(first, |abbreviation| abbreviation.abbr.as_str());
    let mut right = first.to_string();
    for &(start, end) in parts.iter().skip(1) {
        right.push('-');
        right.push_str(written.get(start..end).unwrap_or(""));
    }
    if right == written {
        return;
    }
    let why = if written.trim() != written || written.contains(' ') {
        ("có dấu cách", "it contains spaces")
    } else if written.get(first_start..first_end) != Some(first) {
        (
            "chữ viết tắt tên loại viết sai chữ hoa, chữ thường",
            "the type abbreviation is in the wrong case",
        )
    } else {
        (
            "các nhóm chữ phải nối bằng dấu \"-\"",
            "groups must be joined by \"-\"",
        )
    };
    report(
        Pointer::root().key("number").key("symbol"),
        written,
        &right,
        why,
        checker,
    );
}

fn report(path: Pointer, written: &str, right: &str, why: (&str, &str), checker: &mut Checker<'_>) {
    let edit = Edit {
        path: path.as_str().to_string(),
        range: None,
        insert: right.to_string(),
    };
    let finding = Finding::new(
        path,
        text(
            format!(
                "\"{}\" viết sai quy cách ({}); viết đúng là \"{right}\".",
                written.trim(),
                why.0
            ),
            format!(
                "\"{}\" is malformed ({}); write \"{right}\".",
                written.trim(),
                why.1
            ),
        ),
    )
    .help(help())
    .fix(
        text(
            format!("Viết thành \"{right}\""),
            format!("Write \"{right}\""),
        ),
        vec![edit],
    );
    checker.report(finding);
}

fn help() -> crate::rules::Text {
    text(
        "Số văn bản viết bằng chữ số Ả Rập, dưới 10 thì thêm số 0 ở đầu; giữa số và ký hiệu là \"/\", giữa các nhóm chữ của ký hiệu là \"-\", không có dấu cách: \"Số: 05/KH-UBND\" (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        "The number is in Arabic numerals with a leading 0 below 10; \"/\" between number and symbol, \"-\" between the groups of the symbol, no spaces: \"Số: 05/KH-UBND\" (Decree 30/2020, Appendix I).",
    )
}
