//! Plain text or Markdown of a real plan → [`Plan`], with a source map from
//! every part of the plan back to the pasted text, and diagnostics about
//! what could not be read.
//!
//! The input is normalised to NFC first; positions always point into the
//! original input.

mod blocks;
pub(crate) mod body;
pub mod diagnostics;
mod document;
mod draft;
mod emit;
mod fields;
mod footer;
mod header;
mod lines;
mod marker;
mod names;
mod normalize;
pub mod source_map;
mod tracked;
mod words;

pub use source_map::{position, Position, SourceMap};

use crate::context::Context;
use crate::diagnostic::Diagnostic;
use crate::model::Plan;

/// The result of importing a text.
#[derive(Clone, Debug)]
pub struct Imported {
    /// The plan read from the text.
    pub plan: Plan,
    /// Where each part of the plan is in the text.
    pub source_map: SourceMap,
    /// Findings about the text itself (codes KH01xx); their ranges are
    /// UTF-16 spans of the input.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads a plan from plain text or Markdown, with Vietnamese messages.
pub fn import_text(input: &str) -> Imported {
    import_text_with(input, &Context::default())
}

/// Reads a plan from plain text or Markdown, with the language and rule
/// levels of `ctx`.
pub fn import_text_with(input: &str, ctx: &Context) -> Imported {
    let normalized = normalize::normalize(input);
    let text: &str = &normalized.text;
    let lines = lines::split_lines(text);
    let draft = document::read_document(&lines);
    let truncated = draft.truncated_start.clone();
    let recipients_label = draft.recipients_label.clone();
    let mut source_map = SourceMap::new(normalized.offsets.clone());
    source_map.insert_span(String::new(), 0..text.len());
    let (plan, notes) = emit::emit(draft, &mut source_map);

    let mut reporter = diagnostics::Reporter::new(ctx, input, &normalized.offsets);
    if let Some(first) = normalized.first_change.clone() {
        reporter.decomposed(first);
    }
    if let Some(first) = &truncated {
        let path = if plan.title.is_empty() { "" } else { "/title" };
        reporter.truncated_start(path.to_string(), first);
    }
    if let Some(label) = &recipients_label {
        reporter.misspelt_recipients_label(label);
    }
    reporter.unplaced(&notes);
    reporter.broken_characters(text, &source_map);
    Imported {
        plan,
        source_map,
        diagnostics: reporter.finish(),
    }
}
