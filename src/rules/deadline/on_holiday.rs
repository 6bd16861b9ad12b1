//! KH3006 `deadline-on-holiday`
//!
//! **What**: a deadline names a working weekday that is a day off: a public
//! holiday of Bộ luật Lao động 2019 Điều 112 (Tết Dương lịch, the five days of
//! Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 01/5, Quốc khánh and its adjacent
//! day), its compensatory day (nghỉ bù), or a day off the government swapped
//! for a working Saturday. The message names the holiday. Deadlines and
//! cut-off dates in an item's text are read as in KH3005, "trước ngày X" is
//! judged by X as there, and weekend days are left to it.
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

use super::day_off::{check_days, show};
use crate::diagnostic::{FixSafety, Severity};
use crate::model::{ItemRef, Plan};
use crate::reference::documents::Confidence;
use crate::reference::holidays::is_weekend;
use crate::rules::{Checker, Rule, RuleInfo};
use chrono::NaiveDate;

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

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let holidays = &checker.ctx.reference.holidays;
        let closed = |date: NaiveDate| {
            if is_weekend(date) {
                return None;
            }
            let holiday = holidays.holiday_on(date)?;
            let (note_vi, note_en) = match holiday.confidence {
                Confidence::Confirmed => ("", ""),
                Confidence::Likely | Confidence::Open => (
                    " (ngày nghỉ này chưa được xác nhận chính thức)",
                    " (this day off is not officially confirmed)",
                ),
            };
            let shown = show(date);
            Some((
                format!("ngày nghỉ {} ({shown}){note_vi}", holiday.name_vi),
                format!("a day off: {} ({shown}){note_en}", holiday.name_en),
            ))
        };
        check_days(plan, entry, checker, &closed);
    }
}
