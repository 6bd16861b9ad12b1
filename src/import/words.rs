//! Small word-level tests on Vietnamese text used while reading structure.

use crate::text::nfc::base_letter;

/// `c` without case and diacritics ("Ờ" → 'o', "Đ" → 'd'), for tolerant matching.
pub(crate) fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match base_letter(c) {
        'đ' | 'Đ' => 'd',
        base => base.to_lowercase().next().unwrap_or(base),
    }
}

/// Length in `s` of `phrase` at its start, compared without case; diacritics
/// must match unless `loose`, where they are ignored and U+FFFD matches any
/// letter. The match must end at a word boundary.
pub(crate) fn strip_phrase(s: &str, phrase: &str, loose: bool) -> Option<usize> {
    let mut got = s.char_indices();
    for want in phrase.chars() {
        let (_, c) = got.next()?;
        let same = c == want
            || if loose {
                c == '\u{FFFD}' || fold_char(c) == fold_char(want)
            } else {
                lower(c) == lower(want)
            };
        if !same {
            return None;
        }
    }
    let end = got.next().map_or(s.len(), |(i, _)| i);
    let boundary = s
        .get(end..)
        .and_then(|rest| rest.chars().next())
        .is_none_or(|c| !c.is_alphanumeric());
    boundary.then_some(end)
}

/// `c` in lower case (Vietnamese letters lower to one character).
fn lower(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

/// The first of `phrases` that starts `s`, with the length it covers.
pub(crate) fn strip_any<'p>(s: &str, phrases: &[&'p str], loose: bool) -> Option<(&'p str, usize)> {
    phrases
        .iter()
        .find_map(|p| strip_phrase(s, p, loose).map(|len| (*p, len)))
}

/// Byte span of the first place where `phrase` occurs in `s` as whole words,
/// compared loosely (see [`strip_phrase`]).
pub(crate) fn find_phrase(s: &str, phrase: &str) -> Option<std::ops::Range<usize>> {
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        if prev.is_none_or(|p| !p.is_alphanumeric()) {
            if let Some(len) = strip_phrase(&s[i..], phrase, true) {
                return Some(i..i + len);
            }
        }
        prev = Some(c);
    }
    None
}

/// Characters that may close a sentence after its final punctuation.
const CLOSERS: &[char] = &[')', ']', '"', '”', '’', '\'', '»', '*'];

/// Whether `s` ends a sentence or a clause (".", ";", ":", "!", "?", "…").
pub(crate) fn is_terminated(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(CLOSERS)
        .ends_with(['.', ';', ':', '!', '?', '…'])
}

/// Whether `s` starts with a lowercase letter.
pub(crate) fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// Whether `s` starts with an uppercase letter, possibly after an opening quote.
pub(crate) fn starts_uppercase(s: &str) -> bool {
    s.trim_start_matches(['"', '“', '‘', '\'', '«'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether `s` has letters and none of them is lowercase ("MỤC ĐÍCH, YÊU CẦU").
pub(crate) fn is_all_caps(s: &str) -> bool {
    let mut letters = s.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| !c.is_lowercase())
}

/// Number of characters in `s`.
pub(crate) fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Whether `s` starts with an acronym of two or more capitals ("UBND", "QPPL").
pub(crate) fn starts_with_acronym(s: &str) -> bool {
    let word: String = s.chars().take_while(|c| c.is_alphanumeric()).collect();
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && is_all_caps(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_and_diacritics() {
        let folded: String = "Nơi nhận ĐỀ".chars().map(fold_char).collect();
        assert_eq!(folded, "noi nhan de");
    }

    #[test]
    fn phrases_match_whole_words() {
        assert_eq!(strip_phrase("Nơi nhận:", "nơi nhận", false), Some(11));
        assert_eq!(strip_phrase("Noi nhận:", "nơi nhận", true), Some(10));
        assert_eq!(strip_phrase("Nơi nh\u{FFFD}n:", "nơi nhận", true), Some(11));
        assert_eq!(strip_phrase("Noi nhận:", "nơi nhận", false), None);
        assert_eq!(strip_phrase("Sở Tư pháp", "sở", false), Some(4));
        assert_eq!(strip_phrase("Sởi", "sở", false), None);
        let line = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
        let found = find_phrase(line, "cộng hòa xã hội chủ nghĩa việt nam").unwrap();
        assert_eq!(&line[..found.start], "ỦY BAN NHÂN DÂN ");
    }

    #[test]
    fn sentence_ends() {
        assert!(is_terminated("tỉnh Kon Tum)."));
        assert!(is_terminated("như sau: "));
        assert!(is_terminated("Sóc Trăng./."));
        assert!(!is_terminated("trên địa bàn tỉnh Kon"));
        assert!(!is_terminated("(viết tắt là Nghị định số 59/2012/NĐ-CP)"));
        assert!(is_all_caps("II. NỘI DUNG KẾ HOẠCH"));
        assert!(!is_all_caps("1. Mục đích"));
        assert!(starts_with_acronym("UBND tỉnh"));
        assert!(!starts_with_acronym("Ủy ban"));
    }
}
