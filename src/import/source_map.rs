//! Where each part of an imported plan came from in the pasted text.

use super::normalize::OffsetMap;
use super::tracked::Tracked;
use crate::diagnostic;
use crate::model::locate::line_col;
use std::collections::BTreeMap;
use std::ops::Range;

/// Maps JSON Pointers of an imported plan to byte ranges of the input text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMap {
    entries: BTreeMap<String, Entry>,
    offsets: OffsetMap,
}

/// One mapped part: its span in the normalised text and, for text fields,
/// how offsets inside the field's text map to the normalised text.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    range: Range<usize>,
    anchors: Vec<(usize, usize)>,
}

/// A position in the input, as editors and terminals count it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Offset from the start of the input in UTF-16 code units (JavaScript string index).
    pub utf16: u32,
}

/// The line, column and UTF-16 offset of byte `offset` of `input`.
pub fn position(input: &str, offset: usize) -> Position {
    let offset = floor_char_boundary(input, offset);
    let (line, column) = line_col(input, offset);
    Position {
        line,
        column,
        utf16: diagnostic::Range::from_bytes(input, 0, offset).end,
    }
}

fn floor_char_boundary(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

impl SourceMap {
    pub(crate) fn new(offsets: OffsetMap) -> SourceMap {
        SourceMap {
            entries: BTreeMap::new(),
            offsets,
        }
    }

    /// Records a part that is not a text field (an item, a list) by its span.
    pub(crate) fn insert_span(&mut self, pointer: String, range: Range<usize>) {
        self.entries.insert(
            pointer,
            Entry {
                range,
                anchors: Vec::new(),
            },
        );
    }

    /// Records a text field.
    pub(crate) fn insert_text(&mut self, pointer: String, text: &Tracked) {
        self.entries.insert(
            pointer,
            Entry {
                range: text.source_range(),
                anchors: text.anchors().to_vec(),
            },
        );
    }

    /// The input byte range of the part at `pointer`, or of its nearest mapped ancestor.
    pub fn lookup(&self, pointer: &str) -> Option<Range<usize>> {
        self.entry(pointer)
            .map(|(_, e)| self.offsets.range_to_input(e.range.clone()))
    }

    /// The input byte range of `range` (UTF-16 units) inside the text field at
    /// `pointer`, whose current text is `field`; falls back to [`Self::lookup`]
    /// when the field is not mapped exactly.
    pub fn locate(
        &self,
        pointer: &str,
        field: &str,
        range: diagnostic::Range,
    ) -> Option<Range<usize>> {
        let (found, entry) = self.entry(pointer)?;
        if found != pointer || entry.anchors.is_empty() {
            return Some(self.offsets.range_to_input(entry.range.clone()));
        }
        let start = utf16_to_byte(field, range.start);
        let end = utf16_to_byte(field, range.end).max(start);
        let norm_start = source_at(&entry.anchors, start, false);
        let norm_end = source_at(&entry.anchors, end, true).max(norm_start);
        Some(self.offsets.range_to_input(norm_start..norm_end))
    }

    /// Every mapped pointer, in order.
    pub fn pointers(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// Mapped spans sorted by start, for [`SpanIndex::pointer_at`].
    pub(crate) fn span_index(&self) -> SpanIndex<'_> {
        let mut spans: Vec<(&str, &Range<usize>)> = self
            .entries
            .iter()
            .map(|(p, e)| (p.as_str(), &e.range))
            .collect();
        spans.sort_by_key(|(_, r)| r.start);
        SpanIndex { spans }
    }

    fn entry<'a>(&'a self, pointer: &'a str) -> Option<(&'a str, &'a Entry)> {
        let mut key = pointer;
        loop {
            if let Some(entry) = self.entries.get(key) {
                return Some((key, entry));
            }
            key = &key[..key.rfind('/')?];
        }
    }
}

/// Mapped spans by start, to find which part holds an offset.
pub(crate) struct SpanIndex<'a> {
    spans: Vec<(&'a str, &'a Range<usize>)>,
}

/// How many spans starting before an offset are tried; enough for any real
/// nesting, and a bound on the work for pathological input.
const NEAREST_SPANS: usize = 256;

impl SpanIndex<'_> {
    /// The most specific mapped part whose span holds normalised offset `at`.
    pub(crate) fn pointer_at(&self, at: usize) -> String {
        let before = self.spans.partition_point(|(_, r)| r.start <= at);
        self.spans[..before]
            .iter()
            .rev()
            .take(NEAREST_SPANS)
            .filter(|(_, r)| at < r.end)
            .min_by_key(|(p, r)| (r.end - r.start, usize::MAX - p.len()))
            .map(|(p, _)| (*p).to_string())
            .unwrap_or_default()
    }
}

fn utf16_to_byte(s: &str, unit: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in s.char_indices() {
        if units >= unit {
            return i;
        }
        units += u32::try_from(c.len_utf16()).unwrap_or(1);
    }
    s.len()
}

fn source_at(anchors: &[(usize, usize)], at: usize, end: bool) -> usize {
    let index = anchors.partition_point(|a| if end { a.0 < at } else { a.0 <= at });
    match index.checked_sub(1).and_then(|i| anchors.get(i)) {
        Some(&(t, s)) => s + (at - t),
        None => anchors.first().map_or(0, |a| a.1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::tracked::Builder;

    #[test]
    fn positions_count_lines_characters_and_utf16_units() {
        let input = "Số: /KH-UBND\nLai Châu, ngày";
        let at = input.find("ngày").unwrap();
        assert_eq!(
            position(input, at),
            Position {
                line: 2,
                column: 11,
                utf16: 23
            }
        );
        assert_eq!(
            position(input, at + 3).column,
            13,
            "inside \"à\" counts as its start"
        );
    }

    #[test]
    fn lookup_falls_back_to_the_nearest_ancestor() {
        let input = "a) Cơ quan chủ trì: Sở Tư pháp.";
        let mut map = SourceMap::new(OffsetMap::default());
        map.insert_span("/sections/0/items/0".into(), 0..input.len());
        let start = input.find("Sở").unwrap();
        let mut b = Builder::new();
        b.push(input, start..input.len() - 1);
        map.insert_text("/sections/0/items/0/activity/lead/0".into(), &b.finish());
        assert_eq!(
            map.lookup("/sections/0/items/0/activity/lead/0"),
            Some(start..input.len() - 1)
        );
        assert_eq!(
            map.lookup("/sections/0/items/0/activity/deadline"),
            Some(0..input.len())
        );
        assert_eq!(map.lookup("/title"), None);
        let inner = map.locate(
            "/sections/0/items/0/activity/lead/0",
            "Sở Tư pháp",
            diagnostic::Range { start: 3, end: 10 },
        );
        assert_eq!(inner.map(|r| &input[r]), Some("Tư pháp"));
        assert_eq!(
            map.span_index().pointer_at(start + 2),
            "/sections/0/items/0/activity/lead/0"
        );
    }
}
