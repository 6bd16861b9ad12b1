//! KH3004 `deadline-before-plan-date`
//!
//! **What**: an activity's deadline ends before the plan is issued: "Quý I năm
//! 2025" in a plan dated 15/04/2025, "trước ngày 29/02/2024" in a plan dated
//! 05/3/2024. A partly written date (a draft's "ngày … tháng 4 năm 2025") is
//! judged by its earliest possible day, so only certain cases are reported.
//!
//! **Why**: a plan organises work from its date on; a task due before the
//! plan exists cannot be done on its terms. Usually the deadline was copied
//! from an earlier plan, or the plan was issued late. Where the item records
//! work already done, suppress the rule for it with a reason.
//!
//! **Wrong**: plan dated 15/04/2025, `"deadline": "Quý I năm 2025"`
//!
//! **Right**: plan dated 15/04/2025, `"deadline": "Quý II năm 2025"`

use super::day_off::show;
use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH3004.
pub struct BeforePlanDate;

static INFO: RuleInfo = RuleInfo {
    code: "KH3004",
    slug: "deadline-before-plan-date",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Thời hạn kết thúc trước ngày ban hành kế hoạch",
    summary_en: "Deadline ends before the plan's own date",
};

impl Rule for BeforePlanDate {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some((issued, _)) = plan.date.bounds() else {
            return;
        };
        let Some((_, last)) = entry
            .deadline()
            .and_then(|parsed| parsed.as_ref().ok())
            .and_then(|timeframe| timeframe.interval())
        else {
            return;
        };
        let Some(activity) = entry.item.activity.as_ref().filter(|_| last < issued) else {
            return;
        };
        let deadline = activity.deadline.trim();
        let (last, issued) = (show(last), show(issued));
        let (plan_vi, plan_en) = match plan.date.to_date() {
            Some(_) => (format!("ngày {issued}"), issued.clone()),
            None => (
                format!("sớm nhất ngày {issued}"),
                format!("{issued} at the earliest"),
            ),
        };
        checker.report(
            Finding::new(
                entry.path.key("activity").key("deadline"),
                text(
                    format!("Thời hạn \"{deadline}\" kết thúc ngày {last}, trước khi kế hoạch được ban hành ({plan_vi})."),
                    format!("The deadline \"{deadline}\" ends on {last}, before the plan is issued ({plan_en})."),
                ),
            )
            .range(Range::whole(&activity.deadline))
            .help(text(
                "Đặt thời hạn sau ngày ban hành, hoặc ghi lý do nếu mục này ghi lại việc đã làm.",
                "Set a deadline after the plan's date, or record why if the item reports work already done.",
            )),
        );
    }
}
