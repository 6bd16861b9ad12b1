//! The legal-documents table holds every document of FACTS.md §1 with the
//! dates, replacements and confidence marks FACTS.md gives.

use chrono::NaiveDate;
use kehoach::reference::documents::{Confidence, Documents};
use kehoach::reference::Reference;

/// "31/03/2025" as a date.
fn day(text: &str) -> NaiveDate {
    let parts: Vec<u32> = text.split('/').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        &[d, m, y] => NaiveDate::from_ymd_opt(y as i32, m, d),
        _ => None,
    }
    .unwrap_or_else(|| panic!("not a date: {text}"))
}

fn opt_day(text: &str) -> Option<NaiveDate> {
    (!text.is_empty()).then(|| day(text))
}

/// number, kind, issuer, issued, valid_from, valid_until, replaced_by, confidence
/// ("" for none), as FACTS.md §1 states them.
type Fact = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Confidence,
);

#[rustfmt::skip]
const FACTS: &[Fact] = &[
    ("59/2012/NĐ-CP", "Nghị định", "Chính phủ", "23/07/2012", "", "31/03/2025", "80/2025/NĐ-CP", Confidence::Confirmed),
    ("32/2020/NĐ-CP", "Nghị định", "Chính phủ", "05/03/2020", "", "31/03/2025", "", Confidence::Confirmed),
    ("14/2014/TT-BTP", "Thông tư", "Bộ trưởng Bộ Tư pháp", "15/05/2014", "", "31/03/2025", "04/2021/TT-BTP", Confidence::Likely),
    ("04/2021/TT-BTP", "Thông tư", "Bộ trưởng Bộ Tư pháp", "21/06/2021", "", "31/03/2025", "", Confidence::Likely),
    ("08/2024/TT-BTP", "Thông tư", "Bộ Tư pháp", "15/08/2024", "", "", "", Confidence::Open),
    ("08/2025/TT-BTP", "Thông tư", "Bộ Tư pháp", "12/06/2025", "", "", "", Confidence::Likely),
    ("80/2025/NĐ-CP", "Nghị định", "Chính phủ", "01/04/2025", "01/04/2025", "", "", Confidence::Confirmed),
    ("64/2025/QH15", "Luật", "Quốc hội", "19/02/2025", "01/04/2025", "", "", Confidence::Confirmed),
    ("87/2025/QH15", "Luật", "Quốc hội", "25/06/2025", "", "", "", Confidence::Confirmed),
    ("78/2025/NĐ-CP", "Nghị định", "Chính phủ", "01/04/2025", "", "", "", Confidence::Confirmed),
    ("187/2025/NĐ-CP", "Nghị định", "Chính phủ", "", "", "", "", Confidence::Confirmed),
    ("30/2020/NĐ-CP", "Nghị định", "Chính phủ", "05/03/2020", "05/03/2020", "", "", Confidence::Confirmed),
    ("49/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "13/01/2021", "", "", "", Confidence::Confirmed),
    ("76/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "14/01/2022", "", "", "", Confidence::Confirmed),
];

#[test]
fn every_facts_document_is_in_the_table() {
    let docs = Documents::builtin();
    assert_eq!(docs.all().len(), FACTS.len());
    for &(number, kind, issuer, issued, from, until, replaced_by, confidence) in FACTS {
        let doc = docs
            .find(number)
            .unwrap_or_else(|| panic!("{number} missing"));
        assert_eq!(doc.number, number);
        assert_eq!(doc.kind, kind, "{number}");
        assert_eq!(doc.issuer, issuer, "{number}");
        assert_eq!(doc.issued, opt_day(issued), "{number}: issued");
        assert_eq!(doc.valid_from, opt_day(from), "{number}: valid_from");
        assert_eq!(doc.valid_until, opt_day(until), "{number}: valid_until");
        assert_eq!(
            doc.replaced_by.as_deref().unwrap_or(""),
            replaced_by,
            "{number}: replaced_by"
        );
        assert_eq!(doc.confidence, confidence, "{number}: confidence");
        assert!(
            !doc.note.vi.is_empty() && !doc.note.en.is_empty(),
            "{number}: note"
        );
    }
}

#[test]
fn amendments_point_at_documents_in_the_table() {
    let docs = Documents::builtin();
    let amended = |number: &str| docs.find(number).map(|d| d.amended_by.clone());
    assert_eq!(
        amended("59/2012/NĐ-CP"),
        Some(vec!["32/2020/NĐ-CP".to_string()])
    );
    assert_eq!(
        amended("64/2025/QH15"),
        Some(vec!["87/2025/QH15".to_string()])
    );
    assert_eq!(
        amended("78/2025/NĐ-CP"),
        Some(vec!["187/2025/NĐ-CP".to_string()])
    );
    for doc in docs.all() {
        for other in doc
            .amended_by
            .iter()
            .chain(&doc.replaced_by)
            .chain(&doc.parent)
        {
            assert!(docs.find(other).is_some(), "{} names {other}", doc.number);
        }
    }
}

#[test]
fn the_old_basis_ends_when_decree_80_begins() {
    let reference = Reference::builtin();
    let last_old_day = day("31/03/2025");
    let first_new_day = day("01/04/2025");
    for number in [
        "59/2012/NĐ-CP",
        "32/2020/NĐ-CP",
        "14/2014/TT-BTP",
        "04/2021/TT-BTP",
    ] {
        let doc = reference
            .documents
            .find(number)
            .unwrap_or_else(|| panic!("{number}"));
        assert!(doc.in_force_on(last_old_day), "{number}");
        assert!(!doc.in_force_on(first_new_day), "{number}");
    }
    let basis = reference.documents.find("80/2025/NĐ-CP").expect("80/2025");
    assert!(!basis.in_force_on(last_old_day));
    assert!(basis.in_force_on(first_new_day));
    // Seed 000 cites 08/2024 as issued 15/8/2024; its end is open, so it is not ruled out.
    let open = reference.documents.find("08/2024/TT-BTP").expect("08/2024");
    assert!(!open.in_force_on(day("14/08/2024")));
    assert!(open.in_force_on(day("01/01/2026")));
}
