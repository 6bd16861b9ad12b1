//! NFC normalisation on the one seed plan stored in decomposed Unicode.

use kehoach::text::{fold_key, is_nfc, nfd_spans, to_nfc};

const SEED_000: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/seeds/000_90aa8bab0da9471a.txt"
));

/// FNV-1a, 64 bits: the expected value was computed with Python over
/// `unicodedata.normalize("NFC", text).encode("utf-8")`.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[test]
fn seed_000_has_139_decomposed_accents_on_92_lines() {
    let spans = nfd_spans(SEED_000);
    let marks: usize = spans
        .iter()
        .map(|span| SEED_000[span.clone()].chars().count() - 1)
        .sum();
    assert_eq!(marks, 139);
    assert_eq!(spans.len(), 139);
    let lines = SEED_000
        .split('\n')
        .filter(|line| !nfd_spans(line).is_empty())
        .count();
    assert_eq!(lines, 92);
    assert!(!is_nfc(SEED_000));
}

#[test]
fn seed_000_composes_like_python() {
    let composed = to_nfc(SEED_000);
    assert_eq!(composed.len(), 14_377);
    assert_eq!(composed.chars().count(), 11_266);
    assert_eq!(fnv1a(composed.as_bytes()), 0xcfb8_8da3_56d5_1cc9);
    assert!(is_nfc(&composed));
    assert!(composed.contains("Tổ chức thực hiện Kế hoạch của Ủy ban nhân dân dân tỉnh triển khai"));
}

#[test]
fn seed_000_names_match_after_folding() {
    let decomposed_line = SEED_000
        .lines()
        .find(|line| to_nfc(line).contains("Cơ quan thực hiện: Sở Tư pháp") && !is_nfc(line))
        .unwrap_or_default();
    assert!(!decomposed_line.is_empty());
    assert_eq!(
        fold_key(decomposed_line),
        "+ cơ quan thực hiện: sở tư pháp và các đơn vị, địa phương liên quan"
    );
}
