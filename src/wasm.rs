//! The WebAssembly boundary, the only file that knows wasm-bindgen.
//!
//! Thin on purpose: convert from JavaScript, call the core, convert back.
//! Failures become JavaScript `Error`s with a stable `code` property
//! (`E_JSON`, `E_SCHEMA`, `E_OPTIONS`, `E_INTERNAL`) and a message in the
//! language the options ask for.

use crate::context::{Context, Lang, Options};
use crate::diagnostic::{FixSafety, Severity};
use crate::model::{self, MigrationError, Plan};
use crate::rules::registry;
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `Error`, given a `code` property before it is thrown.
    #[wasm_bindgen(js_name = Error)]
    type CodedError;

    #[wasm_bindgen(constructor, js_class = "Error")]
    fn new(message: &str) -> CodedError;

    #[wasm_bindgen(method, setter)]
    fn set_code(this: &CodedError, code: &str);
}

/// Why a call failed: a stable code and the message in both languages.
struct Failure {
    code: &'static str,
    vi: String,
    en: String,
}

impl Failure {
    fn into_js(self, lang: Lang) -> JsValue {
        let error = CodedError::new(&lang.pick(self.vi, self.en));
        error.set_code(self.code);
        error.into()
    }

    fn options(detail: &str) -> Failure {
        Failure {
            code: "E_OPTIONS",
            vi: format!("Tùy chọn không hợp lệ: {detail}"),
            en: format!("Invalid options: {detail}"),
        }
    }

    fn internal(detail: &str) -> Failure {
        Failure {
            code: "E_INTERNAL",
            vi: format!("Lỗi nội bộ khi trả kết quả: {detail}"),
            en: format!("Internal error while returning the result: {detail}"),
        }
    }
}

impl From<MigrationError> for Failure {
    fn from(error: MigrationError) -> Failure {
        let code = match error {
            MigrationError::Syntax { .. } => "E_JSON",
            _ => "E_SCHEMA",
        };
        Failure {
            code,
            vi: error.message_vi(),
            en: error.message_en(),
        }
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Validates a plan given as a JavaScript object; returns the report as a plain object.
#[wasm_bindgen]
pub fn validate(plan: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    validate_with(options, || plan_from_js(plan))
}

/// Validates a plan given as the text of a JSON file; returns the report as a plain object.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    validate_with(options, || model::from_json(text))
}

/// Every rule: code, slug, default severity, fix safety and one-line summaries.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsValue> {
    let rows: Vec<RuleRow> = registry::all()
        .map(|info| RuleRow {
            code: info.code,
            slug: info.slug,
            severity: info.severity,
            fix: info.fix,
            summary_vi: info.summary_vi,
            summary_en: info.summary_en,
        })
        .collect();
    to_js(&rows).map_err(|failure| failure.into_js(Lang::default()))
}

/// One row of the rule table as the page sees it.
#[derive(Serialize)]
struct RuleRow {
    code: &'static str,
    slug: &'static str,
    severity: Severity,
    fix: Option<FixSafety>,
    summary_vi: &'static str,
    summary_en: &'static str,
}

/// Reads the options object; `undefined` or `null` means the defaults.
fn context(options: JsValue) -> Result<Context, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Context::default());
    }
    let value: Value = serde_wasm_bindgen::from_value(options)
        .map_err(|e| Failure::options(&e.to_string()).into_js(Lang::default()))?;
    // The language is read first so that every later complaint is in it.
    let lang = value
        .get("lang")
        .and_then(Value::as_str)
        .and_then(Lang::parse)
        .unwrap_or_default();
    let options: Options = serde_json::from_value(value)
        .map_err(|e| Failure::options(&e.to_string()).into_js(lang))?;
    options.into_context().map_err(|e| {
        Failure {
            code: "E_OPTIONS",
            vi: e.vi,
            en: e.en,
        }
        .into_js(lang)
    })
}

fn plan_from_js(plan: JsValue) -> Result<Plan, MigrationError> {
    let value: Value = serde_wasm_bindgen::from_value(plan).map_err(|e| MigrationError::Shape {
        detail: e.to_string(),
    })?;
    model::from_value(value)
}

/// Reads the options first, so that a plan that cannot be read is reported in their language.
fn validate_with(
    options: JsValue,
    read_plan: impl FnOnce() -> Result<Plan, MigrationError>,
) -> Result<JsValue, JsValue> {
    let ctx = context(options)?;
    read_plan()
        .map_err(Failure::from)
        .and_then(|plan| to_js(&crate::validate(&plan, &ctx)))
        .map_err(|failure| failure.into_js(ctx.lang))
}

/// Converts to plain objects and arrays (no `Map`s), with `null` for absent values.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, Failure> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| Failure::internal(&e.to_string()))
}
