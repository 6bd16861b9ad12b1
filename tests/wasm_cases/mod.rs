//! Cases for the WebAssembly boundary, run both in Node and in headless Chromium.
//! Everything goes through the exported functions as JavaScript calls them:
//! plans and options are real JS objects, results are read back as JSON text.
//! A test file includes this module with `#[macro_use]` and calls `all_case_tests!()`.

/// One `#[wasm_bindgen_test]` per named case.
macro_rules! case_tests {
    ($($case:ident),* $(,)?) => {$(
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn $case() {
            wasm_cases::$case();
        }
    )*};
}

/// Declares every case of this module as a test of the including file.
macro_rules! all_case_tests {
    () => {
        case_tests!(
            version_is_the_crate_version,
            valid_plan_has_no_diagnostics,
            impossible_dates_are_kh3001_at_their_fields,
            messages_follow_the_language_option,
            json_text_gives_the_same_report_as_the_object,
            rule_levels_apply,
            plans_without_schema_are_migrated,
            malformed_json_is_e_json,
            plans_of_the_wrong_shape_are_e_schema,
            bad_options_are_e_options,
            rules_lists_the_registry,
            editor_reports_changed_diagnostics,
            editor_refuses_bad_edits_with_codes,
            deadlines_are_described_while_typing,
            agencies_complete_for_the_plan_date,
            preview_escapes_what_was_typed,
            pasted_text_is_imported,
        );
    };
}

use kehoach::wasm::{
    complete_agency, describe_deadline, import_text, rules, validate, validate_json, version,
    Editor,
};
use kehoach::{Report, Severity};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = JSON, js_name = parse)]
    fn json_parse(text: &str) -> JsValue;

    #[wasm_bindgen(js_namespace = JSON, js_name = stringify)]
    fn json_stringify(value: &JsValue) -> String;

    #[wasm_bindgen(js_name = Error)]
    type ThrownError;

    #[wasm_bindgen(method, getter)]
    fn code(this: &ThrownError) -> Option<String>;

    #[wasm_bindgen(method, getter)]
    fn message(this: &ThrownError) -> String;
}

/// A law-monitoring plan with phrases from the Lai Châu 2025 seed, its number,
/// date and signer filled in; `{deadline}`
/// is the survey activity's deadline and `{report_date}` the date in a duty.
const PLAN: &str = r#"{
  "schema": "kehoach/1",
  "issuer": {"parent": "", "name": "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"},
  "number": {"number": "12", "symbol": "KH-UBND"},
  "place": "Lai Châu",
  "date": {"day": 21, "month": 1, "year": 2025},
  "year": 2025,
  "title": "Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu",
  "sections": [
    {"kind": "purpose", "label": "I", "heading": "MỤC ĐÍCH, YÊU CẦU",
     "paragraphs": ["Xác định rõ nội dung, hoạt động theo dõi; phạm vi trách nhiệm của các cơ quan, địa phương trong việc thực hiện công tác theo dõi tình hình thi hành pháp luật."]},
    {"kind": "activities", "label": "II", "heading": "CÁC HOẠT ĐỘNG THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT",
     "items": [{"label": "1", "heading": "Điều tra, khảo sát tình hình thi hành pháp luật",
                "activity": {"lead": ["Sở Tư pháp"], "partners": ["Các Sở, ban, ngành tỉnh"],
                             "output": "Báo cáo kết quả điều tra, khảo sát", "deadline": "{deadline}"}}]},
    {"kind": "budget", "label": "III", "heading": "KINH PHÍ",
     "paragraphs": ["Kinh phí thực hiện Kế hoạch theo dõi tình hình thi hành pháp luật của cơ quan, đơn vị thuộc cấp ngân sách nào do ngân sách cấp đó bảo đảm."]},
    {"kind": "organisation", "label": "IV", "heading": "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG",
     "items": [{"label": "1", "heading": "Các cơ quan chuyên môn thuộc UBND tỉnh",
                "paragraphs": ["Thực hiện báo cáo tình hình thi hành pháp luật trong phạm vi quản lý của ngành mình, gửi Sở Tư pháp tổng hợp trước ngày {report_date}."]}]}
  ],
  "signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Tổng Thanh Hải"}
}"#;

const DEADLINE_PATH: &str = "/sections/1/items/0/activity/deadline";
const DUTY_PATH: &str = "/sections/3/items/0/paragraphs/0";

fn plan_text(deadline: &str, report_date: &str) -> String {
    PLAN.replace("{deadline}", deadline)
        .replace("{report_date}", report_date)
}

fn plan_object(deadline: &str, report_date: &str) -> JsValue {
    json_parse(&plan_text(deadline, report_date))
}

fn options(json: &str) -> JsValue {
    json_parse(json)
}

/// Reads a returned report through `JSON.stringify`, as a page would see it.
fn read_report(value: &JsValue) -> Report {
    serde_json::from_str(&json_stringify(value)).expect("the report is plain JSON")
}

fn thrown(result: Result<JsValue, JsValue>) -> (String, String) {
    let error = result
        .expect_err("the call must fail")
        .dyn_into::<ThrownError>()
        .expect("a JavaScript Error is thrown");
    (error.code().unwrap_or_default(), error.message())
}

pub fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

pub fn valid_plan_has_no_diagnostics() {
    let report = validate(plan_object("29/04/2025", "03/12/2025"), JsValue::UNDEFINED);
    let report = read_report(&report.expect("valid plan"));
    assert_eq!(report.diagnostics, []);
    assert_eq!((report.errors, report.warnings, report.infos), (0, 0, 0));
}

pub fn impossible_dates_are_kh3001_at_their_fields() {
    let report = validate(plan_object("31/04/2025", "31/04/2025"), JsValue::NULL);
    let report = read_report(&report.expect("report"));
    let found: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.path.as_str(), d.severity))
        .collect();
    assert_eq!(
        found,
        [
            ("KH3001", DEADLINE_PATH, Severity::Error),
            ("KH3001", DUTY_PATH, Severity::Error),
        ]
    );
    assert_eq!(report.errors, 2);
    let deadline = &report.diagnostics[0];
    assert_eq!(
        deadline.message,
        "Ngày 31/04/2025 không có trong lịch: tháng 4 năm 2025 chỉ có 30 ngày."
    );
    let range = deadline.range.expect("the deadline has a range");
    assert_eq!((range.start, range.end), (0, 10));
    let duty = report.diagnostics[1].range.expect("the duty has a range");
    let paragraph = "Thực hiện báo cáo tình hình thi hành pháp luật trong phạm vi quản lý của ngành mình, gửi Sở Tư pháp tổng hợp trước ngày ";
    let start = paragraph.encode_utf16().count() as u32;
    assert_eq!((duty.start, duty.end), (start, start + 10));
}

pub fn messages_follow_the_language_option() {
    let plan = plan_object("31/04/2025", "03/12/2025");
    let report = validate(plan, options(r#"{"lang": "en", "today": "2025-06-01"}"#));
    let report = read_report(&report.expect("report"));
    let messages: Vec<_> = report.diagnostics.iter().map(|d| &d.message).collect();
    assert_eq!(
        messages,
        ["31/04/2025 is not a calendar date: month 4 of 2025 has only 30 days."]
    );
    assert_eq!(
        report.diagnostics[0].help.as_deref(),
        Some("Check the day, month and year (written day/month/year).")
    );
}

pub fn json_text_gives_the_same_report_as_the_object() {
    let text = plan_text("31/04/2025", "03/12/2025");
    let from_text = read_report(&validate_json(&text, JsValue::UNDEFINED).expect("report"));
    let from_object =
        read_report(&validate(json_parse(&text), JsValue::UNDEFINED).expect("report"));
    assert_eq!(from_text, from_object);
    assert_eq!(from_text.errors, 1);
}

pub fn rule_levels_apply() {
    let plan = plan_object("31/04/2025", "31/04/2025");
    let off = validate(plan.clone(), options(r#"{"rules": {"KH3001": "off"}}"#));
    assert_eq!(read_report(&off.expect("report")).diagnostics, []);
    let lowered = validate(
        plan,
        options(r#"{"rules": {"invalid-calendar-date": "info"}}"#),
    );
    let lowered = read_report(&lowered.expect("report"));
    assert_eq!((lowered.errors, lowered.infos), (0, 2));
}

pub fn plans_without_schema_are_migrated() {
    let text = plan_text("31/04/2025", "03/12/2025").replacen(r#""schema": "kehoach/1","#, "", 1);
    assert!(!text.contains("schema"));
    let report = read_report(&validate(json_parse(&text), JsValue::UNDEFINED).expect("report"));
    assert_eq!(report.errors, 1);
}

pub fn malformed_json_is_e_json() {
    let (code, message) = thrown(validate_json(
        "{\n  \"title\": \"Kế hoạch",
        JsValue::UNDEFINED,
    ));
    assert_eq!(code, "E_JSON");
    assert!(
        message.starts_with("Tệp JSON kết thúc giữa chừng (dòng 2)"),
        "{message}"
    );
    let (code, message) = thrown(validate_json("{\"title\": }", options(r#"{"lang": "en"}"#)));
    assert_eq!(code, "E_JSON");
    assert!(
        message.starts_with("JSON syntax error at line 1"),
        "{message}"
    );
}

pub fn plans_of_the_wrong_shape_are_e_schema() {
    let (code, message) = thrown(validate(json_parse("[1, 2]"), JsValue::UNDEFINED));
    assert_eq!(code, "E_SCHEMA");
    assert_eq!(
        message,
        "Tệp JSON không phải là một kế hoạch (cần một đối tượng)."
    );
    let (code, _) = thrown(validate(
        json_parse(r#"{"sections": 3}"#),
        JsValue::UNDEFINED,
    ));
    assert_eq!(code, "E_SCHEMA");
    let (code, message) = thrown(validate_json(
        r#"{"schema": "kehoach/9"}"#,
        options(r#"{"lang": "en"}"#),
    ));
    assert_eq!(code, "E_SCHEMA");
    assert!(message.contains("newer schema (kehoach/9)"), "{message}");
    // The module is still usable after every failure above.
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

pub fn bad_options_are_e_options() {
    let plan = plan_object("29/04/2025", "03/12/2025");
    let (code, message) = thrown(validate(plan.clone(), options(r#"{"lang": "fr"}"#)));
    assert_eq!(code, "E_OPTIONS");
    assert_eq!(
        message,
        "Ngôn ngữ \"fr\" không được hỗ trợ (dùng vi hoặc en)."
    );
    let (code, message) = thrown(validate(
        plan.clone(),
        options(r#"{"lang": "en", "today": "2025-02-29"}"#),
    ));
    assert_eq!(code, "E_OPTIONS");
    assert_eq!(
        message,
        "Today's date \"2025-02-29\" is invalid (expected YYYY-MM-DD)."
    );
    let (code, _) = thrown(validate(
        plan.clone(),
        options(r#"{"rules": {"KH9999": "off"}}"#),
    ));
    assert_eq!(code, "E_OPTIONS");
    let (code, message) = thrown(validate(plan, options(r#"{"lang": "en", "rules": "off"}"#)));
    assert_eq!(code, "E_OPTIONS");
    assert!(message.starts_with("Invalid options: "), "{message}");
    let (code, _) = thrown(validate_json("{}", options(r#""en""#)));
    assert_eq!(code, "E_OPTIONS");
}

pub fn rules_lists_the_registry() {
    let table: serde_json::Value =
        serde_json::from_str(&json_stringify(&rules().expect("rules"))).expect("plain JSON");
    let rows = table.as_array().expect("an array");
    let kh3001 = rows
        .iter()
        .find(|row| row["code"] == "KH3001")
        .expect("KH3001 is listed");
    assert_eq!(kh3001["slug"], "invalid-calendar-date");
    assert_eq!(kh3001["severity"], "error");
    assert_eq!(kh3001["fix"], serde_json::Value::Null);
    assert_eq!(kh3001["summary_vi"], "Ngày không có trong lịch");
    assert_eq!(kh3001["summary_en"], "Date that does not exist");
    assert!(rows.iter().any(|row| row["code"] == "KH0001"));
}

pub fn editor_reports_changed_diagnostics() {
    let mut editor = Editor::from_json(&plan_text("29/04/2025", "03/12/2025"), JsValue::UNDEFINED)
        .expect("editor");
    assert_eq!(editor.counts(), [0, 0, 0]);
    assert_eq!(
        editor
            .set_text(DEADLINE_PATH, "trước ngày 31/04/2025")
            .expect("edit"),
        1
    );
    assert_eq!(editor.counts(), [1, 0, 0]);
    let shown = json_stringify(&editor.diagnostics().expect("diagnostics"));
    let shown: serde_json::Value = serde_json::from_str(&shown).expect("plain JSON");
    assert_eq!(shown[0]["code"], "KH3001");
    assert_eq!(shown[0]["path"], DEADLINE_PATH);
    assert_eq!(shown[0]["range"]["start"], 11);
    let id = shown[0]["id"].as_u64().expect("an id") as u32;
    let one = json_stringify(&editor.diagnostic(id).expect("by id"));
    assert!(one.contains("KH3001"), "{one}");
    let as_json: serde_json::Value =
        serde_json::from_str(&editor.diagnostic_json(id)).expect("JSON text");
    assert_eq!(as_json["code"], "KH3001");
    assert_eq!(as_json["id"], id);
    assert_eq!(
        editor
            .set_text(DEADLINE_PATH, "Quý III năm 2025")
            .expect("edit"),
        1
    );
    assert!(editor.diagnostic(id).expect("by id").is_undefined());
    assert_eq!(editor.diagnostic_json(id), "");
    assert_eq!(editor.counts(), [0, 0, 0]);
    let saved = editor.plan_json().expect("plan");
    assert!(saved.contains("Quý III năm 2025"));
}

pub fn editor_refuses_bad_edits_with_codes() {
    let mut editor = Editor::new(
        plan_object("29/04/2025", "03/12/2025"),
        options(r#"{"lang": "en"}"#),
    )
    .expect("editor");
    let (code, message) = thrown(editor.set_text("/year", "2025").map(JsValue::from));
    assert_eq!(code, "E_PATH");
    assert!(message.contains("not a text field"), "{message}");
    let (code, _) = thrown(
        editor
            .set_value("/sections", json_parse("3"))
            .map(JsValue::from),
    );
    assert_eq!(code, "E_SHAPE");
    assert_eq!(
        editor
            .insert(
                "/sections/1/items/-",
                json_parse(
                    r#"{"heading": "Kiểm tra", "paragraphs": ["Sở Tư pháp kiểm tra tình hình thi hành pháp luật."]}"#
                )
            )
            .expect("insert"),
        0
    );
    // The 2025 deadline now lies outside a 2024 plan, and a plan for 2024
    // dated 21/01/2025 was issued after its deadline: two warnings appear.
    assert_eq!(
        editor.set_value("/year", json_parse("2024")).expect("year"),
        2
    );
    assert_eq!(editor.counts(), [0, 2, 0]);
    let (code, _) = thrown(Editor::from_json("{", JsValue::UNDEFINED).map(JsValue::from));
    assert_eq!(code, "E_JSON");
}

pub fn deadlines_are_described_while_typing() {
    let shown = json_stringify(
        &describe_deadline("Quý III, quý IV năm 2025", Some(2025), "vi").expect("shown"),
    );
    let shown: serde_json::Value = serde_json::from_str(&shown).expect("plain JSON");
    assert_eq!(shown["ok"], true);
    assert!(
        shown["text"].as_str().unwrap_or("").contains("01/07/2025"),
        "{shown}"
    );
    let bad = json_stringify(
        &describe_deadline("trước ngày 31/04/2025", Some(2025), "en").expect("shown"),
    );
    let bad: serde_json::Value = serde_json::from_str(&bad).expect("plain JSON");
    assert_eq!(bad["ok"], false);
    assert_eq!(
        (bad["range"]["start"].as_u64(), bad["range"]["end"].as_u64()),
        (Some(11), Some(21))
    );
}

pub fn agencies_complete_for_the_plan_date() {
    let now = complete_agency("so tai", "2026-01-01", 5);
    assert!(
        !now.iter().any(|n| n == "Sở Tài nguyên và Môi trường"),
        "{now:?}"
    );
    let then = complete_agency("so tai", "2024-06-01", 5);
    assert!(
        then.iter().any(|n| n == "Sở Tài nguyên và Môi trường"),
        "{then:?}"
    );
}

pub fn preview_escapes_what_was_typed() {
    let mut editor = Editor::from_json(&plan_text("29/04/2025", "03/12/2025"), JsValue::UNDEFINED)
        .expect("editor");
    editor
        .set_text("/title", "<script>alert(1)</script>")
        .expect("edit");
    let html = editor.preview_html();
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("data-path=\"/title\""));
    assert!(editor.document_html().starts_with("<!DOCTYPE html>"));
}

pub fn pasted_text_is_imported() {
    let seed = include_str!("../../../shared/corpus/seeds/004_a9dbd5e3c790d69f.txt");
    let imported = json_stringify(&import_text(seed, JsValue::UNDEFINED).expect("imported"));
    let imported: serde_json::Value = serde_json::from_str(&imported).expect("plain JSON");
    let plan_json = imported["planJson"].as_str().expect("plan JSON");
    let broken = imported["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["code"] == "KH0102")
        .count();
    assert_eq!(broken, 2);
    let mut editor = Editor::from_json("{}", JsValue::UNDEFINED).expect("editor");
    editor
        .replace_json(plan_json)
        .expect("the imported plan loads");
    assert!(editor.plan_json().expect("plan").contains("Hà Nội"));
}
