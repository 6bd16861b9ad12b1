//! Text cut from the normalised input that remembers where each part came
//! from, so every field of the imported plan can be traced to its source span.

use std::ops::Range;

/// A piece of text with its source positions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Tracked {
    text: String,
    /// Sorted `(text offset, source offset)` pairs; between two anchors text
    /// and source advance together.
    anchors: Vec<(usize, usize)>,
}

impl Tracked {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The text, owned.
    pub fn to_text(&self) -> String {
        self.text.clone()
    }

    /// Source offset of text offset `at`.
    pub fn source_at(&self, at: usize) -> usize {
        let index = self.anchors.partition_point(|a| a.0 <= at);
        match index.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some(&(t, s)) => s + (at - t),
            None => self.anchors.first().map_or(0, |a| a.1),
        }
    }

    /// Source offset just after the text character that ends at `at`.
    pub fn source_end_at(&self, at: usize) -> usize {
        let index = self.anchors.partition_point(|a| a.0 < at);
        match index.checked_sub(1).and_then(|i| self.anchors.get(i)) {
            Some(&(t, s)) => s + (at - t),
            None => self.source_at(at),
        }
    }

    /// The source span of the whole text.
    pub fn source_range(&self) -> Range<usize> {
        let start = self.source_at(0);
        start..self.source_end_at(self.text.len()).max(start)
    }

    /// The anchors, for the source map.
    pub fn anchors(&self) -> &[(usize, usize)] {
        &self.anchors
    }

    /// The part `range` of the text (empty when `range` is not on character boundaries).
    pub fn slice(&self, range: Range<usize>) -> Tracked {
        let Some(text) = self.text.get(range.clone()) else {
            return Tracked::default();
        };
        let first = self.anchors.partition_point(|a| a.0 <= range.start);
        let last = self.anchors.partition_point(|a| a.0 < range.end).max(first);
        let mut anchors = vec![(0, self.source_at(range.start))];
        anchors.extend(
            self.anchors
                .get(first..last)
                .unwrap_or(&[])
                .iter()
                .map(|&(t, s)| (t - range.start, s)),
        );
        Tracked {
            text: text.to_string(),
            anchors,
        }
    }

    /// The text from `at` to the end.
    pub fn tail(&self, at: usize) -> Tracked {
        self.slice(at..self.text.len())
    }

    /// The text without leading and trailing white space.
    pub fn trim(&self) -> Tracked {
        let start = self.text.len() - self.text.trim_start().len();
        let end = self.text.trim_end().len().max(start);
        self.slice(start..end)
    }

    /// The text without trailing characters matching `strip`, then trimmed.
    pub fn trim_end_matches(&self, strip: &[char]) -> Tracked {
        let end = self.text.trim_end_matches(strip).trim_end().len();
        self.slice(0..end).trim()
    }

    /// An empty text placed at source offset `at`.
    pub fn empty_at(at: usize) -> Tracked {
        Tracked {
            text: String::new(),
            anchors: vec![(0, at)],
        }
    }
}

/// Builds a [`Tracked`] text from source spans and joining spaces, with runs
/// of white space collapsed to one space.
#[derive(Default)]
pub(crate) struct Builder {
    text: String,
    anchors: Vec<(usize, usize)>,
    /// A separator (space or new line) and its source offset, written before the next character.
    pending: Option<(char, usize)>,
}

impl Builder {
    /// A new, empty builder.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Appends `source[range]`.
    pub fn push(&mut self, source: &str, range: Range<usize>) {
        if let Some(part) = source.get(range.clone()) {
            self.push_run(part, range.start);
        }
    }

    /// Appends a tracked text.
    pub fn push_tracked(&mut self, part: &Tracked) {
        let mut anchors = part.anchors.iter().peekable();
        while let Some(&(start, source)) = anchors.next() {
            let end = anchors.peek().map_or(part.text.len(), |a| a.0);
            if let Some(run) = part.text.get(start..end) {
                self.push_run(run, source);
            }
        }
    }

    /// Appends `run`, whose first byte is at source offset `source`; white
    /// space collapses to one pending separator, a new line stays one.
    fn push_run(&mut self, run: &str, source: usize) {
        let mut word_start = None;
        for (i, c) in run.char_indices() {
            if !is_space(c) {
                word_start.get_or_insert(i);
                continue;
            }
            if let Some(start) = word_start.take() {
                self.push_word(&run[start..i], source + start);
            }
            if c == '\n' {
                self.line_break(source + i);
            } else {
                self.space(source + i);
            }
        }
        if let Some(start) = word_start {
            self.push_word(&run[start..], source + start);
        }
    }

    /// Separates what follows by one space placed at source offset `at`.
    pub fn space(&mut self, at: usize) {
        if !self.text.is_empty() && self.pending.is_none() {
            self.pending = Some((' ', at));
        }
    }

    /// Separates what follows by a new line placed at source offset `at`.
    pub fn line_break(&mut self, at: usize) {
        if !self.text.is_empty() {
            self.pending = Some(('\n', at));
        }
    }

    /// Length of the text written so far.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The text written so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Where the next character will be written.
    pub fn next_offset(&self) -> usize {
        self.text.len() + usize::from(self.pending.is_some())
    }

    /// The finished text.
    pub fn finish(self) -> Tracked {
        Tracked {
            text: self.text,
            anchors: self.anchors,
        }
    }

    fn push_word(&mut self, word: &str, at: usize) {
        if let Some((separator, at)) = self.pending.take() {
            self.anchor(at);
            self.text.push(separator);
        }
        self.anchor(at);
        self.text.push_str(word);
    }

    /// Records an anchor when text and source stop advancing together.
    fn anchor(&mut self, source: usize) {
        let text = self.text.len();
        let follows = self
            .anchors
            .last()
            .is_some_and(|&(t, s)| source >= s && source - s == text - t);
        if !follows {
            self.anchors.push((text, source));
        }
    }
}

/// White space as pasted text has it: ASCII, no-break and typographic spaces, BOM.
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200B}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joined_lines_map_back_to_their_sources() {
        let source = "Kon  \n\n1Tại …\n\nTum (ban hành)";
        let mut b = Builder::new();
        b.push(source, 0..5);
        b.space(5);
        let tum = source.find("Tum").unwrap();
        b.push(source, tum..source.len());
        let t = b.finish();
        assert_eq!(t.as_str(), "Kon Tum (ban hành)");
        assert_eq!(t.source_at(4), tum);
        assert_eq!(t.source_range(), 0..source.len());
        let tail = t.slice(4..7);
        assert_eq!(tail.as_str(), "Tum");
        assert_eq!(tail.source_range(), tum..tum + 3);
    }

    #[test]
    fn white_space_runs_collapse_to_one_space() {
        let source = "  CT,  PCT\u{a0}UBND tỉnh;  ";
        let mut b = Builder::new();
        b.push(source, 0..source.len());
        let t = b.finish();
        assert_eq!(t.as_str(), "CT, PCT UBND tỉnh;");
        let pct = t.as_str().find("PCT").unwrap();
        assert_eq!(&source[t.source_at(pct)..t.source_at(pct) + 3], "PCT");
        assert_eq!(t.trim_end_matches(&[';']).as_str(), "CT, PCT UBND tỉnh");
    }
}
