//! NFC normalisation that remembers where each normalised byte came from, so
//! positions found in the normalised text point back into the pasted input.

use std::borrow::Cow;
use std::ops::Range;

/// A temporary stand-in until `crate::text::to_nfc` lands on main.
fn to_nfc(s: &str) -> Cow<'_, str> {
    Cow::Borrowed(s)
}

/// The input in NFC, with the way back to the input's byte offsets.
pub(crate) struct Normalized<'a> {
    /// The normalised text.
    pub text: Cow<'a, str>,
    /// Normalised offsets → input offsets.
    pub offsets: OffsetMap,
    /// Input span of the first rewritten character, if normalisation changed anything.
    pub first_change: Option<Range<usize>>,
}

/// One rewritten cluster: a base letter and its combining marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Change {
    norm: usize,
    orig: usize,
    norm_len: usize,
    orig_len: usize,
}

/// Maps byte offsets of the normalised text to byte offsets of the input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    changes: Vec<Change>,
}

impl OffsetMap {
    /// The input offset of normalised offset `at`; inside a rewritten cluster,
    /// the cluster's start (or its end when `end` is set).
    pub fn to_input(&self, at: usize, end: bool) -> usize {
        let index = self.changes.partition_point(|c| c.norm <= at);
        let Some(change) = index.checked_sub(1).and_then(|i| self.changes.get(i)) else {
            return at;
        };
        let change_end = change.norm + change.norm_len;
        if at == change.norm {
            change.orig
        } else if at < change_end {
            if end {
                change.orig + change.orig_len
            } else {
                change.orig
            }
        } else {
            change.orig + change.orig_len + (at - change_end)
        }
    }

    /// The input span of a normalised span.
    pub fn range_to_input(&self, range: Range<usize>) -> Range<usize> {
        let start = self.to_input(range.start, false);
        let end = self.to_input(range.end, true).max(start);
        start..end
    }
}

/// Normalises `input` to NFC one cluster at a time, keeping the offset map.
pub(crate) fn normalize(input: &str) -> Normalized<'_> {
    if matches!(to_nfc(input), Cow::Borrowed(_)) {
        return Normalized {
            text: Cow::Borrowed(input),
            offsets: OffsetMap::default(),
            first_change: None,
        };
    }
    let mut text = String::with_capacity(input.len());
    let mut changes = Vec::new();
    let mut first_change = None;
    for cluster in clusters(input) {
        let Some(original) = input.get(cluster.clone()) else {
            continue;
        };
        let normalized = to_nfc(original);
        if normalized != original {
            changes.push(Change {
                norm: text.len(),
                orig: cluster.start,
                norm_len: normalized.len(),
                orig_len: original.len(),
            });
            first_change.get_or_insert(cluster);
        }
        text.push_str(&normalized);
    }
    Normalized {
        text: Cow::Owned(text),
        offsets: OffsetMap { changes },
        first_change,
    }
}

/// Byte spans of the clusters that may change: a character followed by
/// combining marks. Runs without combining marks are returned whole.
fn clusters(input: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut run_start = 0;
    let mut cluster_start = 0;
    let mut in_cluster = false;
    for (i, c) in input.char_indices() {
        if is_combining(c) {
            if !in_cluster {
                if cluster_start > run_start {
                    out.push(run_start..cluster_start);
                }
                in_cluster = true;
            }
            continue;
        }
        if in_cluster {
            out.push(cluster_start..i);
            run_start = i;
            in_cluster = false;
        }
        cluster_start = i;
    }
    if in_cluster {
        out.push(cluster_start..input.len());
    } else if run_start < input.len() {
        out.push(run_start..input.len());
    }
    out
}

/// Combining marks and conjoining jamo: characters that compose with the one before.
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1160}'..='\u{11FF}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_split_before_each_base_with_marks() {
        let s = "tha\u{301}ng 7";
        let spans: Vec<&str> = clusters(s).into_iter().map(|r| &s[r]).collect();
        assert_eq!(spans, ["th", "a\u{301}", "ng 7"]);
    }

    #[test]
    fn offsets_shift_after_a_rewritten_cluster() {
        let map = OffsetMap {
            changes: vec![Change {
                norm: 2,
                orig: 2,
                norm_len: 2,
                orig_len: 3,
            }],
        };
        assert_eq!(map.to_input(1, false), 1);
        assert_eq!(map.to_input(2, false), 2);
        assert_eq!(map.to_input(3, false), 2);
        assert_eq!(map.to_input(3, true), 5);
        assert_eq!(map.to_input(4, false), 5);
        assert_eq!(map.range_to_input(0..6), 0..7);
    }
}
