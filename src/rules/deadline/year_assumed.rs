//! KH3007 `deadline-year-assumed`
//!
//! **What**: a deadline gives a day and month but no year ("trước ngày 15/12",
//! "chậm nhất ngày 10 tháng 12"); kehoach reads it in the plan year and says
//! so. The fix writes that year in.
//!
//! **Why**: Nghị định 30/2020 asks for dates in full; a yearless date is clear
//! while the plan is read as a whole, but not once a task is copied into a
//! unit's own plan or a reminder, nor for a report due early the next year.
//! Information only.
//!
//! **Wrong**: plan year 2025, `"deadline": "trước ngày 15/12"`
//!
//! **Right**: plan year 2025, `"deadline": "trước ngày 15/12/2025"`

use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::time::date::find_day_month;
use crate::time::Timeframe;
use chrono::Datelike;

/// KH3007.
pub struct YearAssumed;

static INFO: RuleInfo = RuleInfo {
    code: "KH3007",
    slug: "deadline-year-assumed",
    severity: Severity::Info,
    fix: Some(FixSafety::Safe),
    summary_vi: "Thời hạn không ghi năm, hiểu là năm kế hoạch",
    summary_en: "Deadline date without a year; the plan year is assumed",
};

impl Rule for YearAssumed {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let year = match entry.deadline() {
            Some(Ok(
                Timeframe::OnDate {
                    date,
                    year_assumed: true,
                }
                | Timeframe::ByDate {
                    date,
                    year_assumed: true,
                    ..
                },
            )) => date.year(),
            _ => return,
        };
        let Some(activity) = &entry.item.activity else {
            return;
        };
        let written = activity.deadline.as_str();
        let path = entry.path.key("activity").key("deadline");
        let deadline = written.trim();
        let mut finding = Finding::new(
            path.clone(),
            text(
                format!("Thời hạn \"{deadline}\" không ghi năm; được hiểu là năm kế hoạch {year}."),
                format!(
                    "The deadline \"{deadline}\" has no year; the plan year {year} is assumed."
                ),
            ),
        )
        .help(text(
            format!("Ghi đủ ngày, tháng, năm {year}."),
            format!("Write the day, month and year {year} in full."),
        ));
        match find_day_month(written) {
            Some((start, day_month)) => {
                let end = start + day_month.len;
                finding = finding.range(Range::from_bytes(written, start, end)).fix(
                    text(format!("Thêm năm {year}"), format!("Add the year {year}")),
                    vec![Edit {
                        path: path.into(),
                        range: Some(Range::from_bytes(written, end, end)),
                        insert: day_month.year_suffix(year),
                    }],
                );
            }
            None => finding = finding.range(Range::whole(written)),
        }
        checker.report(finding);
    }
}
