//! Completions for an agency field as the officer types: the agencies and
//! groups that exist on the plan's date whose name has a word starting with
//! what was typed, ignoring diacritics ("so tu" → "Sở Tư pháp").

use crate::reference::agencies::{Agencies, Kind};
use crate::text::strip_diacritics;
use chrono::NaiveDate;

/// Up to `limit` canonical names matching `query`, best first: names starting
/// with it, then names with a later word starting with it, shorter first.
pub fn completions<'a>(
    query: &str,
    on: Option<NaiveDate>,
    agencies: &'a Agencies,
    limit: usize,
) -> Vec<&'a str> {
    let wanted = strip_diacritics(query.trim()).to_lowercase();
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize, &str)> = agencies
        .iter()
        .filter(|a| !matches!(a.kind, Kind::Province | Kind::City))
        .filter(|a| on.is_none_or(|day| a.exists_on(day)))
        .filter_map(|a| {
            let key = strip_diacritics(&a.name).to_lowercase();
            let at = word_start(&key, &wanted)?;
            Some((usize::from(at > 0), a.name.len(), a.name.as_str()))
        })
        .collect();
    found.sort_unstable();
    found.dedup_by(|x, y| x.2 == y.2);
    found
        .into_iter()
        .take(limit)
        .map(|(_, _, name)| name)
        .collect()
}

/// Byte offset of the first word of `key` that starts with `wanted`.
fn word_start(key: &str, wanted: &str) -> Option<usize> {
    key.match_indices(wanted)
        .map(|(at, _)| at)
        .find(|&at| at == 0 || key.as_bytes().get(at - 1) == Some(&b' '))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::Reference;

    fn names(query: &str, on: Option<NaiveDate>) -> Vec<&'static str> {
        completions(query, on, &Reference::builtin().agencies, 5)
    }

    #[test]
    fn completes_without_diacritics() {
        assert_eq!(names("so tu", None).first(), Some(&"Sở Tư pháp"));
        assert!(names("tư pháp", None).contains(&"Sở Tư pháp"));
        assert!(names("", None).is_empty());
    }

    #[test]
    fn follows_the_plan_date() {
        let before = NaiveDate::from_ymd_opt(2024, 6, 1);
        let after = NaiveDate::from_ymd_opt(2026, 1, 1);
        assert!(names("so tai nguyen", before).contains(&"Sở Tài nguyên và Môi trường"));
        assert!(!names("so tai nguyen", after).contains(&"Sở Tài nguyên và Môi trường"));
        assert!(names("so nong nghiep va moi", after).contains(&"Sở Nông nghiệp và Môi trường"));
    }
}
