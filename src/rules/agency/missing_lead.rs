//! KH2001 `activity-without-lead`
//!
//! **What**: an activity with no lead agency ("chủ trì" / "thực hiện"), and
//! no agency named in its text either (that milder case is KH2008).
//!
//! **Why**: every task in a plan must name exactly who is answerable for it;
//! a task with partners but no lead is the classic way work falls between
//! agencies, and the reviewer cannot follow it up.
//!
//! **Wrong**: `"activity": {"lead": [], "partners": ["Sở Nội vụ"], "deadline": "Quý II năm 2025"}`
//!
//! **Right**: `"activity": {"lead": ["Sở Tư pháp"], "partners": ["Sở Nội vụ"], "deadline": "Quý II năm 2025"}`

use super::lead_in_text::{lead_is_blank, names_an_agency};
use crate::diagnostic::Severity;
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH2001.
pub struct MissingLead;

static INFO: RuleInfo = RuleInfo {
    code: "KH2001",
    slug: "activity-without-lead",
    severity: Severity::Error,
    fix: None,
    summary_vi: "Hoạt động chưa có cơ quan chủ trì",
    summary_en: "Activity without a lead agency",
};

impl Rule for MissingLead {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn reads_sub_items(&self) -> bool {
        true
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        // A lead written only in the prose is KH2008's milder finding.
        if lead_is_blank(entry.item) && !names_an_agency(entry.item) {
            checker.report(
                Finding::new(
                    entry.path.key("activity").key("lead"),
                    text(
                        "Hoạt động chưa có cơ quan chủ trì.",
                        "The activity has no lead agency.",
                    ),
                )
                .help(text(
                    "Ghi cơ quan chủ trì (hoặc cơ quan thực hiện) chịu trách nhiệm chính.",
                    "Name the lead agency answerable for the activity.",
                )),
            );
        }
    }
}
