//! KH4005 `citation-after-plan-date`
//!
//! **What**: a cited document dated after the plan itself — in a legal basis,
//! the parent plan, or a citation written in the text. The document's date is
//! the one the citation writes, or for a known document without a written
//! date, its date of issue. A draft's partial date counts as its last possible
//! day ("tháng 01 năm 2025" → 31/01/2025), so a blank day never causes it.
//!
//! **Why**: a plan can only rest on, or implement, documents issued before it
//! (FACTS.md §1: "a cited document must be issued before the plan's date"); a
//! later date is a typo in the citation or in the plan's date, or a plan
//! copied forward from a draft that cited a document not yet issued.
//!
//! **Wrong**: `"date": {"day": 21, "month": 1, "year": 2025}, "parent_plan": {"kind": "Kế hoạch", "number": "148/KH-UBND", "date": "15/01/2026", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh"}`
//!
//! **Right**: `"date": {"day": 21, "month": 1, "year": 2025}, "parent_plan": {"kind": "Kế hoạch", "number": "148/KH-UBND", "date": "15/01/2025", "issuer": "Chủ tịch Ủy ban nhân dân tỉnh"}`

use super::cited::{self, Cited};
use super::plan_date::PlanDate;
use crate::diagnostic::Severity;
use crate::model::{ItemRef, Plan};
use crate::rules::format::numeric_date;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH4005.
pub struct IssuedAfterPlan;

static INFO: RuleInfo = RuleInfo {
    code: "KH4005",
    slug: "citation-after-plan-date",
    severity: Severity::Error,
    fix: None,
    summary_vi: "Văn bản được trích dẫn ban hành sau ngày của kế hoạch",
    summary_en: "Cited document dated after the plan",
};

impl Rule for IssuedAfterPlan {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let Some(plan_date) = PlanDate::of(plan) else {
            return;
        };
        for citation in cited::structured(plan) {
            check(&citation, plan_date, checker);
        }
        cited::plan_texts(plan, |body, path| {
            for citation in cited::written(body, path) {
                check(&citation, plan_date, checker);
            }
        });
    }

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(plan_date) = PlanDate::of(plan) else {
            return;
        };
        cited::item_texts(entry, |body, path| {
            for citation in cited::written(body, path) {
                check(&citation, plan_date, checker);
            }
        });
    }
}

fn check(citation: &Cited<'_>, plan_date: PlanDate, checker: &mut Checker<'_>) {
    let written = citation.date.and_then(|parts| parts.to_date());
    let known = || {
        checker
            .ctx
            .reference
            .documents
            .find(&citation.number)
            .and_then(|doc| doc.issued)
    };
    let (issued, field) = match written {
        Some(date) => (date, "date"),
        None => match known() {
            Some(date) => (date, "number"),
            None => return,
        },
    };
    if issued <= plan_date.latest {
        return;
    }
    let label = citation.label();
    let shown = numeric_date(issued);
    let (plan_vi, plan_en) = plan_date.describe();
    let mut finding = Finding::new(
        citation.path(field),
        text(
            format!("{label} ban hành ngày {shown}, sau ngày của kế hoạch ({plan_vi})."),
            format!("{label} is dated {shown}, after the plan itself ({plan_en})."),
        ),
    )
    .help(text(
        "Kế hoạch chỉ căn cứ vào văn bản đã ban hành trước nó: kiểm tra lại ngày của văn bản được trích dẫn hoặc ngày của kế hoạch.",
        "A plan can only rest on documents issued before it: check the cited document's date or the plan's.",
    ));
    finding.range = citation.range();
    checker.report(finding);
}
