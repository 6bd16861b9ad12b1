//! Words of Vietnamese text, for the text rules: cheap on ASCII, and without
//! Unicode tables — outside ASCII only punctuation blocks end a word.

/// Whether `c` belongs to a word: an ASCII letter or digit, or any character
/// outside ASCII except spaces, quotes and punctuation (U+00A0–U+00BF,
/// U+2000–U+206F) and the replacement character.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !matches!(c, '\u{a0}'..='\u{bf}' | '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{303f}' | '\u{fffd}')
    }
}

/// Whether `c` is white space between words (line breaks and no-break spaces too).
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{a0}')
}

/// A word with its byte span and whether only white space separates it from
/// the previous word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Only white space since the previous word (false for the first word).
    pub joined: bool,
}

/// The words of `s`, in order.
pub(crate) fn words(s: &str) -> impl Iterator<Item = Word> + '_ {
    let mut chars = s.char_indices().peekable();
    let mut seen_word = false;
    std::iter::from_fn(move || {
        let mut joined = seen_word;
        loop {
            let &(start, c) = chars.peek()?;
            if is_word_char(c) {
                let mut end = start;
                while let Some(&(i, c)) = chars.peek() {
                    if !is_word_char(c) {
                        break;
                    }
                    end = i + c.len_utf8();
                    chars.next();
                }
                seen_word = true;
                return Some(Word { start, end, joined });
            }
            if !is_space(c) {
                joined = false;
            }
            chars.next();
        }
    })
}

/// The word ending right before `pos` (white space skipped), if any.
pub(crate) fn word_before(s: &str, pos: usize) -> Option<&str> {
    let head = s.get(..pos)?.trim_end_matches(is_space);
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map(|(i, _)| i)?;
    head.get(start..)
}

/// The word starting right after `pos` (white space skipped), if any.
pub(crate) fn word_after(s: &str, pos: usize) -> Option<&str> {
    let tail = s.get(pos..)?.trim_start_matches(is_space);
    let end = tail
        .char_indices()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(tail.len(), |(i, _)| i);
    tail.get(..end).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_joins() {
        let s = "Ủy ban nhân dân \n\ndân tỉnh, Sở “Tư pháp”";
        let got: Vec<(&str, bool)> = words(s).map(|w| (&s[w.start..w.end], w.joined)).collect();
        assert_eq!(
            got,
            [
                ("Ủy", false),
                ("ban", true),
                ("nhân", true),
                ("dân", true),
                ("dân", true),
                ("tỉnh", true),
                ("Sở", false),
                ("Tư", false),
                ("pháp", true)
            ]
        );
    }

    #[test]
    fn neighbours() {
        let s = "lĩnh vực trong tâm, liên ngành";
        let at = s.find("trong").unwrap();
        assert_eq!(word_before(s, at), Some("vực"));
        assert_eq!(word_after(s, at + "trong tâm".len()), None);
        assert_eq!(word_after(s, at), Some("trong"));
        assert_eq!(word_before(s, 0), None);
    }
}
