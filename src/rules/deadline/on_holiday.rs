//! KH3006 `deadline-on-holiday`
//!
//! **What**: a deadline names a working weekday that is a day off: a public
//! holiday of Bộ luật Lao động 2019 Điều 112 (Tết Dương lịch, the five days of
//! Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 01/5, Quốc khánh and its adjacent
//! day), its compensatory day (nghỉ bù), or a day off the government swapped
//! for a working Saturday. The message names the holiday. Weekend days are
//! left to KH3005; "trước ngày X" is judged by X, as there.
//!
//! **Why**: offices are closed, so nothing can be sent or received that day.
//! Lunar holidays are computed with the Vietnamese calendar (UTC+7); decided
//! days off and Ngày Văn hóa Việt Nam (24/11, from 2026) are data with a
//! confidence mark (FACTS.md §5), named as such in the message. A warning,
//! not an error.
//!
//! **Wrong**: `"deadline": "trước ngày 02/9/2025"` (Quốc khánh)
//!
//! **Right**: `"deadline": "trước ngày 29/8/2025"`

use super::day_off::{finding, item_named_day, show};
use crate::diagnostic::{FixSafety, Severity};
use crate::model::{ItemRef, Plan};
use crate::reference::documents::Confidence;
use crate::reference::holidays::is_weekend;
use crate::rules::{text, Checker, Rule, RuleInfo};

/// KH3006.
pub struct OnHoliday;

static INFO: RuleInfo = RuleInfo {
    code: "KH3006",
    slug: "deadline-on-holiday",
    severity: Severity::Warning,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Thời hạn rơi vào ngày nghỉ lễ, Tết",
    summary_en: "Deadline on a public holiday",
};

impl Rule for OnHoliday {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(named) = item_named_day(entry).filter(|(date, _)| !is_weekend(*date)) else {
            return;
        };
        let holidays = &checker.ctx.reference.holidays;
        let (Some(holiday), Some(activity)) = (holidays.holiday_on(named.0), &entry.item.activity)
        else {
            return;
        };
        let (note_vi, note_en) = match holiday.confidence {
            Confidence::Confirmed => ("", ""),
            Confidence::Likely | Confidence::Open => (
                " (ngày nghỉ này chưa được xác nhận chính thức)",
                " (this day off is not officially confirmed)",
            ),
        };
        let deadline = activity.deadline.trim();
        let shown = show(holiday.date);
        let message = text(
            format!(
                "Thời hạn \"{deadline}\" rơi vào ngày nghỉ {} ({shown}){note_vi}.",
                holiday.name_vi
            ),
            format!(
                "The deadline \"{deadline}\" falls on a day off: {} ({shown}){note_en}.",
                holiday.name_en
            ),
        );
        checker.report(finding(entry, &activity.deadline, named, message, holidays));
    }
}
