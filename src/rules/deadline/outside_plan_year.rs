//! KH3002 `deadline-outside-plan-year`
//!
//! **What**: an activity's deadline falls wholly before or after the year the
//! plan covers ("Năm 2024" or "Quý I năm 2026" in a 2025 plan).
//!
//! **Why**: a yearly plan organises the work of that year (Nghị định 59/2012
//! Art. 11a; Nghị định 80/2025); a deadline in another year is almost always
//! left over from last year's plan. Where it is intended (a report due early
//! next year), suppress the rule for that item with a reason.
//!
//! **Wrong**: plan year 2025, `"deadline": "Năm 2024"`
//!
//! **Right**: plan year 2025, `"deadline": "Trong năm 2025"`

use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use chrono::Datelike;

/// KH3002.
pub struct OutsidePlanYear;

static INFO: RuleInfo = RuleInfo {
    code: "KH3002",
    slug: "deadline-outside-plan-year",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Thời hạn nằm ngoài năm kế hoạch",
    summary_en: "Deadline outside the plan year",
};

impl Rule for OutsidePlanYear {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let (Some(year), Some(activity)) = (plan.effective_year(), &entry.item.activity) else {
            return;
        };
        let Some((start, end)) = entry
            .deadline()
            .and_then(|parsed| parsed.as_ref().ok())
            .and_then(|t| t.interval())
        else {
            return;
        };
        if end.year() >= year && start.year() <= year {
            return;
        }
        let shown = activity.deadline.trim();
        checker.report(
            Finding::new(
                entry.path.key("activity").key("deadline"),
                text(
                    format!("Thời hạn \"{shown}\" nằm ngoài năm kế hoạch {year}."),
                    format!("The deadline \"{shown}\" is outside the plan year {year}."),
                ),
            )
            .range(Range::whole(&activity.deadline))
            .help(text(
                format!("Đặt thời hạn trong năm {year}, hoặc ghi lý do nếu đây là chủ ý."),
                format!("Set a deadline within {year}, or record why this is intended."),
            )),
        );
    }
}
