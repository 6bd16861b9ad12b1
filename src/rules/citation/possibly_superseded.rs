//! KH4004 `possibly-superseded-document`
//!
//! **What**: a basis of the plan that the reference data believes, without
//! confirmation, was no longer in force on the plan's date: Thông tư
//! 14/2014/TT-BTP is believed replaced by Thông tư 04/2021/TT-BTP (FACTS.md §1
//! marks this "likely"), so a 2024 plan citing it gets this warning. The same
//! bases and plan date as KH4003; facts marked "open" are not reported.
//!
//! **Why**: a plan must rest on law in force on its date; when the record of a
//! replacement is not confirmed the drafter should check it rather than be
//! told it is wrong, so this is a warning and its message says how sure it is.
//!
//! **Wrong**: `"date": {"day": 15, "month": 1, "year": 2024}, "legal_bases": [{"kind": "Thông tư", "number": "14/2014/TT-BTP", "date": "15/5/2014", "issuer": "Bộ trưởng Bộ Tư pháp"}]`
//!
//! **Right**: `"date": {"day": 15, "month": 1, "year": 2024}, "legal_bases": [{"kind": "Thông tư", "number": "04/2021/TT-BTP", "date": "21/6/2021", "issuer": "Bộ trưởng Bộ Tư pháp"}]`

use super::supersession::superseded_bases;
use crate::diagnostic::Severity;
use crate::model::Plan;
use crate::reference::documents::Confidence;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH4004.
pub struct PossiblySuperseded;

static INFO: RuleInfo = RuleInfo {
    code: "KH4004",
    slug: "possibly-superseded-document",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Căn cứ vào văn bản có thể đã bị thay thế (chưa xác nhận)",
    summary_en: "Basis possibly replaced by the plan's date (not confirmed)",
};

impl Rule for PossiblySuperseded {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let bases = superseded_bases(plan, &checker.ctx.reference.documents);
        for basis in bases
            .iter()
            .filter(|b| b.supersession.confidence == Confidence::Likely)
        {
            let (vi, en) = basis.describe();
            let note = &basis.document.note;
            let mut finding = Finding::new(
                basis.citation.path("number"),
                text(
                    format!("Có thể {vi} — thông tin chưa được xác nhận ({}).", note.vi),
                    format!("Possibly: {en} — not confirmed ({}).", note.en),
                ),
            )
            .help(text(
                "Kiểm tra hiệu lực của văn bản này trên cơ sở dữ liệu quốc gia về văn bản pháp luật trước khi viện dẫn.",
                "Check this document's validity in the national legal database before citing it.",
            ));
            finding.range = basis.citation.range();
            checker.report(finding);
        }
    }
}
