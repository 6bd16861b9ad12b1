//! Citation rules against real plans: the Lai Châu 2025 fixture (seed 002) at
//! its own date and moved to 2026, and the preambles of the other seeds.

use kehoach::model::{PartialDate, Section};
use kehoach::{from_json, validate, Context, Diagnostic, Plan, Severity};

const LAI_CHAU_JSON: &str = include_str!("fixtures/plans/lai-chau-2025.json");

fn seed(name: &str) -> String {
    let path = format!(
        "{}/../shared/corpus/seeds/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    kehoach::text::to_nfc(&text).into_owned()
}

fn lai_chau() -> Plan {
    from_json(LAI_CHAU_JSON).expect("the Lai Châu fixture is a valid plan")
}

fn findings(plan: &Plan, prefix: &str) -> Vec<Diagnostic> {
    validate(plan, &Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with(prefix))
        .collect()
}

fn moved_to(mut plan: Plan, day: Option<u32>, month: u32, year: i32) -> Plan {
    plan.year = Some(year);
    plan.date = PartialDate {
        day,
        month: Some(month),
        year: Some(year),
    };
    plan
}

#[test]
fn lai_chau_at_its_date_cites_law_in_force() {
    let plan = lai_chau();
    assert_eq!(findings(&plan, "KH4"), []);
    // A draft: only the blanks left for the records office are mentioned.
    let format: Vec<_> = findings(&plan, "KH5")
        .into_iter()
        .map(|d| (d.code, d.path, d.severity))
        .collect();
    assert_eq!(
        format,
        [
            (
                "KH5007".to_string(),
                "/number/number".to_string(),
                Severity::Info
            ),
            ("KH5007".to_string(), "/date".to_string(), Severity::Info),
        ]
    );
    assert_eq!(findings(&plan, "KH6"), []);
}

#[test]
fn lai_chau_moved_to_2026_reports_the_superseded_decrees() {
    let plan = moved_to(lai_chau(), None, 1, 2026);
    let superseded = findings(&plan, "KH4003");
    let paths: Vec<_> = superseded.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "/legal_bases/0/number",
            "/legal_bases/1/number",
            "/legal_bases/2/number"
        ]
    );
    for d in &superseded {
        assert_eq!(d.severity, Severity::Error);
        assert!(d.message.contains("01/4/2025"), "{}", d.message);
        assert!(
            d.message
                .contains("văn bản thay thế: Nghị định 80/2025/NĐ-CP"),
            "{}",
            d.message
        );
        assert!(d.message.contains("tháng 01/2026"), "{}", d.message);
    }
    assert!(superseded[2]
        .message
        .starts_with("Thông tư 04/2021/TT-BTP hết hiệu lực cùng Nghị định 59/2012/NĐ-CP"));
    // Only the decree replaced directly can be rewritten as its successor.
    let fix = superseded[0].fix.as_ref().expect("59/2012 → 80/2025");
    assert!(fix
        .edits
        .iter()
        .any(|e| e.path == "/legal_bases/0/number" && e.insert == "80/2025/NĐ-CP"));
    assert!(superseded[1].fix.is_none());
    assert_eq!(findings(&plan, "KH4004"), []);
}

#[test]
fn the_decrees_end_on_1_april_2025() {
    let last_day = moved_to(lai_chau(), Some(31), 3, 2025);
    assert_eq!(findings(&last_day, "KH4003"), []);
    let first_day = moved_to(lai_chau(), Some(1), 4, 2025);
    assert_eq!(findings(&first_day, "KH4003").len(), 3);
    // A draft dated only "tháng 4 năm 2025" is held to its first day, 01/4/2025.
    let april = moved_to(lai_chau(), None, 4, 2025);
    assert_eq!(findings(&april, "KH4003").len(), 3);
}

#[test]
fn a_2024_preamble_citing_the_2014_circular_gets_a_warning_not_an_error() {
    let text = seed("004_a9dbd5e3c790d69f");
    let start = text
        .find("Thực hiện Nghị định số 59/2012")
        .expect("the preamble");
    let end = text[start..].find("như sau:").expect("its end") + start + "như sau:".len();
    let plan = Plan {
        year: Some(2024),
        preamble: text[start..end].to_string(),
        ..Plan::default()
    };
    let possibly = findings(&plan, "KH4004");
    assert_eq!(possibly.len(), 1, "{possibly:?}");
    assert_eq!(possibly[0].path, "/preamble");
    assert_eq!(possibly[0].severity, Severity::Warning);
    assert!(possibly[0]
        .message
        .starts_with("Có thể Thông tư 14/2014/TT-BTP đã được thay thế từ ngày 21/6/2021"));
    assert!(possibly[0].message.contains("chưa được xác nhận"));
    assert_eq!(findings(&plan, "KH4003"), []);
    // The same preamble in a 2026 plan cites repealed law: errors, one per document.
    let later = Plan {
        year: Some(2026),
        ..plan
    };
    let repealed: Vec<_> = findings(&later, "KH4003")
        .into_iter()
        .map(|d| d.message.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(repealed.len(), 4, "{repealed:?}");
}

/// Every seed as one paragraph of a plan of its year: the real citations are
/// well formed, match the reference data, and come in full the first time.
#[test]
fn the_seeds_cite_correctly() {
    for (name, year) in [
        ("000_90aa8bab0da9471a", 2025),
        ("001_ceb50716d9b96aa0", 2024),
        ("002_383a8b1e79b9e5bb", 2025),
        ("003_09e25ca88ebb10ff", 2025),
        ("004_a9dbd5e3c790d69f", 2024),
    ] {
        let plan = Plan {
            year: Some(year),
            sections: vec![Section {
                paragraphs: vec![seed(name)],
                ..Section::default()
            }],
            ..Plan::default()
        };
        assert_eq!(findings(&plan, "KH4"), [], "{name}");
    }
}
