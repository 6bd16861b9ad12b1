//! KH3005 `deadline-on-weekend`
//!
//! **What**: a deadline names a Saturday or a Sunday: "chậm nhất ngày
//! 15/11/2025", "ngày 16/11/2025", "trước ngày 16/11/2025". For "trước ngày X"
//! the day checked is X, the first day that is too late: a cut-off on a Monday
//! ("trước ngày 25/11/2024") plainly means "by the end of the week before" and
//! is not reported, while one on a weekend leaves the hand-over unclear. When
//! the weekend lies in a decided break (Tết 2025: 25/01–02/02) the message
//! names the break.
//!
//! **Why**: offices do not receive documents at the weekend, so the real last
//! day is the working day before; a weekend date is usually a miscounted
//! calendar. A warning, not an error (FACTS.md §5): the date still exists.
//!
//! **Wrong**: `"deadline": "chậm nhất ngày 15/11/2025"` (a Saturday)
//!
//! **Right**: `"deadline": "chậm nhất ngày 14/11/2025"`

use super::day_off::{finding, item_named_day, weekday_name};
use crate::diagnostic::{FixSafety, Severity};
use crate::model::{ItemRef, Plan};
use crate::reference::holidays::is_weekend;
use crate::rules::{text, Checker, Rule, RuleInfo};

/// KH3005.
pub struct OnWeekend;

static INFO: RuleInfo = RuleInfo {
    code: "KH3005",
    slug: "deadline-on-weekend",
    severity: Severity::Warning,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Thời hạn rơi vào thứ Bảy, Chủ nhật",
    summary_en: "Deadline on a Saturday or Sunday",
};

impl Rule for OnWeekend {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(named) = item_named_day(entry).filter(|(date, _)| is_weekend(*date)) else {
            return;
        };
        let Some(activity) = &entry.item.activity else {
            return;
        };
        let holidays = &checker.ctx.reference.holidays;
        let date = named.0;
        let (day_vi, day_en) = weekday_name(date);
        let shown = super::day_off::show(date);
        let (within_vi, within_en) = match holidays.break_on(date) {
            Some(period) => (
                format!(", trong {}", period.name_vi),
                format!(", during {}", period.name_en),
            ),
            None => (String::new(), String::new()),
        };
        let deadline = activity.deadline.trim();
        let message = text(
            format!("Thời hạn \"{deadline}\" rơi vào {day_vi} ({shown}{within_vi}), ngày nghỉ cuối tuần."),
            format!("The deadline \"{deadline}\" falls on a {day_en} ({shown}{within_en}), a weekend day."),
        );
        checker.report(finding(entry, &activity.deadline, named, message, holidays));
    }
}
