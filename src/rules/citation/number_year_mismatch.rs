//! KH4001 `citation-year-mismatch`
//!
//! **What**: the year inside a cited document's number differs from the year
//! of its date: "Nghị định số 59/2012/NĐ-CP ngày 23/7/2013".
//!
//! **Why**: Nghị định 30/2020/NĐ-CP (Phụ lục I) and the law on legal documents
//! put the year of issue into the number of a legal normative document, so the
//! two must agree; a mismatch means the number or the date was mistyped and the
//! citation points at the wrong document or none.
//!
//! **Wrong**: `{"kind": "Nghị định", "number": "59/2012/NĐ-CP", "date": "23/7/2013"}`
//!
//! **Right**: `{"kind": "Nghị định", "number": "59/2012/NĐ-CP", "date": "23/7/2012"}`

use crate::cite::parse_number;
use crate::diagnostic::Severity;
use crate::model::{Citation, Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::time::parse_date;

/// KH4001.
pub struct NumberYearMismatch;

static INFO: RuleInfo = RuleInfo {
    code: "KH4001",
    slug: "citation-year-mismatch",
    severity: Severity::Error,
    fix: None,
    summary_vi: "Năm trong số hiệu văn bản khác năm ban hành",
    summary_en: "Year in the document number differs from its date",
};

impl Rule for NumberYearMismatch {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        for (i, citation) in plan.legal_bases.iter().enumerate() {
            check(
                citation,
                Pointer::root().key("legal_bases").index(i),
                checker,
            );
        }
        if let Some(parent) = &plan.parent_plan {
            check(parent, Pointer::root().key("parent_plan"), checker);
        }
    }
}

fn check(citation: &Citation, path: Pointer, checker: &mut Checker<'_>) {
    let Some(number_year) = parse_number(&citation.number).and_then(|n| n.year) else {
        return;
    };
    let Some(date) = parse_date(&citation.date) else {
        return;
    };
    if date.year == number_year {
        return;
    }
    let number = citation.number.trim();
    let written = citation.date.trim();
    checker.report(
        Finding::new(
            path.key("number"),
            text(
                format!(
                    "Số hiệu \"{number}\" mang năm {number_year} nhưng ngày ban hành là {written} (năm {}).",
                    date.year
                ),
                format!(
                    "The number \"{number}\" carries the year {number_year} but the date is {written} ({}).",
                    date.year
                ),
            ),
        )
        .help(text(
            "Đối chiếu số hiệu và ngày ban hành với văn bản gốc.",
            "Check the number and the date against the original document.",
        )),
    );
}
