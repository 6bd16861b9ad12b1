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
