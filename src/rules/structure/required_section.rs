//! KH1001 `required-section-missing`
//!
//! **What**: a part the plan's profile requires is absent. A law-monitoring plan
//! needs its purpose and requirements, its activities, the funding and who does
//! what (organisation); the required parts of each profile are data
//! (`src/reference/data/profiles.json`). A part is present as a top-level part
//! of that kind, or as an item directly under a part whose title names it
//! ("6. Kinh phí thực hiện" under "IV. TỔ CHỨC THỰC HIỆN", seed 004).
//!
//! **Why**: Nghị định 59/2012/NĐ-CP Art. 11a (as amended by Nghị định
//! 32/2020/NĐ-CP, until 31/3/2025) and Nghị định 80/2025/NĐ-CP (from 01/4/2025)
//! set what a monitoring plan contains; a plan without funding or assignments
//! cannot be carried out or reviewed.
//!
//! **Wrong**: sections I. Mục đích, yêu cầu; II. Nội dung — and nothing on
//! Kinh phí or Tổ chức thực hiện.
//!
//! **Right**: I. Mục đích, yêu cầu; II. Nội dung; III. Kinh phí; IV. Tổ chức thực hiện.

use crate::diagnostic::Severity;
use crate::import::body::section_kind;
use crate::model::{Item, Plan, Pointer, SectionKind};
use crate::reference::profiles::{profile_name, section_name};
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};

/// KH1001.
pub struct RequiredSection;

static INFO: RuleInfo = RuleInfo {
    code: "KH1001",
    slug: "required-section-missing",
    severity: Severity::Error,
    fix: None,
    summary_vi: "Thiếu phần bắt buộc theo loại kế hoạch",
    summary_en: "A part required for the plan type is missing",
};

impl Rule for RequiredSection {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::OUTLINE
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let (profile_vi, profile_en) = profile_name(plan.profile);
        let profiles = &checker.ctx.reference.profiles;
        for &kind in profiles.required_sections(plan.profile) {
            let present = plan
                .sections
                .iter()
                .any(|s| s.kind == kind || s.items.iter().any(|item| titled(item, kind)));
            if present {
                continue;
            }
            let (vi, en) = section_name(kind);
            checker.report(
                Finding::new(
                    Pointer::root().key("sections"),
                    text(
                        format!("Thiếu phần \"{vi}\", bắt buộc đối với {profile_vi}."),
                        format!("The part \"{en}\" is missing; a {profile_en} requires it."),
                    ),
                )
                .help(text(
                    format!("Thêm một mục \"{}\" vào kế hoạch.", vi.to_uppercase()),
                    format!("Add a part \"{en}\" to the plan."),
                )),
            );
        }
    }
}

/// Whether an item's heading is a title (not a sentence) naming a part of `kind`.
fn titled(item: &Item, kind: SectionKind) -> bool {
    let heading = item.heading.trim();
    !heading.is_empty() && !heading.ends_with(['.', ';']) && section_kind(heading) == kind
}
