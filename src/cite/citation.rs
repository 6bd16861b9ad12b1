//! One citation: "Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về
//! theo dõi tình hình thi hành pháp luật", and every citation in a paragraph.
//!
//! A citation is a document type followed by a number-symbol ("Thông tư số
//! 04/2021/TT-BTP"), or a law by name ("Luật Phòng chống tham nhũng"). Mentions
//! such as "Quyết định của Thủ tướng Chính phủ" name no document and are not
//! citations. Text must be in NFC (callers normalise pasted text first).

use super::kind::{match_kind, may_start_kind, DocKind};
use super::number::{parse_number, NumberSymbol};
use super::scan::{
    after_boundary, collapse_space, is_punct_at, match_words, starts_list_line, word_end,
};
use crate::model::Citation;
use crate::time::date::{parse_date_prefix, skip_space};
use crate::time::DateParts;
use std::ops::Range;

/// A citation split into its parts; text parts have their line breaks collapsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedCitation {
    /// The document type.
    pub kind: DocKind,
    /// The type as written ("Nghị định", "Thông tư liên tịch").
    pub kind_text: String,
    /// Number and symbol; `None` for a law cited by name only.
    pub number: Option<NumberSymbol>,
    /// Date of issue, when the citation gives one.
    pub date: Option<DateParts>,
    /// The date as written, without "ngày" ("23/7/2012", "23 tháng 7 năm 2012"); empty if none.
    pub date_text: String,
    /// The issuer after "của" ("Chính phủ", "Bộ trưởng Bộ Tư pháp"); empty if none.
    pub issuer: String,
    /// The subject ("về theo dõi tình hình thi hành pháp luật"), or a law's name; empty if none.
    pub subject: String,
}

impl ParsedCitation {
    /// The citation as the plan model stores it.
    pub fn to_model(&self) -> Citation {
        Citation {
            kind: self.kind_text.clone(),
            number: self
                .number
                .as_ref()
                .map(NumberSymbol::to_string)
                .unwrap_or_default(),
            date: self.date_text.clone(),
            issuer: self.issuer.clone(),
            subject: self.subject.clone(),
        }
    }
}

/// Parses the first citation in `text` (normally the whole of a citation phrase).
pub fn parse_citation(text: &str) -> Option<ParsedCitation> {
    next_citation(text, 0, 0).map(|found| found.citation)
}

/// Every citation in a paragraph, in order of its start, with its byte span.
///
/// A citation named inside another one's subject ("… hướng dẫn thi hành Nghị
/// định số 59/2012/NĐ-CP") is reported too, so spans may nest.
pub fn find_citations(text: &str) -> Vec<(Range<usize>, ParsedCitation)> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut outer_end = 0;
    while let Some(found) = next_citation(text, from, outer_end) {
        from = found.resume;
        outer_end = outer_end.max(found.span.end);
        out.push((found.span, found.citation));
    }
    out
}

/// Words that cannot continue an issuer ("của Chính phủ và …").
const ISSUER_STOPS: &[&str] = &[
    "và", "tại", "đã", "được", "nhằm", "để", "theo", "thì", "có", "trong", "đối", "với", "cho",
    "là", "ngày", "số", "từ", "đến",
];

/// Words that cannot continue a law's name ("Luật Phòng chống tham nhũng và các văn bản …").
const NAME_STOPS: &[&str] = &[
    "và", "số", "ngày", "của", "được", "đã", "để", "có", "thì", "tại", "trong", "theo", "nhằm",
    "với", "là", "do",
];

/// Phrases that open a subject after the number, date or issuer.
const SUBJECT_STARTS: &[&str] = &[
    "về",
    "sửa đổi",
    "hướng dẫn",
    "quy định",
    "ban hành",
    "phê duyệt",
    "triển khai",
];

/// Phrases after a comma that belong to the sentence around the citation, not its subject.
const CLAUSE_STARTS: &[&str] = &["xét", "theo đề nghị", "như sau", "cụ thể"];

const MAX_ISSUER_WORDS: usize = 12;
const MAX_NAME_WORDS: usize = 16;
const MAX_CLAUSE_WORDS: usize = 40;

struct Found {
    span: Range<usize>,
    citation: ParsedCitation,
    /// Where to look for the next citation: right after the number or name,
    /// so citations inside the subject are found too.
    resume: usize,
}

/// What follows the type: a number-symbol, a name, or both.
struct Head {
    number: Option<NumberSymbol>,
    name: Option<Range<usize>>,
    end: usize,
}

/// Finds the next citation from `from`; one starting before `outer_end` lies
/// inside an earlier citation's subject.
fn next_citation(s: &str, from: usize, outer_end: usize) -> Option<Found> {
    let bytes = s.as_bytes();
    (from..bytes.len())
        .filter(|&i| {
            bytes.get(i).is_some_and(|&b| may_start_kind(b))
                && s.is_char_boundary(i)
                && after_boundary(s, i)
        })
        .find_map(|i| citation_at(s, i, i < outer_end))
}

fn citation_at(s: &str, start: usize, nested: bool) -> Option<Found> {
    let (kind, kind_end) = match_kind(s, start)?;
    let head = head_at(s, start, kind, kind_end)?;
    let mut end = head.end;
    let (date, date_text) = match date_at(s, end) {
        Some((parts, text, date_end)) => {
            end = date_end;
            (Some(parts), text)
        }
        None => (None, String::new()),
    };
    let issuer = match issuer_at(s, end) {
        Some(range) => {
            end = range.end;
            collapse_space(s.get(range)?)
        }
        None => String::new(),
    };
    let subject_range = match &head.name {
        Some(name) => Some(name.clone()),
        None => subject_at(s, end, nested),
    };
    let subject = match subject_range {
        Some(range) => {
            end = end.max(range.end);
            collapse_space(s.get(range)?)
        }
        None => String::new(),
    };
    Some(Found {
        span: start..end,
        citation: ParsedCitation {
            kind,
            kind_text: collapse_space(s.get(start..kind_end)?),
            number: head.number,
            date,
            date_text,
            issuer,
            subject,
        },
        resume: head.end,
    })
}

fn head_at(s: &str, start: usize, kind: DocKind, kind_end: usize) -> Option<Head> {
    if let Some((number, end)) = number_at(s, kind_end) {
        return Some(Head {
            number: Some(number),
            name: None,
            end,
        });
    }
    let named = matches!(kind, DocKind::Law | DocKind::Code);
    if !named || !s.get(start..).is_some_and(starts_upper) {
        return None;
    }
    let name = law_name(s, kind_end)?;
    let (number, end) = match number_at(s, name.end) {
        Some((number, end)) => (Some(number), end),
        None => (None, name.end),
    };
    Some(Head {
        number,
        name: Some(name),
        end,
    })
}

/// "số 59/2012/NĐ-CP", "59/2012/NĐ-CP", "số \n\n32/2020/NĐ-CP", "59/2012/NĐ- \nCP".
fn number_at(s: &str, pos: usize) -> Option<(NumberSymbol, usize)> {
    let bytes = s.as_bytes();
    let mut p = skip_space(bytes, pos);
    if p == pos {
        return None;
    }
    if let Some(after) = match_words(s, p, "số") {
        p = after;
        if bytes.get(p) == Some(&b':') {
            p += 1;
        }
        p = skip_space(bytes, p);
    }
    if !bytes.get(p).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (written, end) = number_token(s, p);
    let number = parse_number(&written)?;
    let symbol_ok =
        number.symbol.chars().any(char::is_uppercase) && !number.symbol.ends_with(['-', '/']);
    symbol_ok.then_some((number, end))
}

/// Reads a number-symbol, joining a part wrapped after "-" or "/".
fn number_token(s: &str, pos: usize) -> (String, usize) {
    let bytes = s.as_bytes();
    let mut written = String::new();
    let mut start = pos;
    loop {
        let end = symbol_end(s, start);
        written.push_str(s.get(start..end).unwrap_or(""));
        let next = skip_space(bytes, end);
        let wrapped = written.ends_with(['-', '/'])
            && next > end
            && s.get(next..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric);
        if !wrapped {
            return (written, end);
        }
        start = next;
    }
}

fn symbol_end(s: &str, pos: usize) -> usize {
    let rest = s.get(pos..).unwrap_or("");
    rest.char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '/' || c == '-'))
        .map_or(s.len(), |(i, _)| pos + i)
}

/// "ngày 23/7/2012", ", ngày 21 \n\ntháng 6 năm 2021".
fn date_at(s: &str, pos: usize) -> Option<(DateParts, String, usize)> {
    let bytes = s.as_bytes();
    let mut p = skip_space(bytes, pos);
    if bytes.get(p) == Some(&b',') {
        p = skip_space(bytes, p + 1);
    }
    let after_word = match_words(s, p, "ngày")?;
    let (parts, len) = parse_date_prefix(s.get(p..)?)?;
    let end = p + len;
    let written = s.get(skip_space(bytes, after_word)..end)?;
    Some((parts, collapse_space(written), end))
}

/// "của Bộ trưởng Bộ Tư pháp": the issuer's words, up to a stop word, a
/// subject's opening words or punctuation.
fn issuer_at(s: &str, pos: usize) -> Option<Range<usize>> {
    let bytes = s.as_bytes();
    let p = skip_space(bytes, pos);
    if p == pos {
        return None;
    }
    let after = match_words(s, p, "của")?;
    let first = skip_space(bytes, after);
    if first == after || !s.get(first..).is_some_and(starts_upper) {
        return None;
    }
    let end = words_until(s, first, MAX_ISSUER_WORDS, |word, at| {
        ISSUER_STOPS.contains(&word) || opens_subject(s, at)
    });
    (end > first).then_some(first..end)
}

/// A law's name: capitalised words; "và" continues it only before a capital
/// ("Luật Khoa học và Công nghệ").
fn law_name(s: &str, pos: usize) -> Option<Range<usize>> {
    let bytes = s.as_bytes();
    let first = skip_space(bytes, pos);
    if first == pos || !s.get(first..).is_some_and(starts_upper) {
        return None;
    }
    let end = words_until(s, first, MAX_NAME_WORDS, |word, at| {
        let next = skip_space(bytes, at + word.len());
        let joins_names = word == "và" && s.get(next..).is_some_and(starts_upper);
        NAME_STOPS.contains(&word) && !joins_names
    });
    (end > first).then_some(first..end)
}

/// Reads words from `pos` until `stop(word, start)` holds, punctuation, a
/// list line, or `max` words; returns the end of the last word taken.
fn words_until(s: &str, pos: usize, max: usize, stop: impl Fn(&str, usize) -> bool) -> usize {
    let bytes = s.as_bytes();
    let mut p = pos;
    let mut end = pos;
    for _ in 0..max {
        let w = word_end(bytes, p);
        let Some(word) = s.get(p..w).filter(|word| !word.is_empty()) else {
            break;
        };
        if stop(word, p) {
            break;
        }
        end = w;
        let next = skip_space(bytes, w);
        if next == w || starts_list_line(bytes, w, next) {
            break;
        }
        p = next;
    }
    end
}

fn opens_subject(s: &str, pos: usize) -> bool {
    SUBJECT_STARTS
        .iter()
        .any(|words| match_words(s, pos, words).is_some())
}

/// The subject, from its opening words to ";", "(", ":", a full stop, a list
/// line, "và các văn bản …", a comma before another citation or before the rest
/// of the sentence (", Ủy ban nhân dân tỉnh ban hành Kế hoạch …"). In a nested
/// citation "và" before another citation ends it too: in "hướng dẫn thi hành
/// Nghị định A về X và Nghị định B", B belongs to the outer subject.
fn subject_at(s: &str, pos: usize, nested: bool) -> Option<Range<usize>> {
    let bytes = s.as_bytes();
    let start = skip_space(bytes, pos);
    if start == pos || !opens_subject(s, start) {
        return None;
    }
    let mut p = start;
    let mut end = start;
    while p < bytes.len() {
        if bytes.get(p) == Some(&b',') {
            let next = skip_space(bytes, p + 1);
            if starts_citation(s, next) || closes_subject(s, next) {
                break;
            }
            p = next;
            continue;
        }
        if is_punct_at(bytes, p) {
            break;
        }
        let w = word_end(bytes, p);
        if w == p {
            break;
        }
        let next = skip_space(bytes, w);
        if s.get(p..w) == Some("và")
            && ((nested && starts_citation(s, next))
                || match_words(s, next, "các văn bản").is_some())
        {
            break;
        }
        end = w;
        if starts_list_line(bytes, w, next) {
            break;
        }
        p = next;
    }
    Some(start..end)
}

fn starts_citation(s: &str, pos: usize) -> bool {
    match_kind(s, pos).is_some_and(|(kind, kind_end)| head_at(s, pos, kind, kind_end).is_some())
}

/// After a comma: does the rest of the clause belong to the surrounding sentence?
fn closes_subject(s: &str, pos: usize) -> bool {
    if CLAUSE_STARTS
        .iter()
        .any(|words| match_words(s, pos, words).is_some())
    {
        return true;
    }
    let bytes = s.as_bytes();
    let mut p = pos;
    for _ in 0..MAX_CLAUSE_WORDS {
        if p >= bytes.len() || is_punct_at(bytes, p) {
            return false;
        }
        if match_words(s, p, "ban hành").is_some() {
            return true;
        }
        let w = word_end(bytes, p);
        if w == p {
            return false;
        }
        p = skip_space(bytes, w);
    }
    false
}

fn starts_upper(rest: &str) -> bool {
    rest.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number(c: &ParsedCitation) -> String {
        c.number
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default()
    }

    #[test]
    fn full_citation() {
        let c = parse_citation(
            "Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật",
        )
        .unwrap();
        assert_eq!(c.kind, DocKind::Decree);
        assert_eq!(number(&c), "59/2012/NĐ-CP");
        assert_eq!(c.date_text, "23/7/2012");
        assert_eq!(c.issuer, "Chính phủ");
        assert_eq!(c.subject, "về theo dõi tình hình thi hành pháp luật");
    }

    #[test]
    fn issuer_then_verb_subject() {
        let c = parse_citation(
            "Thông tư số 04/2021/TT-BTP ngày 21/6/2021 của Bộ trưởng Bộ Tư pháp hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP",
        )
        .unwrap();
        assert_eq!(c.issuer, "Bộ trưởng Bộ Tư pháp");
        assert_eq!(c.subject, "hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP");
    }

    #[test]
    fn wrapped_number_date_and_issuer() {
        let c = parse_citation(
            "Nghị định số \n\n32/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính \n\nphủ về sửa đổi",
        )
        .unwrap();
        assert_eq!(number(&c), "32/2020/NĐ-CP");
        assert_eq!(c.date_text, "05 tháng 3 năm 2020");
        assert_eq!(c.issuer, "Chính phủ");
        assert_eq!(c.subject, "về sửa đổi");
        let c = parse_citation("Nghị định số 59/2012/NĐ- \nCP, Nghị").unwrap();
        assert_eq!(number(&c), "59/2012/NĐ-CP");
    }

    #[test]
    fn named_law() {
        let text = "Luật Phòng \n\nchống tham nhũng và các văn bản hướng dẫn thi hành;";
        let c = parse_citation(text).unwrap();
        assert_eq!(c.kind, DocKind::Law);
        assert_eq!(c.number, None);
        assert_eq!(c.subject, "Phòng chống tham nhũng");
        let c = parse_citation("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15").unwrap();
        assert_eq!(c.subject, "Ban hành văn bản quy phạm pháp luật");
        assert_eq!(number(&c), "64/2025/QH15");
        let c = parse_citation("Luật Khoa học và Công nghệ và các văn bản").unwrap();
        assert_eq!(c.subject, "Khoa học và Công nghệ");
    }

    #[test]
    fn not_citations() {
        assert_eq!(
            parse_citation("theo Quyết định của Thủ tướng Chính phủ về việc ban hành Kế hoạch"),
            None
        );
        assert_eq!(parse_citation("Hội Luật gia tỉnh, Đoàn Luật sư tỉnh"), None);
        assert_eq!(parse_citation("Số: /KH-UBND"), None);
        assert_eq!(parse_citation("Kế hoạch này"), None);
        assert_eq!(parse_citation(""), None);
    }

    #[test]
    fn subject_stops_before_the_sentence_goes_on() {
        let text = "Thực hiện Kế hoạch số 148/KH-UBND ngày 15/01/2024 của Chủ tịch \n\nỦy ban nhân dân tỉnh ban hành Kế hoạch theo dõi tình hình thi hành pháp luật \n\nnăm 2024 trên địa bàn tỉnh Tây Ninh, Văn phòng UBND tỉnh ban hành Kế \n\nhoạch theo dõi";
        let found = find_citations(text);
        assert_eq!(found.len(), 1);
        let (span, c) = &found[0];
        assert_eq!(c.issuer, "Chủ tịch Ủy ban nhân dân tỉnh");
        assert_eq!(
            c.subject,
            "ban hành Kế hoạch theo dõi tình hình thi hành pháp luật năm 2024 trên địa bàn tỉnh Tây Ninh"
        );
        assert!(text[span.clone()].ends_with("Tây Ninh"));
    }

    #[test]
    fn every_truncation_is_safe() {
        let text = "Nghị định số 59/2012/NĐ- \nCP; Thông tư số 04/2021/TT-BTP ngày 21 \n\ntháng 6 năm 2021 của Bộ \ntrưởng Bộ Tư pháp hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP và Luật Phòng chống tham nhũng số 36/2018/QH14, Ủy ban nhân dân tỉnh ban hành";
        for (cut, _) in text.char_indices() {
            let head = &text[..cut];
            for (span, _) in find_citations(head) {
                assert!(head.get(span).is_some(), "{head:?}");
            }
        }
        assert_eq!(find_citations(text).len(), 4);
    }

    #[test]
    fn to_model_keeps_written_forms() {
        let c = parse_citation(
            "Quyết định số 30/2021/QĐ-UBND ngày 29 tháng 9 \n\nnăm 2021 của Ủy ban nhân dân tỉnh).",
        )
        .unwrap();
        let m = c.to_model();
        assert_eq!(m.kind, "Quyết định");
        assert_eq!(m.number, "30/2021/QĐ-UBND");
        assert_eq!(m.date, "29 tháng 9 năm 2021");
        assert_eq!(m.issuer, "Ủy ban nhân dân tỉnh");
        assert_eq!(m.subject, "");
    }
}
