//! The stateful editor: after every edit its diagnostics equal a full
//! validation of the same plan, and the changes it reports are exactly the
//! difference from before.

use kehoach::editor::{Change, Editor};
use kehoach::{from_json, validate, Context, Plan};
use serde_json::json;
use std::collections::HashSet;

fn lai_chau() -> Plan {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/plans/lai-chau-2025.json"
    ))
    .unwrap();
    from_json(&text).unwrap()
}

/// Asserts the editor shows what `validate` gives, and that the ids it
/// reported as added/removed account for the change since `before`.
fn check(editor: &mut Editor, before: &HashSet<u32>) -> HashSet<u32> {
    editor.flush();
    assert!(!editor.is_stale());
    let expected = validate(editor.plan(), &Context::default());
    assert_eq!(editor.report(), expected, "editor and validate disagree");
    let now: HashSet<u32> = editor.diagnostics().iter().map(|(id, _)| *id).collect();
    let mut replay = before.clone();
    for change in editor.take_changes() {
        match change {
            Change::Added(id) => assert!(replay.insert(id), "added twice: {id}"),
            Change::Removed(id) => assert!(replay.remove(&id), "removed unknown: {id}"),
        }
    }
    assert_eq!(replay, now, "changes do not replay to the shown set");
    now
}

const DEADLINE: &str = "/sections/2/items/2/activity/deadline";

#[test]
fn typing_a_deadline_adds_and_removes_one_diagnostic() {
    let mut editor = Editor::new(lai_chau(), Context::default());
    let mut shown = check(&mut editor, &HashSet::new());
    let baseline = shown.len();
    for typed in ["3", "31", "31/0", "31/04", "31/04/2025"] {
        editor.set_text(DEADLINE, typed).unwrap();
        shown = check(&mut editor, &shown);
    }
    let invalid: Vec<_> = editor
        .diagnostics()
        .into_iter()
        .filter(|(_, d)| d.code == "KH3001")
        .collect();
    assert_eq!(invalid.len(), 1);
    assert_eq!(invalid[0].1.path, DEADLINE);
    // 30/04/2025 is a holiday (KH3006): the last working day before it.
    editor.set_text(DEADLINE, "29/04/2025").unwrap();
    shown = check(&mut editor, &shown);
    assert_eq!(shown.len(), baseline);
}

#[test]
fn unchanged_text_reports_nothing() {
    let mut editor = Editor::new(lai_chau(), Context::default());
    editor.take_changes();
    let current = editor.plan().sections[2].items[2]
        .activity
        .as_ref()
        .unwrap()
        .deadline
        .clone();
    editor.set_text(DEADLINE, &current).unwrap();
    assert_eq!(editor.pending_changes(), 0);
}

#[test]
fn structural_edits_recheck_everything() {
    let mut editor = Editor::new(lai_chau(), Context::default());
    let mut shown = check(&mut editor, &HashSet::new());
    editor
        .set_text("/sections/2/items/0/activity/lead/0", "")
        .unwrap();
    editor
        .set_text("/sections/2/items/0/activity/lead/1", " ")
        .unwrap();
    shown = check(&mut editor, &shown);
    let missing_lead = |editor: &Editor| {
        editor
            .diagnostics()
            .into_iter()
            .find(|(_, d)| d.code == "KH2001" || d.code == "KH2008")
            .map(|(_, d)| d.path.clone())
    };
    assert_eq!(
        missing_lead(&editor).as_deref(),
        Some("/sections/2/items/0/activity/lead")
    );
    // Inserting an item before it moves the finding with it.
    let new_item = json!({"label": "0", "heading": "Hoạt động mới",
        "activity": {"lead": ["Sở Tư pháp"], "deadline": "Quý II năm 2025"}});
    editor.insert("/sections/2/items/0", new_item).unwrap();
    shown = check(&mut editor, &shown);
    assert_eq!(
        missing_lead(&editor).as_deref(),
        Some("/sections/2/items/1/activity/lead")
    );
    editor.remove("/sections/4").unwrap();
    shown = check(&mut editor, &shown);
    assert!(editor.diagnostics().iter().any(|(_, d)| d.code == "KH1001"));
    editor.move_entry("/sections/0", "/sections/3").unwrap();
    shown = check(&mut editor, &shown);
    editor.set_value("/year", json!(2024)).unwrap();
    check(&mut editor, &shown);
}

#[test]
fn refused_edits_leave_the_plan_alone() {
    let mut editor = Editor::new(lai_chau(), Context::default());
    let before = editor.plan().clone();
    assert_eq!(editor.set_text("/year", "2025").unwrap_err().code, "E_PATH");
    assert!(editor.set_text("/sections/99/heading", "x").is_err());
    assert_eq!(
        editor.set_value("/sections", json!(3)).unwrap_err().code,
        "E_SHAPE"
    );
    assert!(editor.insert("/recipients/99", json!("x")).is_err());
    assert!(editor.remove("/nothing").is_err());
    assert_eq!(editor.plan(), &before);
}

#[test]
fn suppressions_follow_edits() {
    let mut plan = lai_chau();
    plan.suppressions.push(kehoach::model::Suppression {
        code: "KH3001".into(),
        path: "/sections/2/items/2".into(),
        reason: "Thử nghiệm".into(),
    });
    let mut editor = Editor::new(plan, Context::default());
    let mut shown = check(&mut editor, &HashSet::new());
    assert!(editor.diagnostics().iter().any(|(_, d)| d.code == "KH0001"));
    editor.set_text(DEADLINE, "31/04/2025").unwrap();
    shown = check(&mut editor, &shown);
    assert!(!editor
        .diagnostics()
        .iter()
        .any(|(_, d)| d.code == "KH0001" || d.code == "KH3001"));
    editor.set_text("/suppressions/0/reason", "").unwrap();
    check(&mut editor, &shown);
    assert!(editor.diagnostics().iter().any(|(_, d)| d.code == "KH0002"));
}

/// A long deterministic sequence of mixed edits over every text field kind.
#[test]
fn random_edit_sequence_matches_full_validation() {
    let mut editor = Editor::new(lai_chau(), Context::default());
    let mut shown = check(&mut editor, &HashSet::new());
    let texts = [
        "",
        "31/04/2025",
        "29/02/2024",
        "trước ngày 15/11/2025",
        "Sở Tư pháp",
        "STP",
        "Năm 2024",
        "Quý III năm 2025",
        "báo cáo Uỷ ban nhân dân tỉnh",
        "theo quy định tại Nghị định số 32/2020/NĐ-CP",
    ];
    let fields = [
        DEADLINE,
        "/sections/2/items/0/activity/lead/0",
        "/sections/2/items/0/activity/partners/0",
        "/sections/1/items/0/heading",
        "/sections/1/items/0/paragraphs/0",
        "/legal_bases/0/date",
        "/legal_bases/0/number",
        "/title",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..600 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let field = fields[(seed >> 33) as usize % fields.len()];
        let value = texts[(seed >> 17) as usize % texts.len()];
        // Several keystrokes may pass before the page flushes the cross-item checks.
        if editor.set_text(field, value).is_ok() && (seed >> 40).is_multiple_of(3) {
            shown = check(&mut editor, &shown);
        }
    }
}

/// Every id the editor reports as shown can be fetched, and no other.
#[test]
fn diagnostics_are_found_by_id_after_any_edit() {
    let mut plan = lai_chau();
    plan.suppressions.push(kehoach::model::Suppression {
        code: "KH1006".into(),
        path: "/sections/2".into(),
        reason: "Thử nghiệm".into(),
    });
    let mut editor = Editor::new(plan, Context::default());
    let mut gone = Vec::new();
    let edits: [(&str, &str); 5] = [
        (DEADLINE, "31/04/2025"),
        ("/sections/2/items/0/activity/lead/0", "STP"),
        (DEADLINE, "Quý III năm 2025"),
        ("/suppressions/0/reason", ""),
        ("/title", "Kế hoạch lĩnh vực lĩnh vực"),
    ];
    for (pointer, text) in edits {
        editor.set_text(pointer, text).unwrap();
        editor.flush();
        for change in editor.take_changes() {
            if let Change::Removed(id) = change {
                gone.push(id);
            }
        }
        for (id, d) in editor.diagnostics() {
            assert_eq!(editor.diagnostic(id), Some(d));
        }
        for id in &gone {
            assert!(
                editor.diagnostic(*id).is_none(),
                "removed id {id} still found"
            );
        }
    }
    editor
        .insert("/sections/2/items/0", json!({"heading": "Mới"}))
        .unwrap();
    for (id, d) in editor.diagnostics() {
        assert_eq!(editor.diagnostic(id), Some(d));
    }
}

/// A parent activity's lead check reads its sub-items: editing a sub-item's
/// text moves the parent between KH2001 and KH2008, as a full validation does.
#[test]
fn editing_a_sub_item_rechecks_its_ancestors() {
    let mut plan = lai_chau();
    let parent = &mut plan.sections[2].items[2];
    parent.paragraphs.clear();
    parent.activity.as_mut().unwrap().lead.clear();
    parent.items.push(kehoach::model::Item {
        label: "-".into(),
        heading: "Điều tra, khảo sát theo chuyên đề".into(),
        ..Default::default()
    });
    let mut editor = Editor::new(plan, Context::default());
    let mut shown = check(&mut editor, &HashSet::new());
    let code_at_parent = |editor: &Editor| {
        editor
            .diagnostics()
            .into_iter()
            .filter(|(_, d)| d.path == "/sections/2/items/2/activity/lead")
            .map(|(_, d)| d.code.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(code_at_parent(&editor), ["KH2001"]);
    let sub = "/sections/2/items/2/items/0/heading";
    editor
        .set_text(sub, "Sở Tư pháp chủ trì điều tra, khảo sát")
        .unwrap();
    shown = check(&mut editor, &shown);
    assert_eq!(code_at_parent(&editor), ["KH2008"]);
    editor
        .set_text(sub, "Điều tra, khảo sát theo chuyên đề")
        .unwrap();
    check(&mut editor, &shown);
    assert_eq!(code_at_parent(&editor), ["KH2001"]);
}
