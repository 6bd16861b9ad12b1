//! KH2005 `lead-not-in-organisation`
//!
//! **What**: an agency that leads activities but is not named in the
//! organisation part ("Tổ chức thực hiện", "Trách nhiệm của các cơ quan"),
//! neither itself nor through a group that stands for it ("Các cơ quan chuyên
//! môn thuộc UBND tỉnh" stands for every department, "UBND cấp huyện" for the
//! district bodies). Judged for departments, other provincial bodies, the
//! district and commune levels, partners and the press, and groups that
//! stand for them; not for the issuing committee, its leaders, ministries or
//! names the agency table does not know. Nothing is judged when the
//! organisation part names no agency at all.
//!
//! **Why**: the organisation part is where the plan gives each agency its
//! responsibilities; an agency that leads work without a line there has
//! tasks but no stated duty to carry them out or to report on them.
//!
//! **Wrong**: `"lead": ["Sở Tư pháp"]` in part II and an organisation part
//! naming only "UBND các huyện, thành phố"
//!
//! **Right**: the organisation part also has "3. Sở Tư pháp" with its duties

use super::duties::{duties, is_one_of, ASSIGNED};
use crate::diagnostic::{Range, Severity};
use crate::model::Plan;
use crate::reference::agencies::Kind;
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};

/// KH2005.
pub struct LeadNotInOrganisation;

static INFO: RuleInfo = RuleInfo {
    code: "KH2005",
    slug: "lead-not-in-organisation",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Cơ quan chủ trì không có trong phần tổ chức thực hiện",
    summary_en: "Lead agency absent from the organisation part",
};

/// Kinds judged as leads: the assigned bodies, partners and the press.
const JUDGED: [Kind; 6] = [
    ASSIGNED[0],
    ASSIGNED[1],
    ASSIGNED[2],
    ASSIGNED[3],
    Kind::Partner,
    Kind::Media,
];

impl Rule for LeadNotInOrganisation {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::AGENCIES.union(ItemFields::OUTLINE)
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let found = duties(plan, &checker.ctx.reference.agencies);
        if found.organisation.is_empty() {
            return;
        }
        let part = plan
            .sections
            .iter()
            .find(|s| s.kind == crate::model::SectionKind::Organisation)
            .map_or("", |s| s.heading.trim());
        for lead in &found.leads.list {
            if !is_one_of(lead.entry, &JUDGED) || found.organisation.covers(lead.entry) {
                continue;
            }
            let written = lead.text();
            let n = lead.count;
            checker.report(
                Finding::new(
                    lead.path.clone(),
                    text(
                        format!("\"{written}\" chủ trì {n} hoạt động nhưng không được giao trách nhiệm trong phần \"{part}\"."),
                        format!("\"{written}\" leads {n} activities but is given no responsibilities in the part \"{part}\"."),
                    ),
                )
                .range(Range::from_bytes(lead.field, lead.span.start, lead.span.end))
                .help(text(
                    "Thêm một mục nêu trách nhiệm của cơ quan này trong phần tổ chức thực hiện, hoặc kiểm tra lại cơ quan chủ trì.",
                    "Add an item with this agency's responsibilities to the organisation part, or check the lead.",
                )),
            );
        }
    }
}
