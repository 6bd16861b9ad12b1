//! Citations of numbered documents wherever a plan has them: the structured
//! legal bases and parent plan, and citations written in running text.

use crate::cite::find_citations;
use crate::diagnostic::Range;
use crate::model::{Citation, ItemRef, Plan, Pointer};
use crate::text::memo::{memoized, TextMemo};
use crate::time::{parse_date, DateParts};
use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

/// A part of a citation: borrowed from a citation object, or shared with the
/// memo of parsed texts.
#[derive(Clone, Debug)]
pub(crate) enum Part<'a> {
    /// A field of the plan.
    Borrowed(&'a str),
    /// Text parsed from a paragraph.
    Shared(Rc<str>),
}

impl Deref for Part<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Part::Borrowed(s) => s,
            Part::Shared(s) => s,
        }
    }
}

/// Where a citation is.
pub(crate) enum Place<'a> {
    /// A citation object (`/legal_bases/0`, `/parent_plan`), whose parts are fields.
    Structured(Pointer),
    /// A citation inside a text field, with its byte span in `text`.
    Written {
        /// The text field.
        path: Pointer,
        /// The field's text.
        text: &'a str,
        /// The citation's bytes.
        span: std::ops::Range<usize>,
        /// Whether it is named inside another citation's subject.
        nested: bool,
    },
}

/// A citation of a numbered document, structured or written.
pub(crate) struct Cited<'a> {
    /// Where it is.
    pub place: Place<'a>,
    /// The document type as written ("Nghị định").
    pub kind: Part<'a>,
    /// The number-symbol ("59/2012/NĐ-CP").
    pub number: Part<'a>,
    /// The date, when one is written and reads as a date.
    pub date: Option<DateParts>,
    /// The date as written; empty when there is none.
    pub date_text: Part<'a>,
    /// The issuer as written (or shared with the next citation: "A và B của Chính phủ").
    pub issuer: Part<'a>,
}

impl Cited<'_> {
    /// The pointer for a finding about the part `field` ("date", "issuer"):
    /// that field of a citation object, or the text field of a written one.
    pub(crate) fn path(&self, field: &str) -> Pointer {
        match &self.place {
            Place::Structured(path) => path.key(field),
            Place::Written { path, .. } => path.clone(),
        }
    }

    /// The span to show: a written citation's own span; none for a field.
    pub(crate) fn range(&self) -> Option<Range> {
        match &self.place {
            Place::Structured(_) => None,
            Place::Written { text, span, .. } => {
                Some(Range::from_bytes(text, span.start, span.end))
            }
        }
    }

    /// "Nghị định 59/2012/NĐ-CP", for messages.
    pub(crate) fn label(&self) -> String {
        let kind = self.kind.trim();
        if kind.is_empty() {
            self.number.trim().to_string()
        } else {
            format!("{kind} {}", self.number.trim())
        }
    }

    /// Whether it is a citation object rather than text.
    pub(crate) fn is_structured(&self) -> bool {
        matches!(self.place, Place::Structured(_))
    }
}

/// The legal bases and the parent plan, in that order, when they have a number.
pub(crate) fn structured(plan: &Plan) -> Vec<Cited<'_>> {
    let bases = plan
        .legal_bases
        .iter()
        .enumerate()
        .map(|(i, c)| (Pointer::root().key("legal_bases").index(i), c));
    let parent = plan
        .parent_plan
        .iter()
        .map(|c| (Pointer::root().key("parent_plan"), c));
    bases
        .chain(parent)
        .filter(|(_, c)| !c.number.trim().is_empty())
        .map(|(path, c)| from_object(path, c))
        .collect()
}

fn from_object(path: Pointer, citation: &Citation) -> Cited<'_> {
    Cited {
        place: Place::Structured(path),
        kind: Part::Borrowed(&citation.kind),
        number: Part::Borrowed(&citation.number),
        date: parse_date(&citation.date),
        date_text: Part::Borrowed(&citation.date),
        issuer: Part::Borrowed(&citation.issuer),
    }
}

/// A numbered citation parsed from a text, as the memo keeps it.
#[derive(Debug)]
struct Parsed {
    span: std::ops::Range<usize>,
    nested: bool,
    kind: Rc<str>,
    number: Rc<str>,
    date: Option<DateParts>,
    date_text: Rc<str>,
    issuer: Rc<str>,
}

/// The numbered citations written in `text`, in order of their start. A
/// citation without an issuer takes the next one's when only "và" or a comma
/// separates them: in "Nghị định A ngày … và Nghị định B ngày … của Chính phủ"
/// both are the Government's.
pub(crate) fn written(text: &str, path: impl Fn() -> Pointer) -> Vec<Cited<'_>> {
    if !may_hold_number(text) {
        return Vec::new();
    }
    parsed(text)
        .iter()
        .map(|p| Cited {
            place: Place::Written {
                path: path(),
                text,
                span: p.span.clone(),
                nested: p.nested,
            },
            kind: Part::Shared(p.kind.clone()),
            number: Part::Shared(p.number.clone()),
            date: p.date,
            date_text: Part::Shared(p.date_text.clone()),
            issuer: Part::Shared(p.issuer.clone()),
        })
        .collect()
}

/// The citations of `text`, parsed once per distinct text: several rules read
/// them, and the plan-wide checks run again on every edit.
fn parsed(text: &str) -> Rc<Vec<Parsed>> {
    thread_local! {
        static MEMO: RefCell<TextMemo<Vec<Parsed>, ()>> = RefCell::default();
    }
    memoized(&MEMO, text, (), parse)
}

fn parse(text: &str) -> Vec<Parsed> {
    let found: Vec<_> = find_citations(text)
        .into_iter()
        .filter(|(_, c)| c.number.is_some())
        .collect();
    let mut out = Vec::with_capacity(found.len());
    let mut outer_end = 0;
    for (i, (span, citation)) in found.iter().enumerate() {
        let nested = span.start < outer_end;
        outer_end = outer_end.max(span.end);
        let mut issuer = citation.issuer.as_str();
        if issuer.is_empty() {
            if let Some((next_span, next)) = found.get(i + 1) {
                if next_span.start >= span.end && only_joiners(text.get(span.end..next_span.start))
                {
                    issuer = &next.issuer;
                }
            }
        }
        out.push(Parsed {
            span: span.clone(),
            nested,
            kind: citation.kind_text.as_str().into(),
            number: citation
                .number
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
                .into(),
            date: citation.date,
            date_text: citation.date_text.as_str().into(),
            issuer: issuer.into(),
        });
    }
    out
}

/// Whether `text` has a slash that may open a symbol or a year of a number-symbol:
/// one followed by a letter ("/KH-UBND", "/NĐ-CP") or by four digits and another
/// slash ("/2012/"). Dates ("03/12/2025") have neither; most fields are skipped.
fn may_hold_number(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| {
        b == b'/'
            && match bytes.get(i + 1) {
                Some(next) if next.is_ascii_alphabetic() || *next >= 0x80 => true,
                Some(next) if next.is_ascii_digit() => {
                    bytes
                        .get(i + 1..i + 5)
                        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                        && bytes.get(i + 5) == Some(&b'/')
                }
                _ => false,
            }
    })
}

/// Whether the text between two citations only joins them ("và", ",").
fn only_joiners(gap: Option<&str>) -> bool {
    gap.is_some_and(|gap| {
        gap.split(|c: char| c.is_whitespace() || c == ',')
            .all(|word| word.is_empty() || word == "và")
    })
}

/// The plan-level text fields that may cite documents, in document order:
/// preamble, section headings and paragraphs, closing, then footnotes.
pub(crate) fn plan_texts(plan: &Plan, mut visit: impl FnMut(&str, &dyn Fn() -> Pointer)) {
    visit(&plan.preamble, &|| Pointer::root().key("preamble"));
    for (s, section) in plan.sections.iter().enumerate() {
        let at = || Pointer::root().key("sections").index(s);
        visit(&section.heading, &|| at().key("heading"));
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            visit(paragraph, &|| at().key("paragraphs").index(p));
        }
    }
    visit(&plan.closing, &|| Pointer::root().key("closing"));
    for (f, footnote) in plan.footnotes.iter().enumerate() {
        visit(footnote, &|| Pointer::root().key("footnotes").index(f));
    }
}

/// An item's text fields that may cite documents: its heading and paragraphs.
pub(crate) fn item_texts(entry: &ItemRef<'_>, mut visit: impl FnMut(&str, &dyn Fn() -> Pointer)) {
    visit(&entry.item.heading, &|| entry.path.key("heading"));
    for (p, paragraph) in entry.item.paragraphs.iter().enumerate() {
        visit(paragraph, &|| entry.path.key("paragraphs").index(p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_issuer_covers_both_citations() {
        let text = "Thực hiện theo quy định từ Điều 7 đến Điều 10 Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 và Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ";
        let found = written(text, || Pointer::root().key("preamble"));
        let issuers: Vec<_> = found
            .iter()
            .map(|c| (c.number.as_ref(), c.issuer.as_ref()))
            .collect();
        assert_eq!(
            issuers,
            [
                ("59/2012/NĐ-CP", "Chính phủ"),
                ("32/2020/NĐ-CP", "Chính phủ")
            ]
        );
        assert!(written("Quý III năm 2025", Pointer::root).is_empty());
        assert!(!may_hold_number("gửi Sở Tư pháp trước ngày 03/12/2025."));
        assert!(may_hold_number("Kế hoạch số 148/KH-UBND"));
        assert!(may_hold_number("Nghị định số 59/2012/NĐ-CP"));
    }

    #[test]
    fn nested_citations_are_marked() {
        let text = "Thông tư số 04/2021/TT-BTP ngày 21/6/2021 của Bộ Tư pháp về hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 về theo dõi tình hình thi hành pháp luật";
        let found = written(text, Pointer::root);
        let nested: Vec<_> = found
            .iter()
            .map(|c| matches!(c.place, Place::Written { nested: true, .. }))
            .collect();
        assert_eq!(nested, [false, true]);
        assert_eq!(found[0].label(), "Thông tư 04/2021/TT-BTP");
    }
}
