//! KH3005 `deadline-on-weekend`
//!
//! **What**: a deadline names a Saturday or a Sunday: "chậm nhất ngày
//! 15/11/2025", "ngày 16/11/2025", "trước ngày 16/11/2025" — in an activity's
//! deadline, or after a cut-off word in an item's text ("… gửi về Sở Tư pháp
//! chậm nhất ngày 15/11/2025 để tổng hợp …"). For "trước ngày X"
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

use super::day_off::{check_days, show, weekday_name};
use crate::diagnostic::{FixSafety, Severity};
use crate::model::{ItemRef, Plan};
use crate::reference::holidays::is_weekend;
use crate::rules::{Checker, Rule, RuleInfo};
use chrono::NaiveDate;

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

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let holidays = &checker.ctx.reference.holidays;
        let closed = |date: NaiveDate| {
            if !is_weekend(date) {
                return None;
            }
            let (day_vi, day_en) = weekday_name(date);
            let shown = show(date);
            let (within_vi, within_en) = match holidays.break_on(date) {
                Some(period) => (
                    format!(", trong {}", period.name_vi),
                    format!(", during {}", period.name_en),
                ),
                None => (String::new(), String::new()),
            };
            Some((
                format!("{day_vi} ({shown}{within_vi}), ngày nghỉ cuối tuần"),
                format!("a {day_en} ({shown}{within_en}), a weekend day"),
            ))
        };
        check_days(plan, entry, checker, &closed);
    }
}
