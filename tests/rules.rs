//! Per-rule fixtures: every registered rule has `tests/fixtures/rules/<CODE>/`
//! with `invalid.json` (fires exactly the findings in `expected.json`) and
//! `valid.json` (the same plan corrected, where the rule stays silent).
//! Import findings (KH01xx) are about pasted text: their fixtures are
//! `invalid.txt` and `valid.txt`, imported rather than validated, and their
//! ranges are spans of that text.

use kehoach::diagnostic::Range;
use kehoach::import::import_text;
use kehoach::rules::registry;
use kehoach::{from_json, validate, Context, Diagnostic, Plan, Severity};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// One diagnostic `invalid.json` must produce.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct Expected {
    path: String,
    severity: Severity,
    message_vi_contains: String,
    #[serde(default)]
    range: Option<Range>,
    /// The text the range covers inside the field, counted in UTF-16 units.
    #[serde(default)]
    range_text: Option<String>,
}

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn load_plan(path: &Path) -> Plan {
    from_json(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn findings_of(plan: &Plan, code: &str) -> Vec<Diagnostic> {
    let mut found: Vec<_> = validate(plan, &Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code == code)
        .collect();
    found.sort_by_key(|d| (d.path.clone(), d.range.map(|r| r.start)));
    found
}

/// The UTF-16 slice `range` of the string field at `pointer`.
fn text_at(plan: &Plan, pointer: &str, range: Range) -> String {
    let value = serde_json::to_value(plan).expect("a plan serialises");
    let field = value
        .pointer(pointer)
        .and_then(|v| v.as_str())
        .unwrap_or_else(|| panic!("no text field at {pointer}"));
    let units: Vec<u16> = field.encode_utf16().collect();
    let slice = units
        .get(range.start as usize..range.end as usize)
        .unwrap_or_else(|| panic!("range {range:?} outside {pointer}"));
    String::from_utf16(slice).expect("range on character boundaries")
}

/// The UTF-16 slice `range` of `text`.
fn utf16_slice(text: &str, range: Range) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice = units
        .get(range.start as usize..range.end as usize)
        .unwrap_or_else(|| panic!("range {range:?} outside the input"));
    String::from_utf16(slice).expect("range on character boundaries")
}

fn expected_of(code: &str, dir: &Path) -> Vec<Expected> {
    let mut expected: Vec<Expected> = serde_json::from_str(&read(&dir.join("expected.json")))
        .unwrap_or_else(|e| panic!("{code}/expected.json: {e}"));
    assert!(!expected.is_empty(), "{code}: expected.json lists nothing");
    expected.sort_by_key(|e| (e.path.clone(), e.range.map(|r| r.start)));
    expected
}

/// The findings with this code that importing `text` reports.
fn import_findings_of(text: &str, code: &str) -> Vec<Diagnostic> {
    let mut found: Vec<_> = import_text(text)
        .diagnostics
        .into_iter()
        .filter(|d| d.code == code)
        .collect();
    found.sort_by_key(|d| (d.path.clone(), d.range.map(|r| r.start)));
    found
}

fn check_import_invalid(code: &str, dir: &Path) {
    let input = read(&dir.join("invalid.txt"));
    let expected = expected_of(code, dir);
    let found = import_findings_of(&input, code);
    assert_eq!(
        found.iter().map(|d| d.path.as_str()).collect::<Vec<_>>(),
        expected.iter().map(|e| e.path.as_str()).collect::<Vec<_>>(),
        "{code}: paths"
    );
    for (diagnostic, want) in found.iter().zip(&expected) {
        assert_eq!(
            diagnostic.severity, want.severity,
            "{code} at {}",
            want.path
        );
        assert!(
            diagnostic.message.contains(&want.message_vi_contains),
            "{code} at {}: message {:?} lacks {:?}",
            want.path,
            diagnostic.message,
            want.message_vi_contains
        );
        if let Some(range) = want.range {
            assert_eq!(diagnostic.range, Some(range), "{code} at {}", want.path);
        }
        if let Some(text) = &want.range_text {
            let range = diagnostic
                .range
                .unwrap_or_else(|| panic!("{code} at {}: no range", want.path));
            assert_eq!(&utf16_slice(&input, range), text, "{code}");
        }
    }
}

fn check_import_valid(code: &str, dir: &Path) {
    let found = import_findings_of(&read(&dir.join("valid.txt")), code);
    assert!(
        found.is_empty(),
        "{code}: valid.txt still reports {found:?}"
    );
}

fn check_invalid(code: &str, dir: &Path) {
    let plan = load_plan(&dir.join("invalid.json"));
    let expected = expected_of(code, dir);
    let found = findings_of(&plan, code);
    let paths = |v: Vec<&str>| v.join(", ");
    assert_eq!(
        found.len(),
        expected.len(),
        "{code}: found [{}], expected [{}]",
        paths(found.iter().map(|d| d.path.as_str()).collect()),
        paths(expected.iter().map(|e| e.path.as_str()).collect()),
    );
    for (diagnostic, want) in found.iter().zip(&expected) {
        assert_eq!(diagnostic.path, want.path, "{code}");
        assert_eq!(
            diagnostic.severity, want.severity,
            "{code} at {}",
            want.path
        );
        assert!(
            diagnostic.message.contains(&want.message_vi_contains),
            "{code} at {}: message {:?} lacks {:?}",
            want.path,
            diagnostic.message,
            want.message_vi_contains
        );
        if let Some(range) = want.range {
            assert_eq!(diagnostic.range, Some(range), "{code} at {}", want.path);
        }
        if let Some(text) = &want.range_text {
            let range = diagnostic
                .range
                .unwrap_or_else(|| panic!("{code} at {}: no range", want.path));
            assert_eq!(&text_at(&plan, &want.path, range), text, "{code}");
        }
    }
}

fn check_valid(code: &str, dir: &Path) {
    let plan = load_plan(&dir.join("valid.json"));
    let found = findings_of(&plan, code);
    assert!(found.is_empty(), "{code}: valid.json still fires {found:?}");
}

#[test]
fn every_rule_has_fixtures_that_fire_and_pass() {
    let root = fixtures_dir().join("rules");
    for info in registry::all() {
        let dir = root.join(info.code);
        if dir.join("invalid.txt").is_file() {
            assert!(
                dir.join("valid.txt").is_file(),
                "{}: no valid.txt",
                info.code
            );
            assert!(
                dir.join("expected.json").is_file(),
                "{}: no expected.json",
                info.code
            );
            check_import_invalid(info.code, &dir);
            check_import_valid(info.code, &dir);
            continue;
        }
        for file in ["invalid.json", "valid.json", "expected.json"] {
            assert!(
                dir.join(file).is_file(),
                "rule {} ({}) has no fixture {}",
                info.code,
                info.slug,
                dir.join(file).display()
            );
        }
        check_invalid(info.code, &dir);
        check_valid(info.code, &dir);
    }
}

#[test]
fn every_fixture_folder_names_a_registered_rule() {
    let codes: BTreeSet<_> = registry::all().map(|info| info.code).collect();
    let root = fixtures_dir().join("rules");
    let entries = fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display()));
    for entry in entries {
        let name = entry.expect("readable entry").file_name();
        let name = name.to_string_lossy();
        assert!(
            codes.contains(name.as_ref()),
            "fixtures for unknown rule {name}"
        );
    }
}

#[test]
fn minimal_plan_has_exactly_one_impossible_date() {
    let plan = load_plan(&fixtures_dir().join("plans/minimal-invalid-date.json"));
    let report = validate(&plan, &Context::default());
    let found: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str(), d.range))
        .collect();
    assert_eq!(
        found,
        [(
            "KH3001",
            "/sections/1/items/0/activity/deadline",
            Some(Range { start: 0, end: 10 })
        )]
    );
    assert_eq!(report.errors, 1);
}
