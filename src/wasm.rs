//! The WebAssembly boundary, the only file that knows wasm-bindgen.
//!
//! Thin on purpose: convert from JavaScript, call the core, convert back.
//! Failures become JavaScript `Error`s with a stable `code` property
//! (`E_JSON`, `E_SCHEMA`, `E_OPTIONS`, `E_INTERNAL`) and a message in the
//! language the options ask for.

use crate::assemble::html::{assemble_html, assemble_html_document, HtmlOptions};
use crate::context::{Context, Lang, Options};
use crate::diagnostic::{FixSafety, Severity};
use crate::editor::{self, Change, EditError};
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

    /// `JSON.stringify`: values from JavaScript are read as JSON text, so each
    /// model type needs one deserializer only (module size).
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// The JSON text of a JavaScript value; `None` for values JSON cannot hold.
fn to_json_text(value: &JsValue) -> Option<String> {
    json_stringify(value).ok().and_then(|text| text.as_string())
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
            MigrationError::Syntax { .. } | MigrationError::Truncated { .. } => "E_JSON",
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
    let text = to_json_text(&options)
        .ok_or_else(|| Failure::options("JSON.stringify").into_js(Lang::default()))?;
    let value: Value = serde_json::from_str(&text)
        .map_err(|e| Failure::options(&e.to_string()).into_js(Lang::default()))?;
    // The language is read first so that every later complaint is in it.
    let lang = value
        .get("lang")
        .and_then(Value::as_str)
        .and_then(Lang::parse)
        .unwrap_or_default();
    let options: Options =
        serde_json::from_str(&text).map_err(|e| Failure::options(&e.to_string()).into_js(lang))?;
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
    let text = to_json_text(&plan).ok_or(MigrationError::NotAPlan)?;
    model::from_json(&text)
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

impl From<EditError> for Failure {
    fn from(error: EditError) -> Failure {
        Failure {
            code: error.code,
            vi: error.vi,
            en: error.en,
        }
    }
}

/// A plan kept inside WebAssembly: the page sends small edits and reads back
/// only the diagnostics that changed (see `src/editor`).
///
/// Every edit returns how many change records are waiting; they are pairs of
/// u32 `[kind, id]` (kind 1 = added, 2 = removed) at `changesPtr()` in
/// `wasmMemory()`, valid until the next call. Details of an added diagnostic come
/// from `diagnostic(id)`.
#[wasm_bindgen]
pub struct Editor {
    inner: editor::Editor,
    lang: Lang,
    records: Vec<u32>,
}

#[wasm_bindgen]
impl Editor {
    /// Starts editing a plan given as a JavaScript object.
    #[wasm_bindgen(constructor)]
    pub fn new(plan: JsValue, options: JsValue) -> Result<Editor, JsValue> {
        let ctx = context(options)?;
        let lang = ctx.lang;
        let plan = plan_from_js(plan).map_err(|e| Failure::from(e).into_js(lang))?;
        Ok(Editor::start(plan, ctx))
    }

    /// Starts editing a plan given as the text of a JSON file.
    #[wasm_bindgen(js_name = fromJson)]
    pub fn from_json(text: &str, options: JsValue) -> Result<Editor, JsValue> {
        let ctx = context(options)?;
        let lang = ctx.lang;
        let plan = model::from_json(text).map_err(|e| Failure::from(e).into_js(lang))?;
        Ok(Editor::start(plan, ctx))
    }

    /// Sets the text field at a JSON Pointer — the per-keystroke call.
    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(&mut self, pointer: &str, text: &str) -> Result<u32, JsValue> {
        let result = self.inner.set_text(pointer, text);
        self.finish(result)
    }

    /// Sets any value (number, object, list, null) at a JSON Pointer.
    #[wasm_bindgen(js_name = setValue)]
    pub fn set_value(&mut self, pointer: &str, value: JsValue) -> Result<u32, JsValue> {
        let value = self.json_value(value)?;
        let result = self.inner.set_value(pointer, value);
        self.finish(result)
    }

    /// Inserts into a list; the pointer's last token is the index or "-".
    pub fn insert(&mut self, pointer: &str, value: JsValue) -> Result<u32, JsValue> {
        let value = self.json_value(value)?;
        let result = self.inner.insert(pointer, value);
        self.finish(result)
    }

    /// Removes a list entry (or clears an optional value).
    pub fn remove(&mut self, pointer: &str) -> Result<u32, JsValue> {
        let result = self.inner.remove(pointer);
        self.finish(result)
    }

    /// Moves a list entry from one place to another.
    #[wasm_bindgen(js_name = moveEntry)]
    pub fn move_entry(&mut self, from: &str, to: &str) -> Result<u32, JsValue> {
        let result = self.inner.move_entry(from, to);
        self.finish(result)
    }

    /// Replaces the whole plan (a loaded file, a restored draft).
    pub fn replace(&mut self, plan: JsValue) -> Result<u32, JsValue> {
        let plan = plan_from_js(plan).map_err(|e| Failure::from(e).into_js(self.lang))?;
        self.inner.replace(plan);
        self.finish(Ok(()))
    }

    /// Replaces the whole plan with one given as JSON text (an imported text, a file).
    #[wasm_bindgen(js_name = replaceJson)]
    pub fn replace_json(&mut self, text: &str) -> Result<u32, JsValue> {
        let plan = model::from_json(text).map_err(|e| Failure::from(e).into_js(self.lang))?;
        self.inner.replace(plan);
        self.finish(Ok(()))
    }

    /// Changes language, today's date or rule levels; re-checks everything.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&mut self, options: JsValue) -> Result<u32, JsValue> {
        let ctx = context(options)?;
        self.lang = ctx.lang;
        self.inner.set_context(ctx);
        self.finish(Ok(()))
    }

    /// Runs the cross-item checks that keystrokes left stale; call it when
    /// typing pauses. Returns the number of change records, like an edit.
    pub fn flush(&mut self) -> u32 {
        self.inner.flush();
        self.collect_changes()
    }

    /// Whether cross-item checks wait for `flush()`.
    #[wasm_bindgen(js_name = isStale)]
    pub fn is_stale(&self) -> bool {
        self.inner.is_stale()
    }

    /// Address of the change records in `wasmMemory()`.
    #[wasm_bindgen(js_name = changesPtr)]
    pub fn changes_ptr(&self) -> *const u32 {
        self.records.as_ptr()
    }

    /// One diagnostic by id, with its id, as a plain object; `undefined` if gone.
    pub fn diagnostic(&self, id: u32) -> Result<JsValue, JsValue> {
        match self.inner.diagnostic(id) {
            Some(d) => to_js(&Shown { id, diagnostic: d }).map_err(|f| f.into_js(self.lang)),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// One diagnostic by id as JSON text (`JSON.parse` it), or an empty string
    /// if gone: cheaper to cross than an object built field by field.
    #[wasm_bindgen(js_name = diagnosticJson)]
    pub fn diagnostic_json(&self, id: u32) -> String {
        self.inner
            .diagnostic(id)
            .and_then(|diagnostic| serde_json::to_string(&Shown { id, diagnostic }).ok())
            .unwrap_or_default()
    }

    /// Every diagnostic shown, each with its id.
    pub fn diagnostics(&self) -> Result<JsValue, JsValue> {
        let all: Vec<Shown<'_>> = self
            .inner
            .diagnostics()
            .into_iter()
            .map(|(id, diagnostic)| Shown { id, diagnostic })
            .collect();
        to_js(&all).map_err(|f| f.into_js(self.lang))
    }

    /// Errors, warnings and infos shown, as three numbers.
    pub fn counts(&self) -> Vec<u32> {
        self.inner
            .counts()
            .iter()
            .map(|&n| u32::try_from(n).unwrap_or(u32::MAX))
            .collect()
    }

    /// The plan assembled as an HTML fragment for the live preview: draft
    /// placeholders for blanks, `data-path` on every element showing a field.
    #[wasm_bindgen(js_name = previewHtml)]
    pub fn preview_html(&self) -> String {
        let options = HtmlOptions {
            lang: self.lang,
            show_placeholders: true,
            data_paths: true,
        };
        assemble_html(self.inner.plan(), &options)
    }

    /// The plan as a standalone HTML document in the official layout, for
    /// printing to PDF or saving.
    #[wasm_bindgen(js_name = documentHtml)]
    pub fn document_html(&self) -> String {
        let options = HtmlOptions {
            lang: self.lang,
            ..HtmlOptions::default()
        };
        assemble_html_document(self.inner.plan(), &options)
    }

    /// The plan as JSON text, pretty-printed, for autosave and export.
    #[wasm_bindgen(js_name = planJson)]
    pub fn plan_json(&self) -> Result<String, JsValue> {
        serde_json::to_string_pretty(self.inner.plan())
            .map_err(|e| Failure::internal(&e.to_string()).into_js(self.lang))
    }
}

impl Editor {
    fn start(plan: Plan, ctx: Context) -> Editor {
        let lang = ctx.lang;
        let mut editor = Editor {
            inner: editor::Editor::new(plan, ctx),
            lang,
            records: Vec::new(),
        };
        editor.collect_changes();
        editor
    }

    fn finish(&mut self, result: Result<(), EditError>) -> Result<u32, JsValue> {
        result.map_err(|e| Failure::from(e).into_js(self.lang))?;
        Ok(self.collect_changes())
    }

    /// Moves the pending changes into the record buffer; returns their number.
    fn collect_changes(&mut self) -> u32 {
        self.records.clear();
        for change in self.inner.take_changes() {
            let (kind, id) = match change {
                Change::Added(id) => (1, id),
                Change::Removed(id) => (2, id),
            };
            self.records.push(kind);
            self.records.push(id);
        }
        u32::try_from(self.records.len() / 2).unwrap_or(u32::MAX)
    }

    fn json_value(&self, value: JsValue) -> Result<Value, JsValue> {
        let unreadable = |detail: String| {
            Failure::from(EditError {
                code: "E_SHAPE",
                vi: format!("Giá trị không đọc được: {detail}"),
                en: format!("The value cannot be read: {detail}"),
            })
            .into_js(self.lang)
        };
        let text = to_json_text(&value).ok_or_else(|| unreadable("undefined".into()))?;
        serde_json::from_str(&text).map_err(|e| unreadable(e.to_string()))
    }
}

/// How a deadline text is understood: `{ok, text}` with a description of the
/// interval ("01/07/2025 – 31/12/2025 (quý III, IV năm 2025)") or the error
/// with its UTF-16 range, for display next to the field while typing.
#[wasm_bindgen(js_name = describeDeadline)]
pub fn describe_deadline(
    text: &str,
    plan_year: Option<i32>,
    lang: &str,
) -> Result<JsValue, JsValue> {
    let lang = Lang::parse(lang).unwrap_or_default();
    let shown = match crate::time::parse_deadline(text, plan_year) {
        Ok(timeframe) => DeadlineShown {
            ok: true,
            text: timeframe.describe(lang),
            range: None,
        },
        Err(error) => DeadlineShown {
            ok: false,
            text: lang
                .pick(
                    "Chưa hiểu được thời hạn này",
                    "This deadline is not understood",
                )
                .to_string(),
            range: Some(crate::diagnostic::Range::from_bytes(
                text,
                error.span.start,
                error.span.end,
            )),
        },
    };
    to_js(&shown).map_err(|f| f.into_js(lang))
}

#[derive(Serialize)]
struct DeadlineShown {
    ok: bool,
    text: String,
    range: Option<crate::diagnostic::Range>,
}

/// Agency names for an agency field: those existing on `date` ("YYYY-MM-DD",
/// or empty for any date) with a word starting with what was typed.
#[wasm_bindgen(js_name = completeAgency)]
pub fn complete_agency(query: &str, date: &str, limit: usize) -> Vec<String> {
    let on = crate::context::parse_iso_date(date);
    crate::agency::completions(
        query,
        on,
        &crate::reference::Reference::builtin().agencies,
        limit,
    )
    .into_iter()
    .map(str::to_string)
    .collect()
}

/// Imports the text of a plan (pasted, or a .txt/.md file): returns
/// `{planJson, diagnostics}` where the import findings' ranges are UTF-16
/// offsets into `text`.
#[wasm_bindgen(js_name = importText)]
pub fn import_text(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let ctx = context(options)?;
    let imported = crate::import::import_text_with(text, &ctx);
    let plan_json = serde_json::to_string(&imported.plan)
        .map_err(|e| Failure::internal(&e.to_string()).into_js(ctx.lang))?;
    to_js(&ImportedShown {
        plan_json,
        diagnostics: &imported.diagnostics,
    })
    .map_err(|f| f.into_js(ctx.lang))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImportedShown<'a> {
    plan_json: String,
    diagnostics: &'a [crate::Diagnostic],
}

/// A diagnostic with the id the editor gave it.
#[derive(Serialize)]
struct Shown<'a> {
    id: u32,
    #[serde(flatten)]
    diagnostic: &'a crate::Diagnostic,
}

/// The module's memory, for reading the editor's change records without copying.
#[wasm_bindgen(js_name = wasmMemory)]
pub fn wasm_memory() -> JsValue {
    wasm_bindgen::memory()
}
