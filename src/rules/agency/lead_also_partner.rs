//! KH2002 `lead-also-partner`
//!
//! **What**: the same agency is both lead ("chủ trì") and partner ("phối hợp")
//! of one activity, however its name is spelled (abbreviation, tone-mark style).
//!
//! **Why**: the lead answers for the task and the partners support it; listing
//! an agency in both roles leaves its responsibility unclear.
//!
//! **Wrong**: `"lead": ["Sở Tư pháp"], "partners": ["STP", "Sở Nội vụ"]`
//!
//! **Right**: `"lead": ["Sở Tư pháp"], "partners": ["Sở Nội vụ"]`

use crate::agency::same_agency;
use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH2002.
pub struct LeadAlsoPartner;

static INFO: RuleInfo = RuleInfo {
    code: "KH2002",
    slug: "lead-also-partner",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Một cơ quan vừa chủ trì vừa phối hợp",
    summary_en: "Agency is both lead and partner",
};

impl Rule for LeadAlsoPartner {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(activity) = &entry.item.activity else {
            return;
        };
        for (j, partner) in activity.partners.iter().enumerate() {
            let Some(lead) = activity.lead.iter().find(|l| same_agency(l, partner)) else {
                continue;
            };
            checker.report(
                    Finding::new(
                        entry.path.key("activity").key("partners").index(j),
                        text(
                            format!("\"{partner}\" vừa là cơ quan chủ trì (\"{lead}\") vừa là cơ quan phối hợp."),
                            format!("\"{partner}\" is both the lead (\"{lead}\") and a partner."),
                        ),
                    )
                    .range(Range::whole(partner))
                    .help(text(
                        "Bỏ cơ quan này khỏi danh sách phối hợp, hoặc đổi cơ quan chủ trì.",
                        "Remove it from the partners, or change the lead.",
                    )),
                );
        }
    }
}
