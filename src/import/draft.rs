//! The plan as read, before it becomes a [`crate::Plan`]: every text keeps
//! its source positions, and text that could not be placed is noted where
//! it was found.

use super::tracked::Tracked;
use crate::model::{Citation, PartialDate, Profile, SectionKind};
use std::ops::Range;

/// Text the importer could not give a meaning to.
#[derive(Clone, Debug)]
pub(crate) struct Note {
    /// The text.
    pub text: Tracked,
    /// What became of it.
    pub kept: Kept,
}

/// What became of unplaced text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kept {
    /// Left out of the plan (stray marks after the end, unknown header lines).
    Dropped,
    /// Kept as the paragraph with this index of the node it is noted on.
    Paragraph(usize),
}

/// A top-level part as read.
#[derive(Clone, Debug)]
pub(crate) struct DraftSection {
    pub kind: SectionKind,
    pub label: Tracked,
    pub heading: Tracked,
    pub paragraphs: Vec<Tracked>,
    pub items: Vec<DraftItem>,
    pub span: Range<usize>,
    pub notes: Vec<Note>,
}

/// A numbered item as read.
#[derive(Clone, Debug)]
pub(crate) struct DraftItem {
    pub label: Tracked,
    pub heading: Tracked,
    pub paragraphs: Vec<Tracked>,
    pub assignees: Vec<Tracked>,
    pub activity: Option<DraftActivity>,
    pub items: Vec<DraftItem>,
    pub span: Range<usize>,
    pub notes: Vec<Note>,
}

/// Activity fields as read.
#[derive(Clone, Debug, Default)]
pub(crate) struct DraftActivity {
    pub lead: Vec<Tracked>,
    pub partners: Vec<Tracked>,
    pub output: Option<Tracked>,
    pub scope: Option<Tracked>,
    pub target: Option<Tracked>,
    pub deadline: Option<Tracked>,
    pub span: Range<usize>,
    /// Source spans of the lead and partner fields (label included).
    pub lead_span: Option<Range<usize>>,
    pub partners_span: Option<Range<usize>>,
}

/// A citation and where it was written.
#[derive(Clone, Debug)]
pub(crate) struct DraftCitation {
    pub citation: Citation,
    pub span: Range<usize>,
}

/// The signature block as read.
#[derive(Clone, Debug, Default)]
pub(crate) struct DraftSignature {
    pub authority: Vec<Tracked>,
    pub title: Option<Tracked>,
    pub name: Option<Tracked>,
}

/// The whole plan as read.
#[derive(Clone, Debug, Default)]
pub(crate) struct Draft {
    pub profile: Profile,
    pub issuer_parent: Option<Tracked>,
    pub issuer_name: Option<Tracked>,
    pub number: Option<(Tracked, Tracked)>,
    pub place: Option<Tracked>,
    pub date: Option<(PartialDate, Tracked)>,
    pub year: Option<(i32, Tracked)>,
    pub title: Option<Tracked>,
    pub legal_bases: Vec<DraftCitation>,
    pub preamble: Option<Tracked>,
    pub parent_plan: Option<DraftCitation>,
    pub sections: Vec<DraftSection>,
    pub closing: Option<Tracked>,
    pub recipients: Vec<Tracked>,
    pub recipients_span: Option<Range<usize>>,
    /// The "Nơi nhận" label as written.
    pub recipients_label: Option<Tracked>,
    pub signature: DraftSignature,
    pub footnotes: Vec<Tracked>,
    /// Unplaced text outside the body, with the pointer of the part it was found in.
    pub notes: Vec<(String, Note)>,
    /// The text has no "KẾ HOẠCH" line and starts in the middle of a sentence.
    pub truncated_start: Option<Tracked>,
}

/// The union of two spans.
pub(crate) fn cover(a: &Range<usize>, b: &Range<usize>) -> Range<usize> {
    a.start.min(b.start)..a.end.max(b.end)
}
