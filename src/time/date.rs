//! Hand-written parsing of Vietnamese dates: "23/7/2012", "05-3-2020",
//! "23 tháng 7 năm 2012", optionally after "ngày". No format strings: this runs
//! on every keystroke (see TOOLCHAIN.md), and chrono only checks the calendar.

use chrono::NaiveDate;
use std::ops::Range;

/// A day, month and year as written; not necessarily a real calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateParts {
    /// Day of month as written.
    pub day: u32,
    /// Month as written.
    pub month: u32,
    /// Year as written.
    pub year: i32,
}

impl DateParts {
    /// The calendar date, or `None` for 31/04, 29/02 in a common year, 00/01 …
    pub fn to_date(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, self.day)
    }

    /// "dd/mm/yyyy" as written.
    pub fn display(self) -> String {
        format!("{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

/// Parses a date at the start of `s` (an optional leading "ngày " is consumed).
/// Returns the parts and the number of bytes read.
pub fn parse_date_prefix(s: &str) -> Option<(DateParts, usize)> {
    let bytes = s.as_bytes();
    let mut pos = 0;
    if let Some(after) = strip_word(s, 0, "ngày") {
        let ws = skip_space(bytes, after);
        if ws > after {
            pos = ws;
        }
    }
    let (day, after_day) = digits(bytes, pos, 1, 2)?;
    numeric_tail(bytes, after_day, day).or_else(|| worded_tail(s, after_day, day))
}

/// A day and month written without a year: "15/12", "15 tháng 12".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayMonth {
    /// Day of month as written.
    pub day: u32,
    /// Month as written.
    pub month: u32,
    /// The separator between day and month ('/', '-', '.'), or `None` for "tháng".
    pub separator: Option<u8>,
    /// Bytes read.
    pub len: usize,
}

impl DayMonth {
    /// The text that completes it with a year: "/2025" or " năm 2025".
    pub fn year_suffix(&self, year: i32) -> String {
        match self.separator {
            Some(sep) => format!("{}{year}", char::from(sep)),
            None => format!(" năm {year}"),
        }
    }
}

/// Parses a day and month at the start of `s` that no year follows (an
/// optional leading "ngày " is consumed). "15/12/2025" and "15/12/25" are not
/// yearless: the first is a date, the second a malformed one.
pub fn parse_day_month_prefix(s: &str) -> Option<DayMonth> {
    let bytes = s.as_bytes();
    let mut pos = 0;
    if let Some(after) = strip_word(s, 0, "ngày") {
        let ws = skip_space(bytes, after);
        if ws > after {
            pos = ws;
        }
    }
    let (day, after_day) = digits(bytes, pos, 1, 2)?;
    if let Some(&sep) = bytes
        .get(after_day)
        .filter(|b| matches!(b, b'/' | b'-' | b'.'))
    {
        let (month, end) = digits(bytes, after_day + 1, 1, 2)?;
        let year_follows =
            bytes.get(end) == Some(&sep) && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        return (!year_follows).then_some(DayMonth {
            day,
            month,
            separator: Some(sep),
            len: end,
        });
    }
    let p = skip_space(bytes, after_day);
    let p = skip_space(bytes, strip_word(s, p, "tháng")?);
    let (month, end) = digits(bytes, p, 1, 2)?;
    let year_follows = strip_word(s, skip_space(bytes, end), "năm").is_some();
    (!year_follows).then_some(DayMonth {
        day,
        month,
        separator: None,
        len: end,
    })
}

/// The first day and month written without a year in `s`, and where it starts.
pub fn find_day_month(s: &str) -> Option<(usize, DayMonth)> {
    let bytes = s.as_bytes();
    (0..bytes.len())
        .filter(|&i| {
            bytes.get(i).is_some_and(u8::is_ascii_digit)
                && !i
                    .checked_sub(1)
                    .and_then(|j| bytes.get(j))
                    .is_some_and(u8::is_ascii_digit)
        })
        .find_map(|i| Some((i, parse_day_month_prefix(s.get(i..)?)?)))
}

/// Parses `s` (trimmed) as exactly one date.
pub fn parse_date(s: &str) -> Option<DateParts> {
    let t = s.trim();
    match parse_date_prefix(t) {
        Some((parts, len)) if len == t.len() => Some(parts),
        _ => None,
    }
}

/// Every date written in free text, with its byte span.
pub fn find_dates(s: &str) -> Vec<(Range<usize>, DateParts)> {
    let bytes = s.as_bytes();
    let mut starts = Vec::new();
    // A date has a separator right after its day ("3/", "15-", "05.") or the
    // word "tháng" after it: look only there, not at every digit (per keystroke).
    // One pass over the bytes: substring searches cost more in WebAssembly.
    for (j, &b) in bytes.iter().enumerate() {
        let candidate = match b {
            b'/' | b'-' | b'.' => j > 0,
            b't' | b'T' => {
                let rest = bytes.get(j..).unwrap_or_default();
                ["tháng", "Tháng", "THÁNG"]
                    .iter()
                    .any(|word| rest.starts_with(word.as_bytes()))
            }
            _ => false,
        };
        if !candidate {
            continue;
        }
        let before = bytes.get(..j).unwrap_or_default();
        let day_end = if b == b't' || b == b'T' {
            before.len()
                - before
                    .iter()
                    .rev()
                    .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
                    .count()
        } else {
            j
        };
        if let Some(start) = day_start(bytes, day_end) {
            starts.push(start);
        }
    }
    starts.sort_unstable();
    starts.dedup();
    let mut out: Vec<(Range<usize>, DateParts)> = Vec::new();
    for start in starts {
        if out.last().is_some_and(|(span, _)| start < span.end) {
            continue;
        }
        if let Some((parts, len)) = s.get(start..).and_then(parse_date_prefix) {
            let end = start + len;
            if !bytes.get(end).is_some_and(u8::is_ascii_digit) {
                out.push((start..end, parts));
            }
        }
    }
    out
}

/// Where the one- or two-digit day ending just before `end` starts, if there is one.
fn day_start(bytes: &[u8], end: usize) -> Option<usize> {
    let run = bytes
        .get(..end)?
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_digit())
        .count();
    (1..=2).contains(&run).then(|| end - run)
}

fn numeric_tail(bytes: &[u8], pos: usize, day: u32) -> Option<(DateParts, usize)> {
    let sep = *bytes.get(pos)?;
    if !matches!(sep, b'/' | b'-' | b'.') {
        return None;
    }
    let (month, after_month) = digits(bytes, pos + 1, 1, 2)?;
    if bytes.get(after_month) != Some(&sep) {
        return None;
    }
    let (year, end) = digits(bytes, after_month + 1, 4, 4)?;
    Some((date(day, month, year)?, end))
}

fn worded_tail(s: &str, pos: usize, day: u32) -> Option<(DateParts, usize)> {
    let bytes = s.as_bytes();
    let p = skip_space(bytes, pos);
    let p = strip_word(s, p, "tháng")?;
    let p = skip_space(bytes, p);
    let (month, p) = digits(bytes, p, 1, 2)?;
    let p = skip_space(bytes, p);
    let p = strip_word(s, p, "năm")?;
    let p = skip_space(bytes, p);
    let (year, end) = digits(bytes, p, 4, 4)?;
    Some((date(day, month, year)?, end))
}

fn date(day: u32, month: u32, year: u32) -> Option<DateParts> {
    Some(DateParts {
        day,
        month,
        year: i32::try_from(year).ok()?,
    })
}

/// Reads `min..=max` ASCII digits at `pos`; fails if more digits follow.
pub(crate) fn digits(bytes: &[u8], pos: usize, min: usize, max: usize) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut end = pos;
    while let Some(b) = bytes.get(end).filter(|b| b.is_ascii_digit()) {
        if end - pos == max {
            return None;
        }
        value = value * 10 + u32::from(b - b'0');
        end += 1;
    }
    (end - pos >= min).then_some((value, end))
}

/// Skips ASCII and non-breaking white space (hard-wrapped text has newlines in dates).
pub(crate) fn skip_space(bytes: &[u8], mut pos: usize) -> usize {
    loop {
        match bytes.get(pos) {
            Some(b' ' | b'\t' | b'\n' | b'\r') => pos += 1,
            Some(0xC2) if bytes.get(pos + 1) == Some(&0xA0) => pos += 2,
            _ => return pos,
        }
    }
}

/// Matches `word` at `pos`, ignoring letter case ("Quý", "quý", "QUÝ"); returns the end.
pub(crate) fn strip_word(s: &str, pos: usize, word: &str) -> Option<usize> {
    let rest = s.get(pos..)?;
    let mut got = rest.char_indices();
    for expected in word.chars() {
        let (_, c) = got.next()?;
        if !same_letter(c, expected) {
            return None;
        }
    }
    Some(pos + got.next().map_or(rest.len(), |(i, _)| i))
}

/// Case-blind comparison of two letters, ASCII without Unicode tables.
fn same_letter(a: char, b: char) -> bool {
    if a == b {
        return true;
    }
    match (a.is_ascii(), b.is_ascii()) {
        (true, true) => a.eq_ignore_ascii_case(&b),
        (false, false) => a.to_lowercase().eq(b.to_lowercase()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(d: u32, m: u32, y: i32) -> DateParts {
        DateParts {
            day: d,
            month: m,
            year: y,
        }
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(parse_date("23/7/2012"), Some(parts(23, 7, 2012)));
        assert_eq!(parse_date("05/3/2020"), Some(parts(5, 3, 2020)));
        assert_eq!(parse_date("15-01-2024"), Some(parts(15, 1, 2024)));
        assert_eq!(parse_date("ngày 03/12/2025"), Some(parts(3, 12, 2025)));
    }

    #[test]
    fn worded_dates_across_line_breaks() {
        assert_eq!(parse_date("23 tháng 7 năm 2012"), Some(parts(23, 7, 2012)));
        assert_eq!(
            parse_date("ngày 29 tháng 9 \n\nnăm 2021"),
            Some(parts(29, 9, 2021))
        );
        assert_eq!(
            parse_date("Ngày 21 Tháng 6 năm 2021"),
            Some(parts(21, 6, 2021))
        );
        assert_eq!(
            parse_date("NGÀY 21 THÁNG 6 NĂM 2021"),
            Some(parts(21, 6, 2021))
        );
    }

    #[test]
    fn calendar_validity_is_separate_from_parsing() {
        assert_eq!(parse_date("31/04/2025").and_then(DateParts::to_date), None);
        assert_eq!(parse_date("29/02/2025").and_then(DateParts::to_date), None);
        assert!(parse_date("29/02/2024")
            .and_then(DateParts::to_date)
            .is_some());
        assert_eq!(parse_date("00/01/2025").and_then(DateParts::to_date), None);
        assert_eq!(parse_date("32/12/2025").and_then(DateParts::to_date), None);
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(parse_date("59/2012/NĐ-CP"), None);
        assert_eq!(parse_date("123/4/2025"), None);
        assert_eq!(parse_date("1/2/20255"), None);
        assert_eq!(parse_date("Quý I"), None);
        assert_eq!(parse_date(""), None);
    }

    #[test]
    fn days_and_months_without_a_year() {
        let dm = |s| parse_day_month_prefix(s).map(|d| (d.day, d.month, d.separator, d.len));
        assert_eq!(dm("15/12"), Some((15, 12, Some(b'/'), 5)));
        assert_eq!(dm("ngày 15/12 hằng năm"), Some((15, 12, Some(b'/'), 11)));
        assert_eq!(dm("15 tháng 12"), Some((15, 12, None, 12)));
        assert_eq!(dm("15/12/2025"), None);
        assert_eq!(dm("15/12/25"), None);
        assert_eq!(dm("15 tháng 12 năm 2025"), None);
        assert_eq!(dm("6/2025"), None);
        let text = "gửi Sở Tư pháp trước ngày 15/12.";
        assert_eq!(find_day_month(text).map(|(i, _)| i), text.find("15/12"));
        let found = find_day_month("trước ngày 5 tháng 3").map(|(_, d)| d.year_suffix(2025));
        assert_eq!(found.as_deref(), Some(" năm 2025"));
        assert_eq!(find_day_month("Quý I năm 2025"), None);
    }

    #[test]
    fn finds_dates_in_prose() {
        let text = "gửi Sở Tư pháp trước ngày 03/12/2025 và 15 tháng 01 năm 2025.";
        let found = find_dates(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].0.clone()], "03/12/2025");
        assert_eq!(found[1].1, parts(15, 1, 2025));
        assert!(find_dates("Nghị định số 59/2012/NĐ-CP").is_empty());
    }
}
