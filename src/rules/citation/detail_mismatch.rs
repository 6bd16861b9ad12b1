//! KH4002 `citation-detail-mismatch`
//!
//! **What**: a document the reference table knows is cited with another type,
//! date or issuer than its own — "Nghị định số 32/2020/NĐ-CP ngày 05/3/2021",
//! "Thông tư số 04/2021/TT-BTP … của Chính phủ" — in a legal basis, the parent
//! plan, or a citation written in the text. "Bộ Tư pháp" and "Bộ trưởng Bộ Tư
//! pháp" both name the issuer of a circular. In a legal basis, a date whose
//! year differs from the number's is left to KH4001; documents whose facts are
//! marked "open" in FACTS.md (Thông tư 08/2024/TT-BTP) are not checked.
//!
//! **Why**: Nghị định 30/2020/NĐ-CP (Phụ lục I) has a citation give the type,
//! number-symbol, date and issuer of the document, so that the reader finds
//! exactly that document; a wrong part points at another document or at none
//! (FACTS.md §1: "a citation's number/year/symbol must match its date and
//! issuer when the document is known").
//!
//! **Wrong**: `{"kind": "Nghị định", "number": "32/2020/NĐ-CP", "date": "05/3/2020", "issuer": "Bộ Tư pháp"}`
//!
//! **Right**: `{"kind": "Nghị định", "number": "32/2020/NĐ-CP", "date": "05/3/2020", "issuer": "Chính phủ"}`

use super::cited::{self, Cited};
use crate::cite::parse_number;
use crate::diagnostic::{Edit, Severity};
use crate::model::{ItemRef, Plan};
use crate::reference::documents::{Confidence, LegalDocument};
use crate::rules::format::date_like;
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::fold_key;

/// KH4002.
pub struct DetailMismatch;

static INFO: RuleInfo = RuleInfo {
    code: "KH4002",
    slug: "citation-detail-mismatch",
    severity: Severity::Error,
    fix: Some(crate::diagnostic::FixSafety::Unsafe),
    summary_vi: "Văn bản đã biết được trích dẫn sai loại, ngày hoặc cơ quan ban hành",
    summary_en: "Known document cited with the wrong type, date or issuer",
};

impl Rule for DetailMismatch {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        for citation in cited::structured(plan) {
            check(&citation, checker);
        }
        cited::plan_texts(plan, |body, path| {
            for citation in cited::written(body, path) {
                check(&citation, checker);
            }
        });
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        cited::item_texts(entry, |body, path| {
            for citation in cited::written(body, path) {
                check(&citation, checker);
            }
        });
    }
}

fn check(citation: &Cited<'_>, checker: &mut Checker<'_>) {
    let docs = &checker.ctx.reference.documents;
    let Some(doc) = docs.find(&citation.number) else {
        return;
    };
    if doc.confidence == Confidence::Open {
        return;
    }
    let label = citation.label();
    let kind = citation.kind.trim();
    if !kind.is_empty() && kind != doc.kind && fold_key(kind) != fold_key(&doc.kind) {
        let finding = finding(
            citation,
            "kind",
            text(
                format!(
                    "Văn bản số {} là {}, không phải {kind}.",
                    doc.number, doc.kind
                ),
                format!("Document {} is a {}, not a {kind}.", doc.number, doc.kind),
            ),
        );
        report(citation, finding, "kind", &doc.kind, checker);
    }
    check_date(citation, doc, &label, checker);
    let issuer = citation.issuer.trim();
    if !issuer.is_empty() && !same_issuer(issuer, &doc.issuer) {
        let finding = finding(
            citation,
            "issuer",
            text(
                format!(
                    "{label} do {} ban hành, không phải \"{issuer}\".",
                    doc.issuer
                ),
                format!("{label} was issued by {}, not \"{issuer}\".", doc.issuer),
            ),
        );
        report(citation, finding, "issuer", &doc.issuer, checker);
    }
}

fn check_date(citation: &Cited<'_>, doc: &LegalDocument, label: &str, checker: &mut Checker<'_>) {
    let (Some(parts), Some(issued)) = (citation.date, doc.issued) else {
        return;
    };
    let Some(written) = parts.to_date() else {
        return;
    };
    let number_year = parse_number(&citation.number).and_then(|n| n.year);
    if written == issued
        || (citation.is_structured() && number_year.is_some_and(|y| y != parts.year))
    {
        return;
    }
    let right = date_like(&citation.date_text, issued);
    let shown = citation.date_text.trim();
    let finding = finding(
        citation,
        "date",
        text(
            format!("{label} ban hành ngày {right}, không phải ngày {shown}."),
            format!("{label} was issued on {right}, not on {shown}."),
        ),
    );
    report(citation, finding, "date", &right, checker);
}

fn finding(citation: &Cited<'_>, field: &str, message: crate::rules::Text) -> Finding {
    let mut finding = Finding::new(citation.path(field), message).help(text(
        "Đối chiếu trích dẫn với văn bản gốc (số, ký hiệu, ngày ban hành, cơ quan ban hành).",
        "Check the citation against the original document (number, date, issuer).",
    ));
    finding.range = citation.range();
    finding
}

/// Reports the finding, with a fix that writes `right` into a citation object's field.
fn report(
    citation: &Cited<'_>,
    finding: Finding,
    field: &str,
    right: &str,
    checker: &mut Checker<'_>,
) {
    let finding = if citation.is_structured() {
        let edit = Edit {
            path: citation.path(field).into(),
            range: None,
            insert: right.to_string(),
        };
        finding.fix(
            text(
                format!("Sửa thành \"{right}\""),
                format!("Change to \"{right}\""),
            ),
            vec![edit],
        )
    } else {
        finding
    };
    checker.report(finding);
}

/// Whether two issuers name the same authority: a minister's circular may be
/// cited as the ministry's ("Bộ trưởng Bộ Tư pháp" / "Bộ Tư pháp"), and the
/// Prime Minister as "Thủ tướng" or "Thủ tướng Chính phủ".
fn same_issuer(written: &str, known: &str) -> bool {
    written == known || issuer_key(written) == issuer_key(known)
}

fn issuer_key(issuer: &str) -> String {
    let key = fold_key(issuer);
    let key = key.strip_prefix("bộ trưởng ").unwrap_or(&key);
    if key == "thủ tướng" {
        "thủ tướng chính phủ".to_string()
    } else {
        key.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::same_issuer;

    #[test]
    fn issuers_that_name_the_same_authority() {
        assert!(same_issuer("Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp"));
        assert!(same_issuer("Bộ Trưởng Bộ Tư pháp", "Bộ trưởng Bộ Tư pháp"));
        assert!(same_issuer("Thủ tướng", "Thủ tướng Chính phủ"));
        assert!(!same_issuer("Chính phủ", "Thủ tướng Chính phủ"));
        assert!(!same_issuer("Bộ Tư pháp", "Chính phủ"));
    }
}
