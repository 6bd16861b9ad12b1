//! KH3001 `invalid-calendar-date`
//!
//! **What**: a date that does not exist — 31/04/2025, 29/02/2025, 00/01/2025,
//! month 13 — in a deadline, a cited document's date, the plan's own date, or
//! the text of an item ("gửi Sở Tư pháp trước ngày 31/11/2025").
//!
//! **Why**: an impossible date is a typo that leaves a task with no deadline at
//! all; calendars, reminders and reports cannot be built from it.
//!
//! **Wrong**: `"deadline": "trước ngày 31/04/2025"`
//!
//! **Right**: `"deadline": "trước ngày 29/04/2025"`

use crate::diagnostic::{Range, Severity};
use crate::model::{Citation, ItemRef, Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::memo::{memoized, TextMemo};
use crate::time::{find_dates, month_end, parse_date, DateParts, DeadlineErrorKind};
use chrono::Datelike;
use std::cell::RefCell;

/// KH3001.
pub struct InvalidCalendarDate;

static INFO: RuleInfo = RuleInfo {
    code: "KH3001",
    slug: "invalid-calendar-date",
    severity: Severity::Error,
    fix: None,
    summary_vi: "Ngày không có trong lịch",
    summary_en: "Date that does not exist",
};

impl Rule for InvalidCalendarDate {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let date = plan.date;
        if let (Some(day), Some(month), Some(year)) = (date.day, date.month, date.year) {
            let parts = DateParts { day, month, year };
            if parts.to_date().is_none() {
                checker.report(finding(Pointer::root().key("date"), None, parts));
            }
        }
        for (i, citation) in plan.legal_bases.iter().enumerate() {
            check_citation(
                citation,
                Pointer::root().key("legal_bases").index(i),
                checker,
            );
        }
        if let Some(parent) = &plan.parent_plan {
            check_citation(parent, Pointer::root().key("parent_plan"), checker);
        }
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let item = entry.item;
        check_text(&item.heading, || entry.path.key("heading"), checker);
        for (p, paragraph) in item.paragraphs.iter().enumerate() {
            check_text(paragraph, || entry.path.key("paragraphs").index(p), checker);
        }
        let Some(activity) = &item.activity else {
            return;
        };
        let Some(Err(err)) = entry.deadline() else {
            return;
        };
        let range = Range::from_bytes(&activity.deadline, err.span.start, err.span.end);
        let path = entry.path.key("activity").key("deadline");
        match err.kind {
            DeadlineErrorKind::InvalidDate(parts) => {
                checker.report(finding(path, Some(range), parts));
            }
            DeadlineErrorKind::NoSuchMonth(month) => checker.report(
                Finding::new(
                    path,
                    text(
                        format!("Không có tháng {month}: một năm chỉ có 12 tháng."),
                        format!("There is no month {month}: a year has 12 months."),
                    ),
                )
                .range(range)
                .help(help()),
            ),
            _ => {}
        }
    }
}

fn check_citation(citation: &Citation, path: Pointer, checker: &mut Checker<'_>) {
    if let Some(parts) = parse_date(&citation.date) {
        if parts.to_date().is_none() {
            checker.report(finding(
                path.key("date"),
                Some(Range::whole(&citation.date)),
                parts,
            ));
        }
    }
}

/// Dates found in a text, with their byte spans.
type FoundDates = Vec<(std::ops::Range<usize>, DateParts)>;

/// Reports impossible dates in free text; the pointer is built only for a finding.
fn check_text(body: &str, path: impl Fn() -> Pointer, checker: &mut Checker<'_>) {
    thread_local! {
        static DATES: RefCell<TextMemo<FoundDates, ()>> = RefCell::default();
    }
    let found = memoized(&DATES, body, (), find_dates);
    for (span, parts) in found.iter().cloned() {
        if parts.to_date().is_none() {
            let range = Range::from_bytes(body, span.start, span.end);
            checker.report(finding(path(), Some(range), parts));
        }
    }
}

fn finding(path: Pointer, range: Option<Range>, parts: DateParts) -> Finding {
    let shown = parts.display();
    let (why_vi, why_en) = explain(parts);
    let mut finding = Finding::new(
        path,
        text(
            format!("Ngày {shown} không có trong lịch: {why_vi}."),
            format!("{shown} is not a calendar date: {why_en}."),
        ),
    )
    .help(help());
    finding.range = range;
    finding
}

fn help() -> crate::rules::Text {
    text(
        "Kiểm tra lại ngày, tháng, năm (định dạng ngày/tháng/năm).",
        "Check the day, month and year (written day/month/year).",
    )
}

fn explain(parts: DateParts) -> (String, String) {
    let DateParts { day, month, year } = parts;
    if !(1..=12).contains(&month) {
        return (
            format!("không có tháng {month}"),
            format!("there is no month {month}"),
        );
    }
    let last = days_in_month(year, month);
    if day == 0 {
        return ("không có ngày 0".into(), "there is no day 0".into());
    }
    if month == 2 && day == 29 {
        return (
            format!("năm {year} không phải năm nhuận, tháng 02 chỉ có 28 ngày"),
            format!("{year} is not a leap year; February has 28 days"),
        );
    }
    (
        format!("tháng {month} năm {year} chỉ có {last} ngày"),
        format!("month {month} of {year} has only {last} days"),
    )
}

fn days_in_month(year: i32, month: u32) -> u32 {
    month_end(year, month).map_or(31, |d| d.day())
}

#[cfg(test)]
mod tests {
    use crate::rules::deadline::findings_for_deadline;

    fn with_deadline(deadline: &str) -> Vec<(String, String)> {
        findings_for_deadline(deadline, "KH3001")
            .into_iter()
            .map(|d| (d.path, d.message))
            .collect()
    }

    #[test]
    fn reports_impossible_dates_and_months() {
        assert!(with_deadline("29/02/2025")[0]
            .1
            .contains("không phải năm nhuận"));
        assert!(with_deadline("Trong tháng 13 năm 2025")[0]
            .1
            .contains("Không có tháng 13"));
        assert!(with_deadline("00/01/2025")[0].1.contains("không có ngày 0"));
        assert!(with_deadline("29/02/2024").is_empty());
        assert!(with_deadline("Quý III, quý IV năm 2025").is_empty());
    }
}
