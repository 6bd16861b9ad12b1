//! The groups of a document symbol ("KH-UBND" → "KH", "UBND"), read however
//! they are separated.

/// The byte ranges of the letter-and-digit groups of `symbol`.
pub(crate) fn groups(symbol: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in symbol.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, symbol.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::groups;

    #[test]
    fn groups_whatever_the_separator() {
        let parts = |s: &str| -> Vec<String> {
            groups(s)
                .into_iter()
                .map(|(a, b)| s[a..b].to_string())
                .collect()
        };
        assert_eq!(parts("KH-UBND"), ["KH", "UBND"]);
        assert_eq!(parts(" KH / UBND_VP "), ["KH", "UBND", "VP"]);
        assert_eq!(parts("TTr–STP"), ["TTr", "STP"]);
        assert!(parts("").is_empty());
    }
}
