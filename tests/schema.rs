//! The JSON Schema in www/plan.schema.json names exactly the fields the model
//! serialises, so integrators' validation cannot drift from the Rust types.

use kehoach::model::{Activity, Citation, Item, Plan, Section};
use serde_json::Value;
use std::collections::BTreeSet;

fn schema() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/plan.schema.json"))
            .unwrap();
    serde_json::from_str(&text).unwrap()
}

fn keys(value: &Value) -> BTreeSet<String> {
    value.as_object().unwrap().keys().cloned().collect()
}

fn assert_same(schema_part: &Value, model: Value, what: &str) {
    let declared = keys(&schema_part["properties"]);
    assert_eq!(declared, keys(&model), "schema and model differ for {what}");
}

#[test]
fn schema_declares_every_model_field() {
    let schema = schema();
    let defs = &schema["definitions"];
    assert_same(
        &schema,
        serde_json::to_value(Plan::default()).unwrap(),
        "plan",
    );
    assert_same(
        &defs["section"],
        serde_json::to_value(Section::default()).unwrap(),
        "section",
    );
    assert_same(
        &defs["item"],
        serde_json::to_value(Item::default()).unwrap(),
        "item",
    );
    assert_same(
        &defs["activity"],
        serde_json::to_value(Activity::default()).unwrap(),
        "activity",
    );
    assert_same(
        &defs["citation"],
        serde_json::to_value(Citation::default()).unwrap(),
        "citation",
    );
    assert_eq!(
        schema["properties"]["schema"]["const"],
        kehoach::model::SCHEMA
    );
}
