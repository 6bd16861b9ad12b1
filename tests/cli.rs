//! The `kehoach` command line, run as a real process on real files.

use std::path::PathBuf;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kehoach"))
        .args(args)
        .output()
        .expect("the kehoach binary runs")
}

fn temp_file(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kehoach-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

const INVALID_DATE_PLAN: &str = r#"{
  "schema": "kehoach/1",
  "profile": "generic",
  "year": 2025,
  "sections": [
    {"kind": "purpose", "label": "I", "heading": "MỤC ĐÍCH, YÊU CẦU", "paragraphs": ["Xác định rõ nội dung, hoạt động theo dõi."]},
    {"kind": "activities", "label": "II", "heading": "NỘI DUNG THỰC HIỆN", "items": [
      {"label": "1", "heading": "Kiểm tra tình hình thi hành pháp luật",
       "activity": {"lead": ["Sở Tư pháp"], "partners": ["Sở Nội vụ"], "output": "Kết luận kiểm tra",
                    "deadline": "trước ngày 31/04/2025"}}
    ]}
  ]
}
"#;

#[test]
fn invalid_date_exits_1_and_points_at_the_field() {
    let path = temp_file("invalid-date.json", INVALID_DATE_PLAN);
    let out = run(&["check", path.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("lỗi[KH3001]"), "{stdout}");
    assert!(stdout.contains("31/04/2025"), "{stdout}");
    // Line 10 of the file; the column is that of "31" inside the string.
    let line = INVALID_DATE_PLAN.lines().nth(9).unwrap();
    let column = line[..line.find("31/04").unwrap()].chars().count() + 1;
    let location = format!("invalid-date.json:10:{column}");
    assert!(
        stdout.contains(&location),
        "expected {location} in:\n{stdout}"
    );
    assert!(
        stdout.contains("/sections/1/items/0/activity/deadline"),
        "{stdout}"
    );
}

#[test]
fn json_format_and_english() {
    let path = temp_file("invalid-date-en.json", INVALID_DATE_PLAN);
    let out = run(&[
        "check",
        "--format",
        "json",
        "--lang",
        "en",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let parsed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diagnostics = parsed[0]["report"]["diagnostics"].as_array().unwrap();
    let first = diagnostics
        .iter()
        .find(|d| d["code"] == "KH3001")
        .expect("the impossible date is reported");
    assert_eq!(first["path"], "/sections/1/items/0/activity/deadline");
    assert!(first["message"]
        .as_str()
        .unwrap()
        .contains("not a calendar date"));
    assert_eq!(first["range"]["start"], 11);
}

#[test]
fn clean_plan_exits_0() {
    let fixed = INVALID_DATE_PLAN.replace("31/04/2025", "29/04/2025");
    let path = temp_file("clean.json", &fixed);
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn final_check_makes_blanks_errors() {
    let fixed = INVALID_DATE_PLAN.replace("31/04/2025", "30/04/2025");
    let path = temp_file("final.json", &fixed);
    let out = run(&["check", "--final", path.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("lỗi[KH5007]: Số văn bản còn để trống"),
        "{stdout}"
    );
}

#[test]
fn rule_levels_can_switch_rules_off() {
    let path = temp_file("off.json", INVALID_DATE_PLAN);
    let out = run(&["check", "--rule", "KH3001=off", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn malformed_json_exits_2_with_a_message() {
    let path = temp_file(
        "broken.json",
        "{\n  \"title\": \"Kế hoạch\",\n  \"sections\": [\n",
    );
    let out = run(&["check", path.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr.contains("cắt cụt"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let path = temp_file("syntax.json", "{\"title\" \"x\"}");
    let out = run(&["check", "--lang", "en", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 1, column 10"));
}

#[test]
fn unusable_arguments_exit_2() {
    assert_eq!(run(&["check"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
    let path = temp_file("args.json", INVALID_DATE_PLAN);
    let bad_today = run(&["check", "--today", "2025-02-30", path.to_str().unwrap()]);
    assert_eq!(bad_today.status.code(), Some(2));
    let missing = run(&["check", "/nonexistent/plan.json"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn rules_lists_every_code() {
    let out = run(&["rules", "--lang", "en"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    for code in [
        "KH1001", "KH2001", "KH2002", "KH3001", "KH3002", "KH4001", "KH0001",
    ] {
        assert!(stdout.contains(code), "{code} missing from:\n{stdout}");
    }
}

fn seed(name: &str) -> String {
    format!(
        "{}/../shared/corpus/seeds/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn checking_a_pasted_text_points_into_the_text() {
    let out = run(&["check", &seed("004_a9dbd5e3c790d69f.txt")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // The signer's name lost a letter ("Lê H�ng Sơn"): the plan cannot be
    // issued as it is, an error (KH6003) besides the importer's warning.
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("lỗi[KH6003]"), "{stdout}");
    // "Nơi nh�n:" and "Lê H�ng Sơn" are on lines 292 and 313 of the seed.
    assert!(
        stdout.contains("004_a9dbd5e3c790d69f.txt:292:7"),
        "{stdout}"
    );
    assert!(
        stdout.contains("004_a9dbd5e3c790d69f.txt:313:5"),
        "{stdout}"
    );
    assert!(stdout.contains("292 | Nơi nh�n:"), "{stdout}");
}

#[test]
fn a_text_with_an_error_exits_1() {
    // Seed 001 (Tây Ninh 2024) has no part on funding ("Kinh phí").
    let out = run(&["check", &seed("001_ceb50716d9b96aa0.txt")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("lỗi[KH1001]"), "{stdout}");
}

#[test]
fn json_report_of_a_text_gives_line_and_column() {
    let out = run(&[
        "check",
        "--format",
        "json",
        &seed("004_a9dbd5e3c790d69f.txt"),
    ]);
    let parsed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let diagnostics = parsed[0]["report"]["diagnostics"].as_array().unwrap();
    let locations = parsed[0]["locations"].as_array().unwrap();
    assert_eq!(diagnostics.len(), locations.len());
    let broken = diagnostics
        .iter()
        .position(|d| d["code"] == "KH0102")
        .expect("the broken character is reported");
    assert_eq!(locations[broken]["line"], 292);
}

#[test]
fn import_writes_the_plan_as_json() {
    let out = run(&["import", &seed("002_383a8b1e79b9e5bb.txt")]);
    assert_eq!(out.status.code(), Some(0));
    let plan = kehoach::from_json(&String::from_utf8_lossy(&out.stdout)).expect("a plan");
    let golden = std::fs::read_to_string(format!(
        "{}/tests/fixtures/import/002_383a8b1e79b9e5bb.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    assert_eq!(plan, kehoach::from_json(&golden).unwrap());
    assert_eq!(run(&["import"]).status.code(), Some(2));
    assert_eq!(run(&["import", "/nonexistent.txt"]).status.code(), Some(2));
}
