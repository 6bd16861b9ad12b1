//! Word-level scanning of hard-wrapped Vietnamese prose: words may be split by
//! any run of spaces and line breaks, and punctuation may touch a word.

use crate::time::date::{skip_space, strip_word};

/// Matches the space-separated `words` at `pos`, allowing any white space
/// (line breaks too) between them and either case for the first letter of each;
/// the match must end at a word boundary. Returns the end.
pub(crate) fn match_words(s: &str, pos: usize, words: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut end = pos;
    for (i, word) in words.split(' ').enumerate() {
        let start = if i == 0 { end } else { skip_space(bytes, end) };
        if i > 0 && start == end {
            return None;
        }
        end = strip_word(s, start, word)?;
        // `strip_word` ignores case throughout; here only the first letter may
        // differ, so an all-capitals heading ("PHÁP LUẬT THEO DÕI") is no citation.
        let first = word.chars().next().map_or(0, char::len_utf8);
        let written = s.get(start..end)?;
        let written_first = written.chars().next().map_or(0, char::len_utf8);
        if written.get(written_first..) != word.get(first..) {
            return None;
        }
    }
    at_boundary(s, end).then_some(end)
}

/// True when no letter or digit continues the word at `pos`.
pub(crate) fn at_boundary(s: &str, pos: usize) -> bool {
    s.get(pos..)
        .and_then(|rest| rest.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// True when no letter or digit ends just before `pos`.
pub(crate) fn after_boundary(s: &str, pos: usize) -> bool {
    s.get(..pos)
        .and_then(|head| head.chars().next_back())
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Punctuation that ends a word; a full stop only when white space or the end follows,
/// so "III.6" stays one word.
pub(crate) fn is_punct_at(bytes: &[u8], pos: usize) -> bool {
    match bytes.get(pos) {
        Some(b',' | b';' | b':' | b'(' | b')' | b'[' | b']' | b'!' | b'?') => true,
        Some(b'.') => bytes
            .get(pos + 1)
            .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0xC2)),
        _ => false,
    }
}

/// The end of the word starting at `pos` (stops at white space or punctuation).
pub(crate) fn word_end(bytes: &[u8], pos: usize) -> usize {
    let mut end = pos;
    while let Some(&b) = bytes.get(end) {
        let nbsp = b == 0xC2 && bytes.get(end + 1) == Some(&0xA0);
        if matches!(b, b' ' | b'\t' | b'\n' | b'\r') || nbsp || is_punct_at(bytes, end) {
            break;
        }
        end += 1;
    }
    end
}

/// True when the white space in `from..to` holds a line break and a list
/// marker ("-", "+", "*", "#") starts the next line: a new item, not a wrapped line.
pub(crate) fn starts_list_line(bytes: &[u8], from: usize, to: usize) -> bool {
    bytes.get(from..to).is_some_and(|gap| gap.contains(&b'\n'))
        && matches!(bytes.get(to), Some(b'-' | b'+' | b'*' | b'#'))
}

/// Collapses every run of white space to one space ("Chính \n\nphủ" → "Chính phủ").
pub(crate) fn collapse_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_across_line_breaks() {
        let text = "Bộ \ntrưởng Bộ Tư pháp";
        assert_eq!(match_words(text, 0, "Bộ trưởng"), Some("Bộ \ntrưởng".len()));
        assert_eq!(match_words("Bộtrưởng", 0, "Bộ trưởng"), None);
        assert_eq!(match_words("về việc", 0, "về"), Some("về".len()));
        assert_eq!(match_words("vềx", 0, "về"), None);
    }

    #[test]
    fn words_stop_at_punctuation() {
        let text = "pháp(1), Mục III.6 Kế";
        let bytes = text.as_bytes();
        assert_eq!(word_end(bytes, 0), "pháp".len());
        let label = text.find("III").unwrap_or(0);
        assert_eq!(&text[label..word_end(bytes, label)], "III.6");
    }

    #[test]
    fn list_lines_and_spacing() {
        let text = "Bộ Tư pháp) . \n\n- Tiếp tục";
        let dash = text.find('-').unwrap_or(0);
        assert!(starts_list_line(text.as_bytes(), dash - 4, dash));
        assert_eq!(collapse_space("ngày 21 \n\ntháng 6"), "ngày 21 tháng 6");
    }
}
