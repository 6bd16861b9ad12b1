//! The input as lines: Markdown decoration removed, white space collapsed,
//! and each line classified (blank, page number, footnote, link, text).

use super::tracked::{is_space, Builder, Tracked};
use std::ops::Range;

/// What a line is, before any structure is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Nothing but white space.
    Blank,
    /// A page number alone on its line ("2", "- 2 -").
    PageNumber,
    /// A rule or decoration ("———", "***").
    Separator,
    /// Footnote text ("1Tại Tờ trình số 12/TTr-STP …"); `text` holds it without the number.
    Footnote,
    /// A web address alone on its line.
    Url,
    /// Anything else.
    Text,
}

/// One line of the input.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// The content: Markdown markers removed, trimmed, spaces collapsed.
    pub text: Tracked,
    /// What the line is.
    pub kind: LineKind,
    /// A Markdown heading ("### …").
    pub heading: bool,
    /// Ends with a Markdown hard break (two spaces or a backslash): a paragraph ends here.
    pub hard_break: bool,
    /// Spans of `text` that were in italics or bold.
    pub emphasis: Vec<Range<usize>>,
    /// Span of the whole line in the normalised text.
    pub span: Range<usize>,
}

impl Line {
    /// The content text.
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// Whether the line carries content the structure reader must place.
    pub fn is_content(&self) -> bool {
        matches!(self.kind, LineKind::Text | LineKind::Url)
    }
}

/// Splits `text` into classified lines.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let footnote_marks = footnote_marks(text);
    let mut out = Vec::new();
    let mut start = 0;
    while start <= text.len() {
        let end = text
            .get(start..)
            .and_then(|rest| rest.find('\n'))
            .map_or(text.len(), |i| start + i);
        out.push(read_line(text, start..end, &footnote_marks));
        if end >= text.len() {
            break;
        }
        start = end + 1;
    }
    out
}

fn read_line(text: &str, span: Range<usize>, footnote_marks: &[u32]) -> Line {
    let raw = text.get(span.clone()).unwrap_or("");
    let raw = raw.strip_suffix('\r').unwrap_or(raw);
    let trimmed_end = raw.trim_end_matches(is_space);
    let trailing = &raw[trimmed_end.len()..];
    let hard_break = trailing.starts_with("  ") || trimmed_end.ends_with('\\');
    let mut pos = raw.len() - raw.trim_start_matches(is_space).len();
    let heading = match heading_prefix(&raw[pos..]) {
        Some(len) => {
            pos += len;
            true
        }
        None => false,
    };
    let (mut content, emphasis) =
        strip_inline(text, span.start + pos..span.start + trimmed_end.len());
    let mut kind = classify(content.as_str());
    if kind == LineKind::Text {
        if let Some(body) = footnote_body(content.as_str(), footnote_marks) {
            content = content.tail(body).trim();
            kind = LineKind::Footnote;
        }
    }
    Line {
        text: content,
        kind,
        heading,
        hard_break,
        emphasis,
        span,
    }
}

/// Length of a Markdown heading prefix ("### ").
fn heading_prefix(s: &str) -> Option<usize> {
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    match s.as_bytes().get(hashes) {
        None => Some(hashes),
        Some(b' ' | b'\t') => Some(hashes + 1),
        _ => None,
    }
}

/// Copies `range` of `text` without emphasis markers ("**", "*", "_") and
/// backslash escapes; returns the content and the spans that were emphasised.
fn strip_inline(text: &str, range: Range<usize>) -> (Tracked, Vec<Range<usize>>) {
    let Some(part) = text.get(range.clone()) else {
        return (Tracked::default(), Vec::new());
    };
    let bytes = part.as_bytes();
    let mut builder = Builder::new();
    let mut emphasis = Vec::new();
    let mut open: Vec<(u8, usize)> = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\\' && bytes.get(i + 1).is_some_and(u8::is_ascii_punctuation) {
            builder.push(text, range.start + copied..range.start + i);
            copied = i + 1;
            i += 2;
            continue;
        }
        if b == b'\\' && i + 1 == bytes.len() {
            builder.push(text, range.start + copied..range.start + i);
            copied = bytes.len();
            break;
        }
        if b != b'*' && b != b'_' {
            i += 1;
            continue;
        }
        let run_end = i + bytes[i..].iter().take_while(|&&c| c == b).count();
        let before = part[..i].chars().next_back();
        let after = part[run_end..].chars().next();
        let opens = after.is_some_and(|c| !is_space(c)) && before.is_none_or(is_boundary);
        let closes = before.is_some_and(|c| !is_space(c)) && after.is_none_or(is_boundary);
        if run_end - i <= 3 && (opens || closes) {
            builder.push(text, range.start + copied..range.start + i);
            if closes && open.last().is_some_and(|&(c, _)| c == b) {
                if let Some((_, start)) = open.pop() {
                    emphasis.push(start..builder.len());
                }
            } else if opens {
                open.push((b, builder.next_offset()));
            }
            copied = run_end;
        }
        i = run_end;
    }
    builder.push(text, range.start + copied..range.end);
    let content = builder.finish();
    let len = content.len();
    let emphasis = emphasis
        .into_iter()
        .map(|r| r.start.min(len)..r.end.min(len))
        .filter(|r| r.start < r.end)
        .collect();
    (content, emphasis)
}

/// White space or punctuation: what may sit next to an emphasis marker.
fn is_boundary(c: char) -> bool {
    is_space(c)
        || (c.is_ascii_punctuation() && c != '*' && c != '_')
        || matches!(c, '“' | '”' | '‘' | '’' | '…')
}

fn classify(s: &str) -> LineKind {
    if s.is_empty() {
        return LineKind::Blank;
    }
    if is_page_number(s) {
        return LineKind::PageNumber;
    }
    if s.chars().count() >= 3 && s.chars().all(|c| "-_=*~—–·.".contains(c) || c == ' ') {
        return LineKind::Separator;
    }
    let lower = s.get(..8).map(str::to_ascii_lowercase).unwrap_or_default();
    if (lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www."))
        && !s.contains(' ')
    {
        return LineKind::Url;
    }
    LineKind::Text
}

/// "2", "- 2 -", "Trang 2".
fn is_page_number(s: &str) -> bool {
    let core = s
        .strip_prefix("Trang ")
        .or_else(|| s.strip_prefix("Page "))
        .unwrap_or(s)
        .trim_matches(|c: char| c == '-' || c == '–' || c == ' ');
    !core.is_empty() && core.len() <= 3 && core.bytes().all(|b| b.is_ascii_digit())
}

/// Footnote numbers referenced in the text: "pháp(1)", or `[^2]` in Markdown.
fn footnote_marks(text: &str) -> Vec<u32> {
    let bytes = text.as_bytes();
    let mut marks = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        let glued = i > 0 && !bytes.get(i - 1).is_some_and(u8::is_ascii_whitespace);
        let start = match b {
            b'(' if glued => i + 1,
            b'[' if bytes.get(i + 1) == Some(&b'^') => i + 2,
            _ => continue,
        };
        let digits = bytes[start.min(bytes.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let close = bytes.get(start + digits);
        if (1..=2).contains(&digits) && matches!(close, Some(b')' | b']')) {
            if let Some(n) = text.get(start..start + digits).and_then(|d| d.parse().ok()) {
                if !marks.contains(&n) {
                    marks.push(n);
                }
            }
        }
    }
    marks
}

/// Where the footnote's text starts, if `s` is the text of a referenced footnote:
/// "1Tại …", "(1) Tại …", `[^1]: Tại …`.
fn footnote_body(s: &str, marks: &[u32]) -> Option<usize> {
    let (number, after) = if let Some(rest) = s.strip_prefix("[^") {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let tail = rest.get(digits..)?.strip_prefix("]:")?;
        (rest.get(..digits)?, s.len() - tail.len())
    } else if let Some(rest) = s.strip_prefix('(') {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let tail = rest.get(digits..)?.strip_prefix(')')?;
        (rest.get(..digits)?, s.len() - tail.len())
    } else {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let next = s.get(digits..)?.chars().next()?;
        if !next.is_uppercase() {
            return None;
        }
        (s.get(..digits)?, digits)
    };
    let n: u32 = number.parse().ok()?;
    (marks.contains(&n) && s.get(after..)?.trim().chars().next().is_some()).then_some(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(s: &str) -> Line {
        split_lines(s).remove(0)
    }

    #[test]
    fn markdown_headings_and_emphasis_are_removed() {
        let l = line("### **Theo dõi tình hình thi hành pháp luật năm 2025**");
        assert!(l.heading);
        assert_eq!(l.as_str(), "Theo dõi tình hình thi hành pháp luật năm 2025");
        assert_eq!(line("***Nơi nhận:***").as_str(), "Nơi nhận:");
        let l = line("chậm nhất **ngày 15/11/2025** để tổng hợp");
        assert_eq!(l.as_str(), "chậm nhất ngày 15/11/2025 để tổng hợp");
        assert_eq!(&l.as_str()[l.emphasis[0].clone()], "ngày 15/11/2025");
        assert_eq!(line("5 * 3 = 15").as_str(), "5 * 3 = 15");
    }

    #[test]
    fn emphasised_stray_tokens_are_marked() {
        let l = line("- Lưu: VT, NC *W*");
        assert_eq!(l.as_str(), "- Lưu: VT, NC W");
        assert_eq!(&l.as_str()[l.emphasis[0].clone()], "W");
    }

    #[test]
    fn hard_breaks_and_kinds() {
        assert!(line("**TM. ỦY BAN NHÂN DÂN**  ").hard_break);
        assert!(!line("thị xã. ").hard_break);
        assert_eq!(line("2 ").kind, LineKind::PageNumber);
        assert_eq!(line("                  ").kind, LineKind::Blank);
        assert_eq!(
            line("https://thuvienphapluat.vn/van-ban/a-b-144158.aspx").kind,
            LineKind::Url
        );
        assert_eq!(line("2024. ").kind, LineKind::Text);
    }

    #[test]
    fn referenced_footnotes_are_recognised() {
        let text = "xét đề nghị của Sở Tư pháp(1), Ủy ban\n1Tại Tờ trình số 12/TTr-STP.\n2Tại không có dấu";
        let lines = split_lines(text);
        assert_eq!(lines[1].kind, LineKind::Footnote);
        assert_eq!(lines[1].as_str(), "Tại Tờ trình số 12/TTr-STP.");
        assert_eq!(lines[2].kind, LineKind::Text);
    }

    #[test]
    fn source_spans_survive_stripping() {
        let text = "x\n## **KẾ HOẠCH**";
        let l = &split_lines(text)[1];
        assert_eq!(&text[l.text.source_range()], "KẾ HOẠCH");
    }
}
