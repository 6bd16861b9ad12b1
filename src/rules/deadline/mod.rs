//! Rules about dates and deadlines (KH3xxx).

mod cutoffs;
mod day_off;

pub mod before_plan_date;
pub mod invalid_calendar_date;
pub mod on_holiday;
pub mod on_weekend;
pub mod outside_plan_year;
pub mod plan_issued_late;
pub mod report_after_upward;
pub mod unrecognised;
pub mod year_assumed;

/// The findings of `code` for a 2025 plan with one activity whose deadline is
/// `deadline` (shared by the rules' unit tests).
#[cfg(test)]
pub(crate) fn findings_for_deadline(deadline: &str, code: &str) -> Vec<crate::Diagnostic> {
    use crate::model::{Activity, Item, Plan, Section};
    let plan = Plan {
        year: Some(2025),
        sections: vec![Section {
            items: vec![Item {
                activity: Some(Activity {
                    lead: vec!["Sở Tư pháp".into()],
                    deadline: deadline.into(),
                    ..Activity::default()
                }),
                ..Item::default()
            }],
            ..Section::default()
        }],
        ..Plan::default()
    };
    crate::validate(&plan, &crate::Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code == code)
        .collect()
}
