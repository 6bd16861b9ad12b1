//! KH2004 `agency-not-on-plan-date`
//!
//! **What**: a lead, partner, assignee or recipient that did not exist on the
//! plan's date: the district level ("UBND các huyện, thành phố", "Phòng Tư
//! pháp cấp huyện") after 30/6/2025, a department merged in early 2025 ("Sở
//! Tài nguyên và Môi trường" in a 2026 plan), a province merged on 01/7/2025
//! ("Sở Tư pháp tỉnh Kon Tum"), a Bộ Tư pháp unit under its old name — or one
//! named before it was set up ("Sở Nông nghiệp và Môi trường" in a 2024 plan).
//! The plan's date is its date of issue when complete; otherwise 1 January of
//! the plan year; with neither, nothing is judged. Dates come from the agency
//! table (FACTS.md §4).
//!
//! **Why**: from 01/7/2025 local government has two levels, province and
//! commune (the district level is abolished), and 63 province-level units
//! became 34 (Nghị quyết 202/2025/QH15); provincial departments were merged
//! by Nghị định 45/2025/NĐ-CP. Work given to a body that no longer exists is
//! given to no one. The fix names the body that took over and is unsafe: the
//! duties may have been split between several successors.
//!
//! **Wrong**: plan dated 2026, `"lead": ["UBND các huyện, thành phố"]`
//!
//! **Right**: plan dated 2026, `"lead": ["Ủy ban nhân dân cấp xã"]`

use super::names::{agency_fields, names_in, Name};
use crate::agency::resolve;
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::reference::agencies::{Agencies, Agency, Kind, Status};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo, Text};
use chrono::{Datelike, NaiveDate};

/// KH2004.
pub struct AgencyNotOnPlanDate;

static INFO: RuleInfo = RuleInfo {
    code: "KH2004",
    slug: "agency-not-on-plan-date",
    severity: Severity::Error,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Cơ quan không tồn tại vào ngày của kế hoạch",
    summary_en: "Agency that did not exist on the plan's date",
};

impl Rule for AgencyNotOnPlanDate {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let Some(day) = plan.judged_on() else {
            return;
        };
        let recipients = Pointer::root().key("recipients");
        for (i, recipient) in plan.recipients.iter().enumerate() {
            if recipient.trim_start().starts_with("Lưu") {
                continue;
            }
            check_field(recipient, day, &|| recipients.index(i), checker);
        }
    }

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(day) = plan.judged_on() else {
            return;
        };
        for (role, index, field) in agency_fields(entry.item) {
            check_field(field, day, &|| role.pointer(&entry.path, index), checker);
        }
    }
}

fn check_field(field: &str, day: NaiveDate, at: &dyn Fn() -> Pointer, checker: &mut Checker<'_>) {
    let agencies = &checker.ctx.reference.agencies;
    for name in names_in(field, agencies, Some(day)).iter() {
        for entry in name.entry.iter().chain(name.place.iter()) {
            let status = agencies.status(entry, day);
            if matches!(status, Status::Exists) {
                continue;
            }
            if let Some(finding) = finding(field, name, entry, status, day, at(), agencies) {
                checker.report(finding);
            }
        }
    }
}

/// The finding for a name whose `entry` does not exist on `day`.
fn finding(
    field: &str,
    name: &Name,
    entry: &Agency,
    status: Status<'_>,
    day: NaiveDate,
    path: Pointer,
    agencies: &Agencies,
) -> Option<Finding> {
    let written = name.text(field);
    let on = show(day);
    let range = Range::from_bytes(field, name.span.start, name.span.end);
    let (message, successor) = match status {
        Status::Exists => return None,
        Status::NotYet { from } => {
            let from = show(from);
            (
                text(
                    format!("\"{written}\" chỉ có từ ngày {from}, sau ngày của kế hoạch ({on})."),
                    format!("\"{written}\" exists only from {from}, after the plan's date ({on})."),
                ),
                None,
            )
        }
        Status::Abolished {
            last_day,
            successor,
            merged,
        } => (
            gone(written, entry, last_day, successor, merged, &on),
            successor,
        ),
    };
    let mut finding = Finding::new(path.clone(), message)
        .range(range)
        .help(text(
            format!("Kế hoạch được xét theo ngày {on}: ngày ban hành, hoặc ngày 01/01 của năm kế hoạch khi chưa ghi đủ ngày. Giao việc cho cơ quan đang tồn tại vào ngày đó."),
            format!("The plan is judged as of {on}: its date of issue, or 1 January of the plan year when the date is incomplete. Assign the work to a body that exists then."),
        ));
    if let Some((insert, edit_range)) =
        successor.and_then(|s| replacement(field, name, entry, s, agencies))
    {
        finding = finding.fix(
            text(
                format!("Thay bằng \"{insert}\""),
                format!("Replace with \"{insert}\""),
            ),
            vec![Edit {
                path: path.as_str().to_string(),
                range: Some(edit_range),
                insert,
            }],
        );
    }
    Some(finding)
}

fn gone(
    written: &str,
    entry: &Agency,
    last_day: NaiveDate,
    successor: Option<&Agency>,
    merged: bool,
    on: &str,
) -> Text {
    let since = show(last_day.succ_opt().unwrap_or(last_day));
    let (subject_vi, subject_en) = if entry.is_place() {
        (
            format!("\"{}\" (trong \"{written}\")", entry.name),
            format!("\"{}\" (in \"{written}\")", entry.name),
        )
    } else {
        (format!("\"{written}\""), format!("\"{written}\""))
    };
    let (then_vi, then_en) = match successor {
        Some(next) if merged => (
            format!(": đã hợp nhất vào \"{}\"", next.name),
            format!(": merged into \"{}\"", next.name),
        ),
        Some(next) => (
            format!("; đơn vị thay thế vào ngày đó là \"{}\"", next.name),
            format!("; on that date its successor is \"{}\"", next.name),
        ),
        None => (String::new(), String::new()),
    };
    text(
        format!("{subject_vi} không còn tồn tại từ ngày {since}, trước ngày của kế hoạch ({on}){then_vi}."),
        format!("{subject_en} ceased to exist on {since}, before the plan's date ({on}){then_en}."),
    )
}

/// What replaces the name (or the province inside it) and where.
fn replacement(
    field: &str,
    name: &Name,
    entry: &Agency,
    successor: &Agency,
    agencies: &Agencies,
) -> Option<(String, Range)> {
    let written = name.text(field);
    if !entry.is_place() {
        let start = name.span.start + name.agency_start;
        let agency = field.get(start..name.span.end).unwrap_or_default();
        let span = bracketed_part(agency, entry, agencies).map_or(start..name.span.end, |part| {
            start + part.start..start + part.end
        });
        let range = Range::from_bytes(field, span.start, span.end);
        return Some((successor.name.clone(), range));
    }
    let at = std::iter::once(&entry.name)
        .chain(&entry.aliases)
        .find_map(|n| written.find(n.as_str()).map(|i| (i, n.len())))?;
    let (mut start, len) = (name.span.start + at.0, at.1);
    let mut insert = successor.name.clone();
    let province_word = "tỉnh ";
    let before = field.get(..start).unwrap_or_default();
    if successor.kind == Kind::City && before.ends_with(province_word) {
        start -= province_word.len();
        insert = format!("thành phố {insert}");
    }
    Some((
        insert,
        Range::from_bytes(field, start, name.span.start + at.0 + len),
    ))
}

/// In "Bộ Tư pháp (Cục …)" or "Cục … (BTP)", the part that names `entry`,
/// so a fix keeps the other part.
fn bracketed_part(
    written: &str,
    entry: &Agency,
    agencies: &Agencies,
) -> Option<std::ops::Range<usize>> {
    let open = written.find('(')?;
    let close = written.rfind(')').filter(|&c| c > open)?;
    let trim = |start: usize, end: usize| {
        let part = written.get(start..end).unwrap_or_default();
        let lead = part.len() - part.trim_start().len();
        start + lead..start + lead + part.trim().len()
    };
    [trim(open + 1, close), trim(0, open)]
        .into_iter()
        .find(|part| {
            let text = written.get(part.clone()).unwrap_or_default();
            resolve(text, None, agencies)
                .entry()
                .is_some_and(|e| std::ptr::eq(e, entry))
        })
}

fn show(day: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", day.day(), day.month(), day.year())
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Diagnostic;
    use crate::model::{Activity, Item, PartialDate, Plan, Section};
    use crate::{validate, Context};

    fn plan(year: i32, lead: &str) -> Plan {
        Plan {
            year: Some(year),
            date: PartialDate {
                day: Some(20),
                month: Some(1),
                year: Some(year),
            },
            sections: vec![Section {
                items: vec![Item {
                    heading: "Kiểm tra tình hình thi hành pháp luật".into(),
                    activity: Some(Activity {
                        lead: vec![lead.into()],
                        ..Activity::default()
                    }),
                    ..Item::default()
                }],
                ..Section::default()
            }],
            ..Plan::default()
        }
    }

    fn found(plan: &Plan) -> Vec<Diagnostic> {
        validate(plan, &Context::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "KH2004")
            .collect()
    }

    fn fixed(plan: &Plan) -> String {
        let d = found(plan).pop().expect("a finding");
        let edit = &d.fix.expect("a fix").edits[0];
        let lead = &plan.sections[0].items[0].activity.as_ref().unwrap().lead[0];
        let units: Vec<u16> = lead.encode_utf16().collect();
        let range = edit.range.unwrap();
        let before = String::from_utf16(&units[..range.start as usize]).unwrap();
        let after = String::from_utf16(&units[range.end as usize..]).unwrap();
        format!("{before}{}{after}", edit.insert)
    }

    #[test]
    fn a_merged_province_is_replaced_inside_the_name() {
        let kon_tum = plan(2026, "Sở Tư pháp tỉnh Kon Tum");
        assert!(found(&kon_tum)[0].message.starts_with(
            "\"Kon Tum\" (trong \"Sở Tư pháp tỉnh Kon Tum\") không còn tồn tại từ ngày 01/07/2025"
        ));
        assert_eq!(fixed(&kon_tum), "Sở Tư pháp tỉnh Quảng Ngãi");
        let soc_trang = plan(2026, "Sở Tư pháp tỉnh Sóc Trăng");
        assert_eq!(fixed(&soc_trang), "Sở Tư pháp thành phố Cần Thơ");
        assert!(found(&plan(2025, "Sở Tư pháp tỉnh Kon Tum")).is_empty());
    }

    #[test]
    fn a_department_named_before_it_was_set_up() {
        let early = plan(2024, "Sở Nông nghiệp và Môi trường");
        let d = found(&early);
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message.contains("chỉ có từ ngày 01/03/2025"),
            "{}",
            d[0].message
        );
        assert!(d[0].fix.is_none());
    }

    #[test]
    fn an_undated_plan_is_not_judged() {
        let mut undated = plan(2026, "UBND các huyện, thành phố");
        assert_eq!(found(&undated).len(), 1);
        undated.year = None;
        undated.date = PartialDate::default();
        assert!(found(&undated).is_empty());
    }
}
