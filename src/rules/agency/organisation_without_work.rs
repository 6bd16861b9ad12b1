//! KH2006 `organisation-agency-without-work`
//!
//! **What**: an agency the organisation part gives responsibilities to that
//! neither leads nor supports any activity of the plan, itself or through a
//! group that stands for it. Judged for departments, other provincial
//! bodies and the district and commune levels (and groups of them); not for
//! courts, the procuracy, the Front, associations or the press, whom a plan
//! can only ask ("Đề nghị …"), nor for names the table does not know.
//! Nothing is judged when the plan has no activity with an agency.
//!
//! **Why**: a duty in the organisation part that no activity carries out is
//! often an agency left over from last year's plan, or an activity that
//! forgot its partners. Only information: the organisation part may give
//! standing duties (direction, funding) that are not activities.
//!
//! **Wrong**: organisation part "2. Sở Nội vụ" with duties, and no activity
//! led or supported by Sở Nội vụ
//!
//! **Right**: the same, and an activity with `"partners": ["Sở Nội vụ"]`

use super::duties::{duties, is_one_of, ASSIGNED};
use crate::diagnostic::{Range, Severity};
use crate::model::Plan;
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};

/// KH2006.
pub struct OrganisationWithoutWork;

static INFO: RuleInfo = RuleInfo {
    code: "KH2006",
    slug: "organisation-agency-without-work",
    severity: Severity::Info,
    fix: None,
    summary_vi: "Cơ quan trong phần tổ chức thực hiện không có hoạt động nào",
    summary_en: "Agency in the organisation part given no activity",
};

impl Rule for OrganisationWithoutWork {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::AGENCIES.union(ItemFields::OUTLINE)
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let found = duties(plan, &checker.ctx.reference.agencies);
        if found.workers.is_empty() {
            return;
        }
        for named in &found.organisation.list {
            if !is_one_of(named.entry, &ASSIGNED) || found.workers.covers(named.entry) {
                continue;
            }
            let written = named.text();
            let part = named.part.trim();
            checker.report(
                Finding::new(
                    named.path.clone(),
                    text(
                        format!("\"{written}\" có trách nhiệm trong phần \"{part}\" nhưng không chủ trì hay phối hợp hoạt động nào."),
                        format!("\"{written}\" has responsibilities in the part \"{part}\" but neither leads nor supports any activity."),
                    ),
                )
                .range(Range::from_bytes(named.field, named.span.start, named.span.end))
                .help(text(
                    "Giao cho cơ quan này hoạt động cụ thể (chủ trì hoặc phối hợp), hoặc bỏ khỏi phần tổ chức thực hiện nếu không còn nhiệm vụ.",
                    "Give this agency an activity to lead or support, or remove it from the organisation part if it has no task.",
                )),
            );
        }
    }
}
