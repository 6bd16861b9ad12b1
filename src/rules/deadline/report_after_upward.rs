//! KH3008 `report-due-after-upward-report`
//!
//! **What**: reports that feed another report are due no earlier than it:
//! units send theirs to Sở Tư pháp "trước ngày 15/12/2025" while the province
//! must report to Bộ Tư pháp by 10/12/2025. A report due date is a date right
//! after "trước (ngày)", "chậm nhất (là) (ngày)", "không muộn hơn", "không
//! quá", in a sentence about a report ("báo cáo" in it, or in the item's
//! heading for a deadline field), sent to a receiver named before the date in
//! that sentence: Sở Tư pháp, then Ủy ban nhân dân tỉnh / thành phố, then Bộ
//! Tư pháp, each feeding the next. Every due date for a lower receiver must
//! end before the earliest one for a higher receiver. When the plan gives no
//! date for Bộ Tư pháp, the profile's reporting date for it is used (until
//! 31/3/2025: 10/12 of the plan year; after, only when set in the context).
//! Limits: the profile's date is compared only with reports due in the plan
//! year (a date in another year is a leftover that other rules report); only
//! the receivers above are recognised (not a ministry's own
//! units, not "Phòng Tư pháp"); "báo cáo UBND Thành phố (qua Sở Tư pháp)"
//! counts as a report to Sở Tư pháp (the receiver named last); dates in
//! tables or split across fields are not read; a plan-submission date ("Gửi
//! về Sở Tư pháp trước ngày 29/02/2024") is not a report and is left alone.
//!
//! **Why**: Sở Tư pháp needs the units' reports to compile the province's
//! (Nghị định 59/2012 Art. 11a, Thông tư 04/2021/TT-BTP): a unit deadline at
//! or after the upward one leaves no time, so the province's report is late
//! or incomplete.
//!
//! **Wrong**: a 2025 plan dated "tháng 01 năm 2025" whose organisation item
//! says "… gửi Sở Tư pháp tổng hợp trước ngày 15/12/2025."
//!
//! **Right**: the same item with "trước ngày 03/12/2025."

use super::cutoffs::{report_dues, Receiver, ReportDue};
use super::day_off::show;
use crate::diagnostic::{Range, Severity};
use crate::model::{Item, Plan, Pointer};
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo, Text};
use crate::time::Cutoff;
use chrono::{Datelike, NaiveDate};

/// KH3008.
pub struct ReportAfterUpward;

static INFO: RuleInfo = RuleInfo {
    code: "KH3008",
    slug: "report-due-after-upward-report",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Báo cáo của đơn vị đến hạn sau báo cáo cấp trên mà nó phục vụ",
    summary_en: "A unit's report is due after the report it feeds",
};

/// A due date found in one field of the plan.
struct Found<'a> {
    due: ReportDue,
    path: Pointer,
    text: &'a str,
}

/// The report a lower one is measured against.
struct Upward {
    receiver: Receiver,
    last: NaiveDate,
    written: Text,
}

impl Rule for ReportAfterUpward {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::OUTLINE
            .union(ItemFields::TEXT)
            .union(ItemFields::DEADLINES)
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let year = plan.effective_year();
        let found = collect(plan, year);
        if found.is_empty() {
            return;
        }
        let setting = year.and_then(|year| {
            let due = checker
                .ctx
                .reporting_dates(plan.profile, plan.date)
                .report_to_ministry?;
            let last = due.last_day_in(year)?;
            let named = show(due.named_in(year)?);
            let written = match due.cutoff {
                Cutoff::Before => text(
                    format!("trước ngày {named}, theo quy định"),
                    format!("before {named}, as required"),
                ),
                Cutoff::NoLaterThan => text(
                    format!("chậm nhất ngày {named}, theo quy định"),
                    format!("by {named}, as required"),
                ),
            };
            Some(Upward {
                receiver: Receiver::Ministry,
                last,
                written,
            })
        });
        for lower in &found {
            let Some(upward) = earliest_above(&found, &lower.due, setting.as_ref()) else {
                continue;
            };
            let Some(last) = lower.due.last_day().filter(|last| *last >= upward.last) else {
                continue;
            };
            checker.report(finding(lower, last, &upward));
        }
    }
}

/// Every report due date in the plan's sections.
fn collect(plan: &Plan, year: Option<i32>) -> Vec<Found<'_>> {
    let mut found = Vec::new();
    for (s, section) in plan.sections.iter().enumerate() {
        let base = Pointer::root().key("sections").index(s);
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            add(&mut found, paragraph, false, year, || {
                base.key("paragraphs").index(p)
            });
        }
    }
    for entry in plan.items() {
        let Item {
            heading,
            paragraphs,
            activity,
            ..
        } = entry.item;
        add(&mut found, heading, false, year, || {
            entry.path.key("heading")
        });
        for (p, paragraph) in paragraphs.iter().enumerate() {
            add(&mut found, paragraph, false, year, || {
                entry.path.key("paragraphs").index(p)
            });
        }
        if let Some(activity) = activity {
            let about_report = ["báo cáo", "Báo cáo", "BÁO CÁO"]
                .iter()
                .any(|word| heading.contains(word));
            add(&mut found, &activity.deadline, about_report, year, || {
                entry.path.key("activity").key("deadline")
            });
        }
    }
    found
}

fn add<'a>(
    found: &mut Vec<Found<'a>>,
    text: &'a str,
    about_report: bool,
    year: Option<i32>,
    path: impl Fn() -> Pointer,
) {
    for due in report_dues(text, about_report, year) {
        found.push(Found {
            due,
            path: path(),
            text,
        });
    }
}

/// The earliest report due to a receiver above `lower`'s: one the plan
/// writes, or else the profile's date for Bộ Tư pháp, for a report due in the
/// plan year (a date in another year is a leftover other rules report).
fn earliest_above(
    found: &[Found<'_>],
    lower: &ReportDue,
    setting: Option<&Upward>,
) -> Option<Upward> {
    let receiver = lower.receiver;
    let written = found
        .iter()
        .filter(|f| f.due.receiver > receiver)
        .filter_map(|f| Some((f.due.last_day()?, f)))
        .min_by_key(|(last, _)| *last)
        .map(|(last, f)| {
            let shown = f.text.get(f.due.span.clone()).unwrap_or_default();
            let (cut_vi, cut_en) = match f.due.cutoff {
                Cutoff::Before => ("trước ngày", "before"),
                Cutoff::NoLaterThan => ("chậm nhất ngày", "by"),
            };
            Upward {
                receiver: f.due.receiver,
                last,
                written: text(
                    format!("{cut_vi} {shown}, tại {}", f.path.as_str()),
                    format!("{cut_en} {shown}, at {}", f.path.as_str()),
                ),
            }
        });
    match (written, setting) {
        (Some(written), _) => Some(written),
        (None, Some(setting))
            if receiver < setting.receiver
                && lower.last_day().map(|d| d.year()) == Some(setting.last.year()) =>
        {
            Some(Upward {
                receiver: setting.receiver,
                last: setting.last,
                written: setting.written.clone(),
            })
        }
        _ => None,
    }
}

fn finding(lower: &Found<'_>, last: NaiveDate, upward: &Upward) -> Finding {
    let (to_vi, to_en) = lower.due.receiver.name();
    let (up_vi, up_en) = upward.receiver.name();
    let span = lower.due.span.clone();
    let shown = lower.text.get(span.clone()).unwrap_or_default();
    let last = show(last);
    Finding::new(
        lower.path.clone(),
        text(
            format!(
                "Báo cáo gửi {to_vi} hạn đến ngày {last} (\"{shown}\"), không sớm hơn hạn báo cáo {up_vi} mà nó phục vụ ({}).",
                upward.written.vi
            ),
            format!(
                "Reports to {to_en} are due up to {last} (\"{shown}\"), no earlier than the report to {up_en} they feed ({}).",
                upward.written.en
            ),
        ),
    )
    .range(Range::from_bytes(lower.text, span.start, span.end))
    .help(text(
        format!("Đặt hạn gửi {to_vi} sớm hơn, đủ thời gian để tổng hợp báo cáo {up_vi}."),
        format!("Set the deadline for {to_en} earlier, leaving time to compile the report to {up_en}."),
    ))
}

#[cfg(test)]
mod tests {
    use crate::model::{Item, PartialDate, Plan, Section};
    use crate::reference::reporting::DueDay;
    use crate::time::Cutoff;
    use crate::{validate, Context};

    /// Seed 003's sentence, in a plan dated after 01/4/2025.
    fn soc_trang(extra: &str) -> Plan {
        let heading = |text: &str| Item {
            heading: text.into(),
            ..Item::default()
        };
        let mut items = vec![heading("Các Sở, ngành, Ủy ban nhân dân cấp huyện thực hiện chế độ báo cáo năm gửi về Sở Tư pháp chậm nhất **ngày 15/11/2025** để tổng hợp trình Ủy ban nhân dân tỉnh, báo cáo Bộ Tư pháp.")];
        if !extra.is_empty() {
            items.push(heading(extra));
        }
        Plan {
            year: Some(2025),
            date: PartialDate {
                day: Some(15),
                month: Some(5),
                year: Some(2025),
            },
            sections: vec![Section {
                items,
                ..Section::default()
            }],
            ..Plan::default()
        }
    }

    fn messages(plan: &Plan, ctx: &Context) -> Vec<String> {
        validate(plan, ctx)
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "KH3008")
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn open_dates_are_judged_only_once_set() {
        assert!(messages(&soc_trang(""), &Context::default()).is_empty());
        let ctx = Context {
            reporting_dates: crate::reference::reporting::ReportingDates {
                report_to_ministry: Some(DueDay {
                    day: 10,
                    month: 11,
                    cutoff: Cutoff::NoLaterThan,
                }),
                ..Default::default()
            },
            ..Context::default()
        };
        let found = messages(&soc_trang(""), &ctx);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("chậm nhất ngày 10/11/2025, theo quy định"));
        // A 2025 date left in a plan for 2024 is another rule's finding.
        let leftover = Plan {
            year: Some(2024),
            ..soc_trang("")
        };
        assert!(messages(&leftover, &ctx).is_empty());
    }

    #[test]
    fn a_date_the_plan_gives_for_the_upward_report_is_used() {
        let late = soc_trang(
            "Sở Tư pháp tổng hợp, trình UBND tỉnh báo cáo Bộ Tư pháp trước ngày 12/11/2025.",
        );
        let found = messages(&late, &Context::default());
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("trước ngày 12/11/2025, tại /sections/0/items/1/heading"));
        let in_time = soc_trang(
            "Sở Tư pháp tổng hợp, trình UBND tỉnh báo cáo Bộ Tư pháp trước ngày 05/12/2025.",
        );
        assert!(messages(&in_time, &Context::default()).is_empty());
    }
}
