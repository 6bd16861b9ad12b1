//! KH4003 `superseded-document`
//!
//! **What**: a basis of the plan — a legal basis, the parent plan, or a
//! citation in the preamble — that was no longer in force on the plan's date,
//! naming what replaced it: from 01/4/2025 Nghị định 59/2012/NĐ-CP and
//! Nghị định 32/2020/NĐ-CP give way to Nghị định 80/2025/NĐ-CP, and the
//! circulars detailing them lapse with them. The plan's date is its date when
//! complete, else the first day its filled parts allow (1 January of the plan
//! year when only the year is known), so a draft is never held to a later day.
//! Only facts marked "confirmed" in the reference data are reported here;
//! "likely" ones are KH4004.
//!
//! **Why**: a plan must rest on law in force on the day it is issued (FACTS.md
//! §1, Nghị định 80/2025/NĐ-CP in force 01/4/2025); citing a repealed decree
//! as its basis makes the plan's own basis void. A detailing or amending text
//! lapses with the text it serves (Luật Ban hành văn bản quy phạm pháp luật).
//!
//! **Wrong**: `"date": {"day": null, "month": 1, "year": 2026}, "legal_bases": [{"kind": "Nghị định", "number": "59/2012/NĐ-CP", "date": "23/7/2012", "issuer": "Chính phủ"}]`
//!
//! **Right**: `"date": {"day": null, "month": 1, "year": 2026}, "legal_bases": [{"kind": "Nghị định", "number": "80/2025/NĐ-CP", "date": "01/4/2025", "issuer": "Chính phủ"}]`

use super::cited::{Cited, Place};
use super::supersession::{superseded_bases, Reason, SupersededBasis};
use crate::diagnostic::{Edit, FixSafety, Severity};
use crate::model::Plan;
use crate::reference::documents::{lookup_key, Confidence};
use crate::rules::format::date_like;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH4003.
pub struct SupersededDocument;

static INFO: RuleInfo = RuleInfo {
    code: "KH4003",
    slug: "superseded-document",
    severity: Severity::Error,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Căn cứ vào văn bản đã hết hiệu lực vào ngày của kế hoạch",
    summary_en: "Basis no longer in force on the plan's date",
};

impl Rule for SupersededDocument {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let bases = superseded_bases(plan, &checker.ctx.reference.documents);
        for basis in bases
            .iter()
            .filter(|b| b.supersession.confidence == Confidence::Confirmed)
        {
            let (vi, en) = basis.describe();
            let mut finding = Finding::new(
                basis.citation.path("number"),
                text(format!("{vi}."), format!("{en}.")),
            );
            finding.range = basis.citation.range();
            if let Some((vi, en)) = basis.advice() {
                finding = finding.help(text(vi, en));
            }
            if let Some((title, edits)) = replace_with_successor(plan, basis) {
                finding = finding.fix(title, edits);
            }
            checker.report(finding);
        }
    }
}

/// Rewrites a legal basis as the document recorded as its replacement,
/// unless the plan cites that already (then the basis should go rather than
/// be doubled).
fn replace_with_successor(
    plan: &Plan,
    basis: &SupersededBasis<'_, '_>,
) -> Option<(crate::rules::Text, Vec<Edit>)> {
    let Cited {
        place: Place::Structured(path),
        ..
    } = &basis.citation
    else {
        return None;
    };
    if matches!(basis.supersession.reason, Reason::ParentEnded(_)) {
        return None;
    }
    let next = basis.supersession.replacement?;
    // Only a document replaced by name: several that lapsed together would
    // all become the same successor.
    let direct = basis
        .document
        .replaced_by
        .as_deref()
        .is_some_and(|number| lookup_key(number) == lookup_key(&next.number));
    if !direct {
        return None;
    }
    let issued = next.issued?;
    let next_key = lookup_key(&next.number);
    let already = plan
        .legal_bases
        .iter()
        .any(|c| lookup_key(&c.number) == next_key);
    if already {
        return None;
    }
    let edit = |field: &str, value: String| Edit {
        path: path.key(field).into(),
        range: None,
        insert: value,
    };
    let edits = vec![
        edit("kind", next.kind.clone()),
        edit("number", next.number.clone()),
        edit("date", date_like(&basis.citation.date_text, issued)),
        edit("issuer", next.issuer.clone()),
        edit("subject", format!("về {}", next.subject)),
    ];
    Some((
        text(
            format!("Thay bằng {} {}", next.kind, next.number),
            format!("Replace with {} {}", next.kind, next.number),
        ),
        edits,
    ))
}
