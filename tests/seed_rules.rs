//! The domain rules on the Lai Châu 2025 seed (tests/fixtures/plans/lai-chau-2025.json,
//! transcribed from seed 002): at its real date it is a correct plan; moved to
//! 2026 it assigns work to the district level, abolished on 01/7/2025.

use kehoach::{from_json, validate, Context, Diagnostic, Plan, Severity};

fn lai_chau() -> Plan {
    from_json(include_str!("fixtures/plans/lai-chau-2025.json")).expect("the fixture parses")
}

fn moved_to(mut plan: Plan, year: i32) -> Plan {
    plan.year = Some(year);
    plan.date.year = Some(year);
    plan
}

fn found(plan: &Plan, code: &str) -> Vec<Diagnostic> {
    validate(plan, &Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code == code)
        .collect()
}

#[test]
fn at_its_real_date_the_plan_has_no_errors_and_its_district_level_exists() {
    let report = validate(&lai_chau(), &Context::default());
    let errors: Vec<_> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (&d.code, &d.path, &d.message))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(found(&lai_chau(), "KH2004").is_empty());
}

#[test]
fn moved_to_2026_it_reports_the_abolished_district_level() {
    let plan = moved_to(lai_chau(), 2026);
    let district: Vec<_> = found(&plan, "KH2004")
        .into_iter()
        .filter(|d| d.message.contains("không còn tồn tại từ ngày 01/07/2025"))
        .map(|d| (d.path, d.severity))
        .collect();
    let expected = [
        "/recipients/3",
        "/recipients/4",
        "/sections/1/items/0/activity/lead/1",
        "/sections/1/items/1/activity/lead/1",
        "/sections/1/items/2/items/1/activity/lead/1",
        "/sections/2/items/0/activity/lead/1",
        "/sections/2/items/2/activity/partners/1",
        "/sections/4/items/1/assignees/0",
    ];
    let paths: Vec<_> = district.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, expected);
    assert!(district.iter().all(|(_, s)| *s == Severity::Error));
}

#[test]
fn moved_to_2026_the_district_committee_gets_the_commune_level_as_successor() {
    let plan = moved_to(lai_chau(), 2026);
    let lead = found(&plan, "KH2004")
        .into_iter()
        .find(|d| d.path == "/sections/1/items/0/activity/lead/1")
        .expect("UBND cấp huyện is reported");
    assert_eq!(
        lead.message,
        "\"UBND cấp huyện\" không còn tồn tại từ ngày 01/07/2025, trước ngày của kế hoạch \
         (01/01/2026); đơn vị thay thế vào ngày đó là \"Ủy ban nhân dân cấp xã\"."
    );
    let fix = lead.fix.expect("a fix names the successor");
    assert_eq!(fix.edits[0].insert, "Ủy ban nhân dân cấp xã");
    // "Phòng Tư pháp các huyện, thành phố" has no successor to offer.
    let office = found(&plan, "KH2004")
        .into_iter()
        .find(|d| d.path == "/recipients/4")
        .expect("Phòng Tư pháp cấp huyện is reported");
    assert!(office.fix.is_none());
}

#[test]
fn the_ministry_unit_is_reported_under_its_old_name_in_2026() {
    let plan = moved_to(lai_chau(), 2026);
    let unit = found(&plan, "KH2004")
        .into_iter()
        .find(|d| d.path == "/recipients/0")
        .expect("the renamed Cục is reported");
    let fix = unit.fix.expect("the new name is offered");
    // Only the bracketed unit is replaced: "Bộ Tư pháp (…)" stays.
    let range = fix.edits[0].range.expect("a range inside the recipient");
    assert_eq!((range.start, range.end), (12, 37));
}

#[test]
fn the_rules_read_the_plan_as_of_its_year_when_the_day_is_blank() {
    let plan = lai_chau();
    assert_eq!(plan.date.day, None);
    assert_eq!(
        plan.judged_on(),
        chrono::NaiveDate::from_ymd_opt(2025, 1, 1)
    );
    let mut undated = plan;
    undated.year = None;
    undated.date.year = None;
    assert_eq!(undated.judged_on(), None);
    assert!(found(&moved_to(undated.clone(), 2026), "KH2004").len() > 1);
    assert!(found(&undated, "KH2004").is_empty());
}

#[test]
fn the_editor_keeps_the_plan_wide_rules_equal_to_a_full_validation() {
    use kehoach::editor::Editor;
    let mut editor = Editor::new(lai_chau(), Context::default());
    let codes = |editor: &Editor| -> Vec<String> {
        editor
            .diagnostics()
            .into_iter()
            .map(|(_, d)| d.code.clone())
            .collect()
    };
    let edits = [
        ("/sections/2/items/1/items/1/activity/lead/0", "STP", "KH2007"),
        ("/sections/2/items/1/label", "4", "KH1002"),
        (
            "/sections/4/items/1/paragraphs/0",
            "Căn cứ vào điều kiện thực tiễn của địa phương và thời hạn tại Mục III.9 Kế hoạch này, UBND các huyện, thành phố có trách nhiệm:",
            "KH1004",
        ),
        ("/sections/2/items/0/activity/deadline", "Theo thời hạn tại Mục VI", "KH1004"),
        ("/sections/4/items/3/assignees/0", "Sở Tư phap", "KH2003"),
        ("/sections/1/items/0/activity/lead/0", "Sở Nội vụ", "KH2005"),
    ];
    for (path, typed, code) in edits {
        let mut so_far = String::new();
        for c in typed.chars() {
            so_far.push(c);
            editor.set_text(path, &so_far).expect("a text field");
            // Cross-item checks run when typing pauses; the page flushes then.
            editor.flush();
            assert_eq!(
                editor.report(),
                validate(editor.plan(), &Context::default()),
                "after typing {so_far:?} at {path}"
            );
        }
        assert!(
            codes(&editor).iter().any(|c| c == code),
            "{code} after {path}"
        );
    }
}

/// The structure and agency rules added with them (KH1002–KH1006, KH2003–KH2007).
const STRUCTURE_AND_AGENCY: [&str; 10] = [
    "KH1002", "KH1003", "KH1004", "KH1005", "KH1006", "KH2003", "KH2004", "KH2005", "KH2006",
    "KH2007",
];

fn imported(id: &str) -> Plan {
    let path = format!(
        "{}/../shared/corpus/seeds/{id}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    kehoach::import::import_text(&text).plan
}

fn structure_and_agency(plan: &Plan) -> Vec<(String, String)> {
    validate(plan, &Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| STRUCTURE_AND_AGENCY.contains(&d.code.as_str()))
        .map(|d| (d.code, d.path))
        .collect()
}

/// Reviewed: activities that name no output (KH1006) are really without one in
/// the text; the unknown agencies are the units of a Văn phòng (001) and heads
/// named without their agency (004, "Giám đốc Sở"); Lai Châu gives "cấp xã" an
/// activity but no duty paragraph, and writes "Đoàn luật sư tỉnh" once beside
/// "Đoàn Luật sư tỉnh". Hà Nội's "Mục III.6" and "Mục III.4" resolve.
#[test]
fn the_imported_seeds_give_only_their_real_findings() {
    let outputs = |paths: &[&str]| -> Vec<(String, String)> {
        paths
            .iter()
            .map(|p| ("KH1006".to_string(), format!("{p}/activity/output")))
            .collect()
    };
    let pair = |code: &str, path: &str| (code.to_string(), path.to_string());
    let expected: [(&str, Vec<(String, String)>); 5] = [
        (
            "000_90aa8bab0da9471a",
            outputs(&[
                "/sections/1/items/0/items/0",
                "/sections/1/items/0/items/1",
                "/sections/1/items/0/items/2",
                "/sections/1/items/0/items/3",
            ]),
        ),
        (
            "001_ceb50716d9b96aa0",
            vec![
                pair("KH2003", "/sections/2/items/0/assignees/0"),
                pair("KH2003", "/sections/2/items/1/assignees/0"),
            ],
        ),
        (
            "002_383a8b1e79b9e5bb",
            [
                vec![
                    pair("KH2005", "/sections/1/items/0/activity/lead/2"),
                    pair("KH2007", "/sections/4/items/2/items/2/assignees/1"),
                ],
                outputs(&[
                    "/sections/1/items/0",
                    "/sections/1/items/1",
                    "/sections/1/items/2/items/0",
                    "/sections/1/items/2/items/1",
                    "/sections/2/items/0",
                    "/sections/2/items/1/items/0",
                    "/sections/2/items/1/items/1",
                    "/sections/2/items/2",
                ]),
            ]
            .concat(),
        ),
        (
            "003_09e25ca88ebb10ff",
            outputs(&["/sections/1/items/1/items/4"]),
        ),
        (
            "004_a9dbd5e3c790d69f",
            [
                outputs(&[
                    "/sections/2/items/0",
                    "/sections/2/items/1/items/0",
                    "/sections/2/items/1/items/1",
                    "/sections/2/items/5/items/0",
                ]),
                vec![
                    pair("KH2003", "/sections/3/items/0/assignees/0"),
                    pair("KH2003", "/sections/3/items/0/assignees/1"),
                ],
            ]
            .concat(),
        ),
    ];
    for (id, want) in expected {
        assert_eq!(structure_and_agency(&imported(id)), want, "{id}");
    }
}

#[test]
fn hanoi_with_part_iii_cut_short_has_broken_references() {
    let mut plan = imported("004_a9dbd5e3c790d69f");
    plan.sections[2].items.truncate(5);
    let broken: Vec<_> = validate(&plan, &Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code == "KH1004")
        .map(|d| d.message)
        .collect();
    assert_eq!(broken.len(), 3, "{broken:#?}");
    assert!(broken
        .iter()
        .all(|m| m.contains("Mục III không có mục \"6\"")));
}

#[test]
fn hanoi_moved_to_2026_reports_the_merged_department() {
    let plan = moved_to(imported("004_a9dbd5e3c790d69f"), 2026);
    let merged: Vec<_> = found(&plan, "KH2004")
        .into_iter()
        .filter(|d| d.message.starts_with("\"Sở Tài nguyên và Môi trường\""))
        .collect();
    assert_eq!(merged.len(), 1);
    assert!(merged[0]
        .message
        .ends_with("đã hợp nhất vào \"Sở Nông nghiệp và Môi trường\"."));
    assert!(found(&imported("004_a9dbd5e3c790d69f"), "KH2004").is_empty());
}
