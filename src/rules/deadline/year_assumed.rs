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

#[cfg(test)]
mod tests {
    use crate::rules::deadline::findings_for_deadline as findings;

    #[test]
    fn the_fix_writes_the_year_in_the_same_style() {
        let found = findings("Gửi Sở Tư pháp trước ngày 03/12.", "KH3007");
        let fix = found[0].fix.as_ref().unwrap();
        let edit = &fix.edits[0];
        assert_eq!(edit.insert, "/2025");
        assert_eq!(edit.range.map(|r| (r.start, r.end)), Some((31, 31)));
        let found = findings("chậm nhất ngày 10 tháng 12", "KH3007");
        assert_eq!(found[0].fix.as_ref().unwrap().edits[0].insert, " năm 2025");
        assert!(findings("trước ngày 03/12/2025", "KH3007").is_empty());
    }

    #[test]
    fn closed_days_are_moved_to_a_working_day() {
        let found = findings("chậm nhất **ngày 15/11/2025**", "KH3005");
        let edit = &found[0].fix.as_ref().unwrap().edits[0];
        assert_eq!(edit.insert, "14/11/2025");
        let found = findings("trước ngày 16/11", "KH3005");
        let edit = &found[0].fix.as_ref().unwrap().edits[0];
        assert_eq!(edit.insert, "17/11");
        assert!(findings("trước ngày 01/02/2025", "KH3006").is_empty());
        let found = findings("trước ngày 01/02/2025", "KH3005");
        assert!(
            found[0]
                .message
                .contains("thứ Bảy (01/02/2025, trong kỳ nghỉ Tết Nguyên đán Ất Tỵ)"),
            "{found:?}"
        );
        let found = findings("chậm nhất ngày 31/01/2025", "KH3006");
        assert!(
            found[0].message.contains("Tết Nguyên đán (mùng 3)"),
            "{found:?}"
        );
    }
}
