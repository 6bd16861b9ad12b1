//! The WebAssembly boundary in Node: `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

mod wasm_cases;

use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    wasm_cases::version_is_the_crate_version();
}

#[wasm_bindgen_test]
fn valid_plan_has_no_diagnostics() {
    wasm_cases::valid_plan_has_no_diagnostics();
}

#[wasm_bindgen_test]
fn impossible_dates_are_kh3001_at_their_fields() {
    wasm_cases::impossible_dates_are_kh3001_at_their_fields();
}

#[wasm_bindgen_test]
fn messages_follow_the_language_option() {
    wasm_cases::messages_follow_the_language_option();
}

#[wasm_bindgen_test]
fn json_text_gives_the_same_report_as_the_object() {
    wasm_cases::json_text_gives_the_same_report_as_the_object();
}

#[wasm_bindgen_test]
fn rule_levels_apply() {
    wasm_cases::rule_levels_apply();
}

#[wasm_bindgen_test]
fn plans_without_schema_are_migrated() {
    wasm_cases::plans_without_schema_are_migrated();
}

#[wasm_bindgen_test]
fn malformed_json_is_e_json() {
    wasm_cases::malformed_json_is_e_json();
}

#[wasm_bindgen_test]
fn plans_of_the_wrong_shape_are_e_schema() {
    wasm_cases::plans_of_the_wrong_shape_are_e_schema();
}

#[wasm_bindgen_test]
fn bad_options_are_e_options() {
    wasm_cases::bad_options_are_e_options();
}

#[wasm_bindgen_test]
fn rules_lists_the_registry() {
    wasm_cases::rules_lists_the_registry();
}
