//! KH4007 `first-citation-incomplete`
//!
//! **What**: the first time the plan cites a document it leaves out the date
//! or the issuer, while a later citation of the same document gives them:
//! "… theo Nghị định số 59/2012/NĐ-CP …" in part I and "Nghị định số
//! 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ" only in part II. The order is
//! that of the document: legal bases, parent plan, preamble, then the parts
//! and their items, then the closing. "Nghị định A ngày … và Nghị định B ngày
//! … của Chính phủ" gives both the same issuer.
//!
//! **Why**: Nghị định 30/2020/NĐ-CP (Phụ lục I) has the first citation of a
//! document give its type, number-symbol, date, issuer and subject; later
//! ones may give only type and number-symbol (FACTS.md §3). A reader meets the
//! short form before knowing which document it is.
//!
//! **Wrong**: `"legal_bases": [{"kind": "Nghị định", "number": "59/2012/NĐ-CP", "date": "", "issuer": ""}], "preamble": "Thực hiện Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật, …"`
//!
//! **Right**: `"legal_bases": [{"kind": "Nghị định", "number": "59/2012/NĐ-CP", "date": "23/7/2012", "issuer": "Chính phủ"}], "preamble": "Thực hiện Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật, …"`

use super::cited::{self, Cited};
use crate::diagnostic::Severity;
use crate::model::{Item, Plan, Pointer};
use crate::reference::documents::lookup_key;
use crate::rules::{text, Checker, Finding, ItemFields, Rule, RuleInfo};

/// KH4007.
pub struct FirstCitationIncomplete;

static INFO: RuleInfo = RuleInfo {
    code: "KH4007",
    slug: "first-citation-incomplete",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Lần trích dẫn đầu tiên thiếu ngày hoặc cơ quan ban hành",
    summary_en: "First citation lacks the date or issuer",
};

impl Rule for FirstCitationIncomplete {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn plan_reads(&self) -> ItemFields {
        ItemFields::OUTLINE.union(ItemFields::TEXT)
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let citations = in_document_order(plan);
        let keys: Vec<String> = citations.iter().map(|c| lookup_key(&c.number)).collect();
        for (i, first) in citations.iter().enumerate() {
            let key = keys.get(i);
            if keys
                .get(..i)
                .is_some_and(|before| before.iter().any(|k| Some(k) == key))
            {
                continue;
            }
            let lacks_date = first.date_text.trim().is_empty();
            let lacks_issuer = first.issuer.trim().is_empty();
            if !lacks_date && !lacks_issuer {
                continue;
            }
            let later = citations.iter().zip(&keys).skip(i + 1).find(|(c, k)| {
                Some(*k) == key
                    && (!lacks_date || !c.date_text.trim().is_empty())
                    && (!lacks_issuer || !c.issuer.trim().is_empty())
            });
            if let Some((later, _)) = later {
                report(first, later, lacks_date, lacks_issuer, checker);
            }
        }
    }
}

fn report(
    first: &Cited<'_>,
    later: &Cited<'_>,
    lacks_date: bool,
    lacks_issuer: bool,
    checker: &mut Checker<'_>,
) {
    let (missing_vi, missing_en) = match (lacks_date, lacks_issuer) {
        (true, true) => (
            "ngày ban hành và cơ quan ban hành",
            "the date and the issuer",
        ),
        (true, false) => ("ngày ban hành", "the date"),
        _ => ("cơ quan ban hành", "the issuer"),
    };
    let label = first.label();
    let at = later.path(if lacks_date { "date" } else { "issuer" });
    let at = at.as_str();
    let mut finding = Finding::new(
        first.path(if lacks_date { "date" } else { "issuer" }),
        text(
            format!("Lần trích dẫn đầu tiên của {label} thiếu {missing_vi}; lần trích dẫn sau (tại {at}) mới ghi đủ."),
            format!("The first citation of {label} lacks {missing_en}; a later one (at {at}) gives it."),
        ),
    )
    .help(text(
        "Lần viện dẫn đầu tiên ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu; các lần sau chỉ cần tên loại và số, ký hiệu (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        "The first citation gives type, number-symbol, date, issuer and subject; later ones need only type and number-symbol (Decree 30/2020, Appendix I).",
    ));
    finding.range = first.range();
    checker.report(finding);
}

/// Every numbered citation, in the order a reader meets them.
fn in_document_order(plan: &Plan) -> Vec<Cited<'_>> {
    let mut out = cited::structured(plan);
    out.extend(cited::written(&plan.preamble, || {
        Pointer::root().key("preamble")
    }));
    for (s, section) in plan.sections.iter().enumerate() {
        let at = || Pointer::root().key("sections").index(s);
        out.extend(cited::written(&section.heading, || at().key("heading")));
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            out.extend(cited::written(paragraph, || {
                at().key("paragraphs").index(p)
            }));
        }
        items_in_order(&section.items, &at, &mut out);
    }
    out.extend(cited::written(&plan.closing, || {
        Pointer::root().key("closing")
    }));
    out
}

fn items_in_order<'a>(items: &'a [Item], parent: &dyn Fn() -> Pointer, out: &mut Vec<Cited<'a>>) {
    for (i, item) in items.iter().enumerate() {
        let at = || parent().key("items").index(i);
        out.extend(cited::written(&item.heading, || at().key("heading")));
        for (p, paragraph) in item.paragraphs.iter().enumerate() {
            out.extend(cited::written(paragraph, || {
                at().key("paragraphs").index(p)
            }));
        }
        items_in_order(&item.items, &at, out);
    }
}
