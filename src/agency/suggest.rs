//! "Did you mean …?" for unknown agency names: similarity of character pairs
//! (Dice coefficient) on diacritic-free keys, so "So Tu phap" finds "Sở Tư pháp".

use crate::reference::agencies::{Agencies, Agency};
use crate::text::strip_diacritics;
use chrono::NaiveDate;

/// At most this many suggestions.
const MAX_SUGGESTIONS: usize = 3;
/// Below this similarity a name is not worth suggesting.
const MIN_SIMILARITY: f32 = 0.5;

/// Sorted pairs of adjacent characters of `key`, padded with a space at each end.
pub(crate) fn bigrams(key: &str) -> Vec<u64> {
    let padded: Vec<char> = std::iter::once(' ')
        .chain(key.chars())
        .chain(std::iter::once(' '))
        .collect();
    let mut grams: Vec<u64> = padded
        .windows(2)
        .filter_map(|pair| match pair {
            [a, b] => Some((u64::from(*a) << 32) | u64::from(*b)),
            _ => None,
        })
        .collect();
    grams.sort_unstable();
    grams
}

/// Dice coefficient of two sorted bigram multisets, in 0..=1.
fn similarity(a: &[u64], b: &[u64]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    (2 * shared) as f32 / total as f32
}

/// Up to three entries whose names look like `key` (an agency key), best first;
/// with a date, only entries that exist on it.
pub(crate) fn suggest<'a>(
    key: &str,
    on: Option<NaiveDate>,
    agencies: &'a Agencies,
) -> Vec<&'a Agency> {
    if key.is_empty() {
        return Vec::new();
    }
    let wanted = bigrams(&strip_diacritics(key));
    let mut best: Vec<(&Agency, f32)> = Vec::new();
    for (entry, grams) in agencies.fuzzy_names() {
        if on.is_some_and(|day| !entry.exists_on(day)) {
            continue;
        }
        let score = similarity(&wanted, grams);
        if score < MIN_SIMILARITY {
            continue;
        }
        match best.iter_mut().find(|(e, _)| e.id == entry.id) {
            Some(seen) => seen.1 = seen.1.max(score),
            None => best.push((entry, score)),
        }
    }
    best.sort_by(|a, b| b.1.total_cmp(&a.1));
    best.into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(entry, _)| entry)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_keys_are_fully_similar() {
        let a = bigrams("so tu phap");
        assert_eq!(similarity(&a, &a), 1.0);
        assert_eq!(similarity(&a, &bigrams("")), 0.0);
        assert!(similarity(&a, &bigrams("so noi vu")) < MIN_SIMILARITY);
    }
}
