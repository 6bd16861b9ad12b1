//! Labels of parts and items: written ones punctuated, blank ones numbered
//! automatically (I. → 1. → 1.1. → a) → - → +).

/// Letters for points in Vietnamese order: "đ" follows "d"; f, j, w, z and
/// the vowels with marks are not used.
const LETTERS: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
    "u", "v", "x", "y",
];

/// The shape of a label, which decides its punctuation, its style and the
/// numbering of the items below it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelKind {
    /// A part: Roman numeral or capital letter ("I", "IV", "A").
    Part,
    /// An Arabic number ("1", "12").
    Number,
    /// A dotted number ("3.1", "2.1.4").
    SubNumber,
    /// A lower-case letter ("a", "đ").
    Letter,
    /// A dash bullet ("-").
    Dash,
    /// A plus bullet ("+").
    Plus,
    /// Anything else, kept as written.
    Other,
}

/// The label without surrounding spaces and its closing "." or ")" ("3.1." → "3.1", "đ)" → "đ").
pub fn bare(label: &str) -> &str {
    let trimmed = label.trim();
    let stripped = trimmed.trim_end_matches(['.', ')']).trim_end();
    if stripped.is_empty() {
        trimmed
    } else {
        stripped
    }
}

/// The kind of a written label.
pub fn kind_of(label: &str) -> LabelKind {
    let label = bare(label);
    let bytes = label.as_bytes();
    match label {
        "" => LabelKind::Other,
        "-" | "–" | "—" | "•" => LabelKind::Dash,
        "+" => LabelKind::Plus,
        _ if bytes.iter().all(u8::is_ascii_digit) => LabelKind::Number,
        _ if is_dotted_number(bytes) => LabelKind::SubNumber,
        _ if bytes.iter().all(|b| b"IVXLCDM".contains(b)) => LabelKind::Part,
        _ if bytes.len() == 1 && bytes.iter().all(u8::is_ascii_uppercase) => LabelKind::Part,
        _ if is_single_lowercase(label) => LabelKind::Letter,
        _ => LabelKind::Other,
    }
}

fn is_dotted_number(bytes: &[u8]) -> bool {
    bytes.split(|&b| b == b'.').count() > 1
        && bytes
            .split(|&b| b == b'.')
            .all(|group| !group.is_empty() && group.iter().all(u8::is_ascii_digit))
}

fn is_single_lowercase(label: &str) -> bool {
    let mut chars = label.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_lowercase())
}

/// The label as printed: "I" → "I.", "3.1" → "3.1.", "đ" → "đ)", "-" → "-".
pub fn punctuated(label: &str) -> String {
    let core = bare(label);
    match kind_of(label) {
        LabelKind::Part | LabelKind::Number | LabelKind::SubNumber => format!("{core}."),
        LabelKind::Letter => format!("{core})"),
        LabelKind::Dash | LabelKind::Plus => core.to_string(),
        LabelKind::Other => label.trim().to_string(),
    }
}

/// The Roman numeral of a number from 1 ("I", "IV", "XIV"); empty for 0.
pub fn roman(n: usize) -> String {
    const VALUES: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (value, numeral) in VALUES {
        while rest >= value {
            out.push_str(numeral);
            rest -= value;
        }
    }
    out
}

/// The letter at a 0-based position ("a", …, "d", "đ", "e", …, "y"); past "y",
/// the position counted from 1, since the alphabet has no more letters.
pub fn letter(index: usize) -> String {
    match LETTERS.get(index) {
        Some(letter) => (*letter).to_string(),
        None => (index + 1).to_string(),
    }
}

/// The number a Roman numeral stands for ("IV" → 4), if written the usual
/// way (so "IIII" and "VX" are not numerals).
pub fn roman_value(numeral: &str) -> Option<usize> {
    if numeral.is_empty() || numeral.len() > 15 {
        return None;
    }
    let mut total = 0;
    let mut previous = 0;
    for b in numeral.bytes().rev() {
        let value = match b {
            b'I' => 1,
            b'V' => 5,
            b'X' => 10,
            b'L' => 50,
            b'C' => 100,
            b'D' => 500,
            b'M' => 1000,
            _ => return None,
        };
        if value < previous {
            total -= value;
        } else {
            total += value;
            previous = value;
        }
    }
    (roman(total) == numeral).then_some(total)
}

/// The 0-based position of a point letter ("a" → 0, "đ" → 4), the inverse of [`letter`].
pub fn letter_position(label: &str) -> Option<usize> {
    LETTERS.iter().position(|&l| l == label)
}

/// The automatic bare label of the item at a 0-based position in a group of
/// this kind; `parent` is the bare label above, used by dotted numbers ("3" → "3.1").
pub fn numbering(kind: LabelKind, index: usize, parent: &str) -> String {
    let position = index + 1;
    match kind {
        LabelKind::Part => roman(position),
        LabelKind::Number | LabelKind::Other => position.to_string(),
        LabelKind::SubNumber if parent.is_empty() => position.to_string(),
        LabelKind::SubNumber => format!("{parent}.{position}"),
        LabelKind::Letter => letter(index),
        LabelKind::Dash => "-".to_string(),
        LabelKind::Plus => "+".to_string(),
    }
}

/// The kind of automatic labels below a label of kind `parent`. Under a number,
/// a group of bare sentences takes letters ("2. Yêu cầu" → "a)"), a group with
/// its own paragraphs or sub-items takes dotted numbers ("3." → "3.1.").
pub fn child_kind(parent: LabelKind, sentences_only: bool) -> LabelKind {
    match parent {
        LabelKind::Part => LabelKind::Number,
        LabelKind::Number if sentences_only => LabelKind::Letter,
        LabelKind::Number => LabelKind::SubNumber,
        LabelKind::SubNumber => LabelKind::Letter,
        LabelKind::Letter | LabelKind::Other => LabelKind::Dash,
        LabelKind::Dash | LabelKind::Plus => LabelKind::Plus,
    }
}

/// The label as written, or the automatic one when it is blank.
pub fn written_or(label: &str, automatic: impl FnOnce() -> String) -> String {
    let label = label.trim();
    if label.is_empty() {
        automatic()
    } else {
        label.to_string()
    }
}

/// An item that is one sentence: no paragraphs, activity or sub-items of its
/// own (a group of such items is lettered a), b), c) rather than 1.1, 1.2).
pub fn is_sentence(item: &crate::model::Item) -> bool {
    item.paragraphs.iter().all(|p| p.trim().is_empty())
        && item.activity.is_none()
        && item.items.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_put_d_stroke_after_d() {
        let first: Vec<String> = (0..7).map(letter).collect();
        assert_eq!(first, ["a", "b", "c", "d", "đ", "e", "g"]);
        assert_eq!(letter(22), "y");
        assert_eq!(letter(23), "24");
        assert_eq!(numbering(LabelKind::Letter, 4, ""), "đ");
        assert_eq!(letter_position("đ"), Some(4));
        assert_eq!(letter_position("e"), Some(5));
        assert_eq!(letter_position("f"), None);
    }

    #[test]
    fn roman_numerals() {
        let parts: Vec<String> = (1..=6).map(roman).collect();
        assert_eq!(parts, ["I", "II", "III", "IV", "V", "VI"]);
        assert_eq!(roman(9), "IX");
        assert_eq!(roman(14), "XIV");
        assert_eq!(roman(49), "XLIX");
        assert_eq!(roman(0), "");
        assert_eq!(numbering(LabelKind::Part, 1, ""), "II");
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("XLIX"), Some(49));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("VX"), None);
        assert_eq!(roman_value("A"), None);
        assert_eq!(roman_value(""), None);
    }

    #[test]
    fn dotted_numbers_follow_the_parent() {
        assert_eq!(numbering(LabelKind::SubNumber, 0, "3"), "3.1");
        assert_eq!(numbering(LabelKind::SubNumber, 1, "2"), "2.2");
        assert_eq!(numbering(LabelKind::SubNumber, 1, ""), "2");
        assert_eq!(numbering(LabelKind::Number, 2, "IV"), "3");
    }

    #[test]
    fn written_labels_are_classified_and_punctuated() {
        // Labels as they appear in seed 002 (Lai Châu).
        assert_eq!(kind_of("IV"), LabelKind::Part);
        assert_eq!(kind_of("3"), LabelKind::Number);
        assert_eq!(kind_of("3.1"), LabelKind::SubNumber);
        assert_eq!(kind_of("đ"), LabelKind::Letter);
        assert_eq!(kind_of("c"), LabelKind::Letter);
        assert_eq!(kind_of("-"), LabelKind::Dash);
        assert_eq!(kind_of("3."), LabelKind::Number);
        assert_eq!(kind_of("3..1"), LabelKind::Other);
        assert_eq!(punctuated("I"), "I.");
        assert_eq!(punctuated("I."), "I.");
        assert_eq!(punctuated("3.1"), "3.1.");
        assert_eq!(punctuated("đ"), "đ)");
        assert_eq!(punctuated("a)"), "a)");
        assert_eq!(punctuated("-"), "-");
        assert_eq!(punctuated("Điều 1"), "Điều 1");
    }

    #[test]
    fn children_take_the_next_kind() {
        assert_eq!(child_kind(LabelKind::Part, false), LabelKind::Number);
        assert_eq!(child_kind(LabelKind::Number, false), LabelKind::SubNumber);
        assert_eq!(child_kind(LabelKind::Number, true), LabelKind::Letter);
        assert_eq!(child_kind(LabelKind::SubNumber, true), LabelKind::Letter);
        assert_eq!(child_kind(LabelKind::Letter, true), LabelKind::Dash);
        assert_eq!(child_kind(LabelKind::Dash, true), LabelKind::Plus);
    }
}
