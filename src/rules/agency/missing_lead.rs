//! KH2001 `activity-without-lead`
//!
//! **What**: an activity with no lead agency ("chủ trì" / "thực hiện").
//!
//! **Why**: every task in a plan must name exactly who is answerable for it;
//! a task with partners but no lead is the classic way work falls between
//! agencies, and the reviewer cannot follow it up.
//!
//! **Wrong**: `"activity": {"lead": [], "partners": ["Sở Nội vụ"], "deadline": "Quý II năm 2025"}`
//!
//! **Right**: `"activity": {"lead": ["Sở Tư pháp"], "partners": ["Sở Nội vụ"], "deadline": "Quý II năm 2025"}`

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

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(activity) = &entry.item.activity else {
            return;
        };
        if activity.lead.iter().all(|name| name.trim().is_empty()) {
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
