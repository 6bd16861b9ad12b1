//! KH3009 `plan-issued-late`
//!
//! **What**: a plan issued after the date its profile sets for issuing it:
//! until 31/3/2025 a ministry's or a province's law-monitoring plan was due
//! before 30/01 of the plan year. The date is read from the profile's
//! reporting dates as they stood on the plan's date, and an embedding may
//! set it (`Context::reporting_dates`) — under Nghị định 80/2025 it
//! is not confirmed, so nothing is reported without a setting. Only plans
//! issued by a provincial people's committee or a ministry are judged (the
//! bodies Art. 11a binds), and only a complete date: a draft's "ngày … tháng
//! 01 năm 2025" is not judged.
//!
//! **Why**: Nghị định 59/2012 Art. 11a (added by Nghị định 32/2020): the plan
//! is issued and sent to Bộ Tư pháp before 30 January, so that the year's
//! monitoring starts on time.
//!
//! **Wrong**: `"issuer": {"name": "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"}`, `"date":
//! {"day": 5, "month": 2, "year": 2025}`, `"year": 2025`
//!
//! **Right**: the same plan dated `{"day": 21, "month": 1, "year": 2025}`

use super::day_off::show;
use crate::agency::resolve;
use crate::diagnostic::Severity;
use crate::model::{Plan, Pointer};
use crate::reference::agencies::Kind;
use crate::reference::profiles::profile_name;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::time::Cutoff;

/// KH3009.
pub struct PlanIssuedLate;

static INFO: RuleInfo = RuleInfo {
    code: "KH3009",
    slug: "plan-issued-late",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Kế hoạch ban hành sau thời hạn ban hành của loại kế hoạch",
    summary_en: "Plan issued after its profile's deadline for issuing it",
};

impl Rule for PlanIssuedLate {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let (Some(issued), Some(year)) = (plan.date.to_date(), plan.effective_year()) else {
            return;
        };
        let Some(due) = checker
            .ctx
            .reporting_dates(plan.profile, plan.date)
            .plan_issued
        else {
            return;
        };
        let Some(last) = due.last_day_in(year).filter(|last| issued > *last) else {
            return;
        };
        if !bound_by_the_deadline(plan, checker) {
            return;
        }
        let Some(named) = due.named_in(year) else {
            return;
        };
        let (profile_vi, profile_en) = profile_name(plan.profile);
        let (due_vi, due_en) = match due.cutoff {
            Cutoff::Before => ("trước ngày", "before"),
            Cutoff::NoLaterThan => ("chậm nhất ngày", "by"),
        };
        let (issued, named, last) = (show(issued), show(named), show(last));
        checker.report(
            Finding::new(
                Pointer::root().key("date"),
                text(
                    format!("Kế hoạch ban hành ngày {issued}, sau thời hạn ban hành {profile_vi} ({due_vi} {named})."),
                    format!("The plan is dated {issued}, after the deadline for issuing a {profile_en} ({due_en} {named})."),
                ),
            )
            .help(text(
                format!("Kiểm tra ngày ban hành; nếu ban hành muộn, nêu lý do. Ngày cuối cùng đúng hạn là {last}."),
                format!("Check the date; if the plan is late, say why. The last day in time is {last}."),
            )),
        );
    }
}

/// Whether the issuer is a body the deadline binds: a provincial people's
/// committee or a ministry; an unknown issuer is not judged.
fn bound_by_the_deadline(plan: &Plan, checker: &Checker<'_>) -> bool {
    let agencies = &checker.ctx.reference.agencies;
    resolve(&plan.issuer.name, None, agencies)
        .entry()
        .is_some_and(|entry| matches!(entry.kind, Kind::Committee | Kind::Ministry))
}

#[cfg(test)]
mod tests {
    use crate::model::{Issuer, PartialDate, Plan};
    use crate::{validate, Context};

    fn late(issuer: &str, day: Option<u32>) -> bool {
        let plan = Plan {
            issuer: Issuer {
                parent: String::new(),
                name: issuer.into(),
            },
            date: PartialDate {
                day,
                month: Some(2),
                year: Some(2025),
            },
            year: Some(2025),
            ..Plan::default()
        };
        validate(&plan, &Context::default())
            .diagnostics
            .iter()
            .any(|d| d.code == "KH3009")
    }

    #[test]
    fn only_complete_dates_of_bound_issuers_are_judged() {
        assert!(late("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", Some(5)));
        assert!(late("BỘ TƯ PHÁP", Some(5)));
        assert!(!late("SỞ TƯ PHÁP", Some(5)));
        assert!(!late("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", None));
    }
}
