//! Comparison keys for Vietnamese names.
//!
//! Two spellings of one name must give one key: composed or decomposed
//! Unicode, upper or lower case, extra spaces, a trailing full stop, and both
//! accepted tone-mark placements — the older "Uỷ, Hoà, Thuỷ, Khoẻ, Tuỳ" and the
//! newer "Ủy, Hòa, Thủy, Khỏe, Tùy". Keys use the newer placement.

use super::nfc::{base_letter, is_combining_mark, to_nfc};

/// A key for comparing names: NFC, lowercase, one tone-mark style, single
/// spaces, no trailing "." ";" or ",".
pub fn fold_key(s: &str) -> String {
    let composed = to_nfc(s);
    let mut out = String::with_capacity(composed.len());
    let mut word = Vec::new();
    for raw in composed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if raw.is_ascii() {
            out.extend(raw.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            continue;
        }
        word.clear();
        for c in raw.chars() {
            if c.is_ascii() {
                word.push(c.to_ascii_lowercase());
            } else {
                word.extend(c.to_lowercase());
            }
        }
        move_tone_to_new_style(&mut word);
        out.extend(word.iter());
    }
    let kept = out.trim_end_matches(['.', ';', ',', ' ']).len();
    out.truncate(kept);
    out
}

/// `s` without diacritics ("Đắk Lắk" → "Dak Lak"): an ASCII key for
/// Vietnamese text, for suggestions that tolerate missing accents. Case is kept.
pub fn strip_diacritics(s: &str) -> String {
    let composed = to_nfc(s);
    if composed.is_ascii() {
        return composed.into_owned();
    }
    composed
        .chars()
        .filter(|&c| !is_combining_mark(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            _ => base_letter(c),
        })
        .collect()
}

/// The five tone-bearing forms of each plain vowel that moves:
/// level, grave, acute, hook above, tilde, dot below.
const TONES: [[char; 6]; 5] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
];

/// (plain vowel, tone index) of a lowercase vowel from [`TONES`].
fn split_tone(c: char) -> Option<(char, usize)> {
    TONES.iter().find_map(|forms| {
        let tone = forms.iter().position(|&f| f == c)?;
        Some((forms[0], tone))
    })
}

fn with_tone(vowel: char, tone: usize) -> char {
    TONES
        .iter()
        .find(|forms| forms[0] == vowel)
        .and_then(|forms| forms.get(tone))
        .copied()
        .unwrap_or(vowel)
}

/// In a syllable ending in "oa", "oe" or "uy" (not "qu-"), the older style
/// marks the tone on the last vowel ("hoà"), the newer on the first ("hòa").
fn move_tone_to_new_style(word: &mut [char]) {
    for syllable in word.split_mut(|&c| !is_letter(c)) {
        fold_syllable(syllable);
    }
}

fn fold_syllable(letters: &mut [char]) {
    let after_q = matches!(letters, [.., 'q', _, _]);
    let [.., first, last] = letters else {
        return;
    };
    let (Some((v1, 0)), Some((v2, tone))) = (split_tone(*first), split_tone(*last)) else {
        return;
    };
    let moves = matches!((v1, v2), ('o', 'a') | ('o', 'e') | ('u', 'y'));
    if tone != 0 && moves && !(v1 == 'u' && after_q) {
        *first = with_tone(v1, tone);
        *last = v2;
    }
}

fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_tone_styles_give_one_key() {
        for (old, new) in [
            ("Uỷ ban", "Ủy ban"),
            ("Khánh Hoà", "Khánh Hòa"),
            ("Thuỷ", "Thủy"),
            ("khoẻ", "khỏe"),
            ("Tuỳ", "Tùy"),
            ("Thanh Hoá", "Thanh Hóa"),
            ("Hoạ", "Họa"),
        ] {
            assert_eq!(fold_key(old), fold_key(new), "{old} / {new}");
        }
        assert_eq!(fold_key("Uỷ ban"), "ủy ban");
    }

    #[test]
    fn tone_stays_where_both_styles_agree() {
        assert_eq!(fold_key("quý"), "quý");
        assert_eq!(fold_key("Huỳnh"), "huỳnh");
        assert_eq!(fold_key("hoàng"), "hoàng");
        assert_eq!(fold_key("ngoài"), "ngoài");
        assert_eq!(fold_key("của"), "của");
        assert_eq!(fold_key("Huế"), "huế");
    }

    #[test]
    fn case_space_and_trailing_punctuation() {
        assert_eq!(fold_key("  ĐOÀN Luật sư\n tỉnh. "), "đoàn luật sư tỉnh");
        assert_eq!(fold_key("Sở Tư pháp;"), "sở tư pháp");
        assert_eq!(fold_key("ỦY BAN NHÂN DÂN"), "ủy ban nhân dân");
        assert_eq!(fold_key(""), "");
    }

    #[test]
    fn decomposed_input_folds_like_composed() {
        assert_eq!(
            fold_key("U\u{309}y ban nha\u{302}n da\u{302}n"),
            "ủy ban nhân dân"
        );
        assert_eq!(fold_key("Ho\u{300}a"), fold_key("Hoà"));
    }

    #[test]
    fn diacritics_stripped_to_ascii() {
        assert_eq!(strip_diacritics("Đắk Lắk"), "Dak Lak");
        assert_eq!(strip_diacritics("Sở Tư pháp"), "So Tu phap");
        assert_eq!(strip_diacritics("Thu\u{309}y"), "Thuy");
        assert_eq!(strip_diacritics("Ủy ban – 2025"), "Uy ban – 2025");
    }
}
