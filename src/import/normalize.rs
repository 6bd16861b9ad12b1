//! NFC normalisation that remembers where each normalised byte came from, so
//! positions found in the normalised text point back into the pasted input.

use crate::text::nfc::is_combining_mark;
use crate::text::to_nfc;
use std::borrow::Cow;
use std::ops::Range;

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

/// Byte spans of the clusters that may change, a character followed by
/// combining marks, and of the runs between them.
fn clusters(input: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut run_start = 0;
    let mut cluster_start = 0;
    let mut in_cluster = false;
    for (i, c) in input.char_indices() {
        if is_combining_mark(c) {
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
    fn decomposed_input_maps_back() {
        let input = "ngày 23 tha\u{301}ng 7 năm 2012";
        let n = normalize(input);
        assert_eq!(n.text, "ngày 23 tháng 7 năm 2012");
        assert_eq!(n.first_change, Some(11..14));
        let month = n.text.find("7").unwrap();
        assert_eq!(n.offsets.to_input(month, false), input.find('7').unwrap());
        let word = n.text.find("tháng").unwrap();
        let span = n.offsets.range_to_input(word..word + "tháng".len());
        assert_eq!(&input[span], "tha\u{301}ng");
        assert!(matches!(normalize("tháng").text, Cow::Borrowed(_)));
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
