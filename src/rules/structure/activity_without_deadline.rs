//! KH1005 `activity-without-deadline`
//!
//! **What**: an activity whose deadline ("thời hạn", "thời gian thực hiện") is
//! blank.
//!
//! **Why**: a plan says what is done, by whom and by when; seed 003 states
//! it as a requirement of the plan itself ("Xác định cụ thể nội dung công
//! việc, thời hạn hoàn thành và trách nhiệm"), and the plan article of
//! Nghị định 59/2012/NĐ-CP (added by Nghị định 32/2020/NĐ-CP; Nghị định
//! 80/2025/NĐ-CP from 01/4/2025) asks for the time of the activities [likely:
//! the article's wording is not checked here]. A task without a time cannot
//! be followed up, and no deadline rule can check it. It is a warning, not
//! an error: plans sometimes give one time for a group of activities in the
//! item above them or in the reporting part, which a check of one item
//! cannot see.
//!
//! **Wrong**: `"activity": {"lead": ["Sở Tư pháp"], "deadline": ""}`
//!
//! **Right**: `"activity": {"lead": ["Sở Tư pháp"], "deadline": "Quý III, quý IV năm 2025"}`

use crate::diagnostic::Severity;
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH1005.
pub struct ActivityWithoutDeadline;

static INFO: RuleInfo = RuleInfo {
    code: "KH1005",
    slug: "activity-without-deadline",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Hoạt động chưa có thời hạn",
    summary_en: "Activity without a deadline",
};

impl Rule for ActivityWithoutDeadline {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(activity) = &entry.item.activity else {
            return;
        };
        if !activity.deadline.trim().is_empty() {
            return;
        }
        checker.report(
            Finding::new(
                entry.path.key("activity").key("deadline"),
                text(
                    "Hoạt động chưa có thời hạn thực hiện.",
                    "The activity has no deadline.",
                ),
            )
            .help(text(
                "Ghi thời hạn hoặc thời gian thực hiện, ví dụ \"Quý II năm 2025\", \"Thường xuyên trong năm\", \"Trước ngày 03/12/2025\".",
                "Give a deadline or period, e.g. \"Quý II năm 2025\", \"Thường xuyên trong năm\", \"Trước ngày 03/12/2025\".",
            )),
        );
    }
}
