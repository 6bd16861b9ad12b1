//! Numbering at the start of a line: "I.", "1.", "1.1.", "1.1", "a)", "-", "+", "•".

/// The numbering style of a marker; items with the same style are siblings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum MarkerKind {
    /// Roman numeral with a dot ("II."): a top-level part.
    Roman,
    /// Arabic numbers with dots ("1.", "3.1.", "1.3"); the value is how many numbers.
    Arabic(u8),
    /// Arabic number with a parenthesis ("1)").
    ArabicParen,
    /// Lowercase letter with a parenthesis ("a)", "đ)").
    Letter,
    /// A dash ("-", "–").
    Dash,
    /// A plus sign.
    Plus,
    /// Any other bullet character ("•", "*").
    Bullet(char),
}

/// A marker found at the start of a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Marker {
    /// Its style.
    pub kind: MarkerKind,
    /// Byte length of the label as written, without its punctuation ("3.1", "a", "-").
    pub label_len: usize,
    /// Byte offset where the text after the marker starts (after the spaces).
    pub body: usize,
}

/// Most numbers in a dotted label ("1.1.1.…"); deeper labels are plain text.
const MAX_ARABIC_DEPTH: usize = 20;
/// Largest Roman numeral taken as a part number.
const MAX_ROMAN: u32 = 39;

/// Letters used to number items, in the official order (no f, j, w, z).
const LETTERS: &[char] = &[
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
    'u', 'v', 'x', 'y',
];

/// Characters used as bullets besides "-" and "+".
const BULLETS: &[char] = &[
    '•', '●', '▪', '◦', '·', '*', '\u{F0B7}', '\u{F0A7}', '\u{F0D8}',
];

/// Dashes used as bullets.
const DASHES: &[char] = &['-', '–', '—', '−'];

/// The marker at the start of `line` (already trimmed), if any.
pub(crate) fn parse_marker(line: &str) -> Option<Marker> {
    let first = line.chars().next()?;
    if DASHES.contains(&first) {
        return bullet(line, first, MarkerKind::Dash, true);
    }
    if first == '+' {
        return bullet(line, first, MarkerKind::Plus, false);
    }
    if BULLETS.contains(&first) {
        return bullet(line, first, MarkerKind::Bullet(first), false);
    }
    if first.is_ascii_digit() {
        return arabic(line);
    }
    if matches!(first, 'I' | 'V' | 'X') {
        if let Some(m) = roman(line) {
            return Some(m);
        }
    }
    letter(line, first)
}

fn bullet(line: &str, c: char, kind: MarkerKind, glued: bool) -> Option<Marker> {
    let after = c.len_utf8();
    let rest = line.get(after..)?;
    let body = after + (rest.len() - rest.trim_start().len());
    let spaced = body > after || rest.is_empty();
    // "-Tiếp tục": a dash glued to a capitalised word is still a bullet.
    let glued_word = glued && {
        let mut chars = rest.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    (spaced || glued_word).then_some(Marker {
        kind,
        label_len: after,
        body,
    })
}

fn arabic(line: &str) -> Option<Marker> {
    let bytes = line.as_bytes();
    let mut pos = 0;
    let mut numbers = 0;
    let mut label_len;
    loop {
        let start = pos;
        while bytes.get(pos).is_some_and(u8::is_ascii_digit) {
            pos += 1;
        }
        let digits = pos - start;
        if digits == 0 || digits > 2 {
            return None;
        }
        numbers += 1;
        label_len = pos;
        match bytes.get(pos) {
            Some(b'.') if bytes.get(pos + 1).is_some_and(u8::is_ascii_digit) => pos += 1,
            Some(b'.') => {
                pos += 1;
                break;
            }
            Some(b')') if numbers == 1 => {
                return after_label(line, pos + 1, label_len, MarkerKind::ArabicParen);
            }
            // "1.3 Theo dõi": a dotted label may lack its final dot.
            Some(b' ' | b'\t') if numbers > 1 => break,
            None if numbers > 1 => break,
            _ => return None,
        }
    }
    if numbers > MAX_ARABIC_DEPTH {
        return None;
    }
    let depth = u8::try_from(numbers).ok()?;
    after_label(line, pos, label_len, MarkerKind::Arabic(depth))
}

fn roman(line: &str) -> Option<Marker> {
    let len = line
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X'))
        .count();
    let value = roman_value(line.get(..len)?)?;
    if value == 0 || value > MAX_ROMAN || line.as_bytes().get(len) != Some(&b'.') {
        return None;
    }
    after_label(line, len + 1, len, MarkerKind::Roman)
}

/// The value of a Roman numeral made of I, V and X in its standard spelling,
/// so "IIII" or "VX" are refused.
pub(crate) fn roman_value(s: &str) -> Option<u32> {
    const TENS: [&str; 4] = ["", "X", "XX", "XXX"];
    const UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    (0..TENS.len()).rev().find_map(|t| {
        let rest = s.strip_prefix(TENS.get(t)?)?;
        let u = UNITS.iter().position(|u| *u == rest)?;
        u32::try_from(t * 10 + u).ok().filter(|v| *v > 0)
    })
}

fn letter(line: &str, first: char) -> Option<Marker> {
    if !LETTERS.contains(&first) {
        return None;
    }
    let after = first.len_utf8();
    if line.as_bytes().get(after) != Some(&b')') {
        return None;
    }
    after_label(line, after + 1, after, MarkerKind::Letter)
}

/// A label must be followed by white space or end the line.
fn after_label(line: &str, end: usize, label_len: usize, kind: MarkerKind) -> Option<Marker> {
    let rest = line.get(end..)?;
    let trimmed = rest.trim_start();
    if !rest.is_empty() && trimmed.len() == rest.len() {
        return None;
    }
    Some(Marker {
        kind,
        label_len,
        body: end + (rest.len() - trimmed.len()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_and_label(line: &str) -> Option<(MarkerKind, &str, &str)> {
        parse_marker(line).map(|m| (m.kind, &line[..m.label_len], &line[m.body..]))
    }

    #[test]
    fn styles_from_the_seeds() {
        assert_eq!(
            kind_and_label("I. MỤC ĐÍCH, YÊU CẦU"),
            Some((MarkerKind::Roman, "I", "MỤC ĐÍCH, YÊU CẦU"))
        );
        assert_eq!(
            kind_and_label("IV. KINH PHÍ"),
            Some((MarkerKind::Roman, "IV", "KINH PHÍ"))
        );
        assert_eq!(
            kind_and_label("3.1. Lĩnh vực trọng tâm của tỉnh"),
            Some((MarkerKind::Arabic(2), "3.1", "Lĩnh vực trọng tâm của tỉnh"))
        );
        assert_eq!(
            kind_and_label("1.3 Theo dõi tình hình"),
            Some((MarkerKind::Arabic(2), "1.3", "Theo dõi tình hình"))
        );
        assert_eq!(
            kind_and_label("đ) Các cơ quan thông tin"),
            Some((MarkerKind::Letter, "đ", "Các cơ quan thông tin"))
        );
        assert_eq!(
            kind_and_label("- Đơn vị chủ trì: Sở Tư pháp."),
            Some((MarkerKind::Dash, "-", "Đơn vị chủ trì: Sở Tư pháp."))
        );
        assert_eq!(
            kind_and_label("+ Thời gian: Quý II, III năm 2024."),
            Some((MarkerKind::Plus, "+", "Thời gian: Quý II, III năm 2024."))
        );
        assert_eq!(kind_and_label("I."), Some((MarkerKind::Roman, "I", "")));
    }

    #[test]
    fn wrapped_text_is_not_numbering() {
        for line in [
            "2024. ",
            "1 của Nghị định số 32/2020/NĐ-CP.",
            "23 tháng 7 năm 2012 của Chính phủ",
            "59/2012/NĐ-CP; Thông tư số 14/2014/TT-BTP",
            "IIII. x",
            "Ủy ban nhân dân",
            "f) không phải chữ số thứ tự",
            "-CP ngày 23/7/2012",
        ] {
            assert_eq!(parse_marker(line), None, "{line}");
        }
    }

    #[test]
    fn roman_numerals_are_spelt_properly() {
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(roman_value("IX"), Some(9));
        assert_eq!(roman_value("XX"), Some(20));
        assert_eq!(roman_value("VX"), None);
        assert_eq!(roman_value("IIII"), None);
    }
}
