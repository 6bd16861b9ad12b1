//! KH2008 `lead-only-in-text`
//!
//! **What**: an activity whose lead field is empty while its own text or its
//! sub-items name who does the work ("Sở Tư pháp tham mưu …", "các Sở,
//! ngành, UBND quận, huyện xử lý theo thẩm quyền", "… là đơn vị chủ trì").
//! KH2001 reports activities that name no one at all; this rule reports the
//! milder case, common in imported plans, where the lead is only in the prose.
//!
//! **Why**: the lead field is what the calendar export, the organisation
//! check (KH2005) and the reviewer read; a lead hidden in a sentence is easily
//! missed when the plan is followed up (Nghị định 59/2012 Art. 11a: a plan
//! assigns each activity to an agency).
//!
//! **Wrong**: `"heading": "Xử lý kết quả theo dõi", "paragraphs": ["Các Sở, ngành, UBND quận, huyện xử lý theo thẩm quyền."], "activity": {"lead": [], "deadline": "Năm 2024"}`
//!
//! **Right**: the same with `"lead": ["Các Sở, ban, ngành Thành phố", "UBND các quận, huyện, thị xã"]`

use crate::diagnostic::Severity;
use crate::model::{Item, ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH2008.
pub struct LeadInText;

static INFO: RuleInfo = RuleInfo {
    code: "KH2008",
    slug: "lead-only-in-text",
    severity: Severity::Info,
    fix: None,
    summary_vi: "Cơ quan chủ trì chỉ được nêu trong lời văn",
    summary_en: "The lead agency is named only in the text",
};

/// Words that name an agency in running text (a heuristic: responsibility is
/// written with the agency first, "Sở Tư pháp tham mưu", "các Sở, ngành …").
const AGENCY_WORDS: [&str; 9] = [
    "Sở ",
    "Sở,",
    "sở, ngành",
    "UBND",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "cơ quan chuyên môn",
    "đơn vị chủ trì",
    "Bộ Tư pháp",
];

/// Whether the item's own text or its sub-items' text names an agency.
pub(crate) fn names_an_agency(item: &Item) -> bool {
    let mentions = |s: &str| AGENCY_WORDS.iter().any(|w| s.contains(w));
    mentions(&item.heading)
        || item.paragraphs.iter().any(|p| mentions(p))
        || item.items.iter().any(names_an_agency)
}

/// Whether the activity's lead field is empty.
pub(crate) fn lead_is_blank(item: &Item) -> bool {
    item.activity
        .as_ref()
        .is_some_and(|a| a.lead.iter().all(|name| name.trim().is_empty()))
}

impl Rule for LeadInText {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn reads_sub_items(&self) -> bool {
        true
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        if !lead_is_blank(entry.item) || !names_an_agency(entry.item) {
            return;
        }
        checker.report(
            Finding::new(
                entry.path.key("activity").key("lead"),
                text(
                    "Cơ quan chủ trì chỉ được nêu trong lời văn, chưa ghi vào mục \"Cơ quan chủ trì\".",
                    "The lead agency is named only in the text, not in the lead field.",
                ),
            )
            .help(text(
                "Ghi cơ quan chủ trì vào trường riêng để theo dõi, xuất lịch và đối chiếu phần tổ chức thực hiện.",
                "Put the lead agency in its field so it can be followed up, exported and checked.",
            )),
        );
    }
}
