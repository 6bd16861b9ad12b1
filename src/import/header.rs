//! The header block above "KẾ HOẠCH": issuing body, national motto,
//! "Số: …" and "place, ngày … tháng … năm …", in any order and possibly two
//! columns run together on one line.

use super::lines::Line;
use super::tracked::Tracked;
use super::words::{find_phrase, is_all_caps, strip_any, strip_phrase};
use crate::cite::parse_number;
use crate::model::PartialDate;
use crate::time::date::{digits, skip_space, strip_word};
use std::ops::Range;

/// What the header block says.
#[derive(Debug, Default)]
pub(crate) struct Header {
    /// Body above the issuer ("UBND TỈNH TÂY NINH" above "VĂN PHÒNG").
    pub issuer_parent: Option<Tracked>,
    /// The issuing body.
    pub issuer_name: Option<Tracked>,
    /// Number and symbol of "Số: 12/KH-UBND"; the number may be empty.
    pub number: Option<(Tracked, Tracked)>,
    /// Place of issue.
    pub place: Option<Tracked>,
    /// Date of issue and the text it was read from.
    pub date: Option<(PartialDate, Tracked)>,
    /// Text the header does not explain, in order.
    pub other: Vec<Tracked>,
}

/// Administrative units that continue an issuer name on its next line
/// ("ỦY BAN NHÂN DÂN" / "TỈNH KON TUM").
const UNIT_WORDS: &[&str] = &[
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
];

/// The national motto lines, recognised and left out of the plan.
const MOTTO: &[&str] = &[
    "cộng hòa xã hội chủ nghĩa việt nam",
    "cộng hoà xã hội chủ nghĩa việt nam",
];

/// Reads the header lines `range`.
pub(crate) fn read_header(lines: &[Line], range: Range<usize>) -> Header {
    let mut header = Header::default();
    let mut issuer: Vec<Tracked> = Vec::new();
    for line in lines
        .get(range)
        .unwrap_or(&[])
        .iter()
        .filter(|l| l.is_content())
    {
        let mut pending = vec![line.text.clone()];
        while let Some(segment) = pending.pop() {
            let segment = segment.trim();
            if segment.is_empty() {
                continue;
            }
            if let Some((before, after)) = split_motto(&segment) {
                pending.push(after);
                pending.push(before);
                continue;
            }
            if header.number.is_none() {
                if let Some((number, symbol, rest)) = number_line(&segment) {
                    header.number = Some((number, symbol));
                    pending.push(rest);
                    continue;
                }
            }
            if header.date.is_none() {
                if let Some((place, date, span)) = place_and_date(&segment) {
                    if !place.is_empty() {
                        header.place = Some(place);
                    }
                    header.date = Some((date, span));
                    continue;
                }
            }
            if is_all_caps(segment.as_str()) {
                issuer.push(segment);
            } else {
                header.other.push(segment);
            }
        }
    }
    let (parent, name) = split_issuer(issuer);
    header.issuer_parent = parent;
    header.issuer_name = name;
    header
}

/// The text before and after the national motto ("CỘNG HÒA …", "Độc lập - Tự do - Hạnh phúc").
fn split_motto(segment: &Tracked) -> Option<(Tracked, Tracked)> {
    let text = segment.as_str();
    let found = MOTTO
        .iter()
        .find_map(|m| find_phrase(text, m))
        .or_else(|| {
            let start = find_phrase(text, "độc lập")?;
            let end = find_phrase(text.get(start.end..)?, "hạnh phúc")?;
            Some(start.start..start.end + end.end)
        })?;
    Some((segment.slice(0..found.start), segment.tail(found.end)))
}

/// "Số: 12/KH-UBND" → number, symbol and the rest of the line.
fn number_line(segment: &Tracked) -> Option<(Tracked, Tracked, Tracked)> {
    let text = segment.as_str();
    let after_word = strip_phrase(text, "số", false)?;
    let rest = text.get(after_word..)?;
    let colon = rest.len() - rest.trim_start_matches([':', ' ']).len();
    let start = after_word + colon;
    let token_len = text
        .get(start..)?
        .find(char::is_whitespace)
        .unwrap_or(text.len() - start);
    let token = text.get(start..start + token_len)?;
    let parsed = parse_number(token)?;
    let slash = token.find('/')?;
    let number = segment.slice(start..start + parsed.number.len().min(slash));
    let symbol = segment.slice(start + token.len() - parsed.symbol.len()..start + token.len());
    Some((number, symbol, segment.tail(start + token_len)))
}

/// "Lai Châu, ngày tháng 01 năm 2025" → place, the date's parts and its text.
pub(crate) fn place_and_date(segment: &Tracked) -> Option<(Tracked, PartialDate, Tracked)> {
    let text = segment.as_str();
    let at = find_word(text, "ngày")?;
    let (date, len) = partial_date(text.get(at..)?)?;
    let place = segment.slice(0..at).trim_end_matches(&[',', ' ']).trim();
    let span = segment.slice(at..at + len);
    let trailing = text.get(at + len..).unwrap_or("").trim();
    (trailing.is_empty() || trailing == ".").then_some((place, date, span))
}

fn find_word(text: &str, word: &str) -> Option<usize> {
    find_phrase(text, word).map(|r| r.start)
}

/// Reads "ngày 15 tháng 01 năm 2025", "ngày   tháng 01 năm 2025" or
/// "ngày 15/01/2025"; blank parts stay `None`. Returns the bytes read.
fn partial_date(s: &str) -> Option<(PartialDate, usize)> {
    let bytes = s.as_bytes();
    let mut p = skip_space(bytes, strip_word(s, 0, "ngày")?);
    let mut date = PartialDate::default();
    if let Some((day, end)) = digits(bytes, p, 1, 2) {
        date.day = Some(day);
        p = end;
        if let Some(&sep) = bytes.get(p).filter(|b| matches!(b, b'/' | b'-' | b'.')) {
            let (month, end) = digits(bytes, p + 1, 1, 2)?;
            if bytes.get(end) != Some(&sep) {
                return None;
            }
            let (year, end) = digits(bytes, end + 1, 4, 4)?;
            date.month = Some(month);
            date.year = i32::try_from(year).ok();
            return Some((date, end));
        }
    }
    p = skip_space(bytes, strip_word(s, skip_space(bytes, p), "tháng")?);
    if let Some((month, end)) = digits(bytes, p, 1, 2) {
        date.month = Some(month);
        p = end;
    }
    p = skip_space(bytes, strip_word(s, skip_space(bytes, p), "năm")?);
    let mut end = p;
    if let Some((year, after)) = digits(bytes, p, 4, 4) {
        date.year = i32::try_from(year).ok();
        end = after;
    }
    let end = if date.year.is_some() {
        end
    } else {
        s[..p].trim_end().len()
    };
    Some((date, end))
}

/// Issuer lines → parent and name: "UBND TỈNH TÂY NINH" / "VĂN PHÒNG" is a
/// parent and a name, "ỦY BAN NHÂN DÂN" / "TỈNH KON TUM" one name on two lines.
fn split_issuer(lines: Vec<Tracked>) -> (Option<Tracked>, Option<Tracked>) {
    let mut lines = lines.into_iter();
    let Some(first) = lines.next() else {
        return (None, None);
    };
    let rest: Vec<Tracked> = lines.collect();
    let Some(second) = rest.first() else {
        return (None, Some(first));
    };
    let continues_name = strip_any(second.as_str(), UNIT_WORDS, false).is_some();
    if continues_name {
        return (None, Some(join(std::iter::once(&first).chain(&rest))));
    }
    (Some(first), Some(join(rest.iter())))
}

fn join<'a>(parts: impl Iterator<Item = &'a Tracked>) -> Tracked {
    let mut builder = super::tracked::Builder::new();
    for part in parts {
        builder.space(part.source_at(0));
        builder.push_tracked(part);
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::split_lines;

    fn header(text: &str) -> Header {
        let lines = split_lines(text);
        read_header(&lines, 0..lines.len())
    }

    fn date(day: Option<u32>, month: Option<u32>, year: Option<i32>) -> PartialDate {
        PartialDate { day, month, year }
    }

    #[test]
    fn blank_number_and_partial_date() {
        let h = header("Số: /KH-UBND\n\n*Lai Châu, ngày tháng 01 năm 2025*");
        let (number, symbol) = h.number.unwrap();
        assert_eq!((number.as_str(), symbol.as_str()), ("", "KH-UBND"));
        assert_eq!(h.place.unwrap().as_str(), "Lai Châu");
        let (d, span) = h.date.unwrap();
        assert_eq!(d, date(None, Some(1), Some(2025)));
        assert_eq!(span.as_str(), "ngày tháng 01 năm 2025");
        assert!(h.other.is_empty());
    }

    #[test]
    fn two_columns_on_one_line() {
        let h = header(
            "UBND TỈNH TÂY NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-VP Tây Ninh, ngày 20 tháng 01 năm 2024",
        );
        assert_eq!(h.issuer_parent.unwrap().as_str(), "UBND TỈNH TÂY NINH");
        assert_eq!(h.issuer_name.unwrap().as_str(), "VĂN PHÒNG");
        let (number, symbol) = h.number.unwrap();
        assert_eq!((number.as_str(), symbol.as_str()), ("12", "KH-VP"));
        assert_eq!(h.place.unwrap().as_str(), "Tây Ninh");
        assert_eq!(h.date.unwrap().0, date(Some(20), Some(1), Some(2024)));
    }

    #[test]
    fn issuer_name_over_two_lines() {
        let h = header("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 05/KH-UBND\nKon Tum, ngày 15/01/2025");
        assert_eq!(h.issuer_parent, None);
        assert_eq!(
            h.issuer_name.unwrap().as_str(),
            "ỦY BAN NHÂN DÂN TỈNH KON TUM"
        );
        assert_eq!(h.date.unwrap().0, date(Some(15), Some(1), Some(2025)));
    }

    #[test]
    fn blank_date_keeps_the_place() {
        let h = header("Hà Nội, ngày tháng năm");
        assert_eq!(h.place.unwrap().as_str(), "Hà Nội");
        assert_eq!(h.date.unwrap().0, date(None, None, None));
    }
}
