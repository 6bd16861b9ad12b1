//! Cut-off dates written in a plan's prose ("… gửi về Sở Tư pháp chậm nhất
//! ngày 15/11/2025 …"), and among them report due dates with who receives the
//! report ("… báo cáo …, gửi Sở Tư pháp tổng hợp trước ngày 03/12/2025").
//! Used by KH3005, KH3006 and KH3008; the reading is deliberately narrow
//! (see KH3008's limits).

use crate::text::memo::{memoized, TextMemo};
use crate::time::date::{parse_date_prefix, parse_day_month_prefix};
use crate::time::Cutoff;
use chrono::NaiveDate;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

/// Who receives a report, lowest first: each feeds the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Receiver {
    /// Sở Tư pháp, which compiles the units' reports.
    Department,
    /// The provincial (or city) people's committee.
    Committee,
    /// Bộ Tư pháp.
    Ministry,
}

impl Receiver {
    /// The receiver's name, in Vietnamese and English.
    pub fn name(self) -> (&'static str, &'static str) {
        match self {
            Receiver::Department => ("Sở Tư pháp", "the Department of Justice"),
            Receiver::Committee => ("Ủy ban nhân dân tỉnh", "the provincial People's Committee"),
            Receiver::Ministry => ("Bộ Tư pháp", "the Ministry of Justice"),
        }
    }
}

/// Receiver names as they appear in lower-case text.
const RECEIVERS: [(&str, Receiver); 8] = [
    ("sở tư pháp", Receiver::Department),
    ("ubnd tỉnh", Receiver::Committee),
    ("ủy ban nhân dân tỉnh", Receiver::Committee),
    ("uỷ ban nhân dân tỉnh", Receiver::Committee),
    ("ubnd thành phố", Receiver::Committee),
    ("ủy ban nhân dân thành phố", Receiver::Committee),
    ("uỷ ban nhân dân thành phố", Receiver::Committee),
    ("bộ tư pháp", Receiver::Ministry),
];

/// Words that end a cut-off right before its date, lower case.
const CUTOFF_WORDS: [(&str, Cutoff); 5] = [
    ("trước", Cutoff::Before),
    ("chậm nhất", Cutoff::NoLaterThan),
    ("muộn hơn", Cutoff::NoLaterThan),
    ("chậm hơn", Cutoff::NoLaterThan),
    ("không quá", Cutoff::NoLaterThan),
];

/// A date right after a cut-off word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CutoffDate {
    /// The day named.
    pub date: NaiveDate,
    /// Whether that day is still allowed.
    pub cutoff: Cutoff,
    /// Byte span of the date in the text.
    pub span: Range<usize>,
    /// Byte span of the phrase, cut-off word to date ("chậm nhất ngày 15/11/2025").
    pub phrase: Range<usize>,
    /// Byte span of the sentence holding it.
    sentence: Range<usize>,
}

/// A report due date found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportDue {
    /// Who receives the report.
    pub receiver: Receiver,
    /// The day named.
    pub date: NaiveDate,
    /// Whether that day is still allowed.
    pub cutoff: Cutoff,
    /// Byte span of the date in the text.
    pub span: Range<usize>,
}

impl ReportDue {
    /// The last day allowed.
    pub fn last_day(&self) -> Option<NaiveDate> {
        match self.cutoff {
            Cutoff::Before => self.date.pred_opt(),
            Cutoff::NoLaterThan => Some(self.date),
        }
    }
}

/// Whether a text may hold a cut-off at all (cheap: most fields do not).
pub fn may_hold_cutoff(text: &str) -> bool {
    [
        "trước",
        "Trước",
        "chậm nhất",
        "Chậm nhất",
        "muộn hơn",
        "chậm hơn",
        "không quá",
    ]
    .iter()
    .any(|word| text.contains(word))
}

/// The dates right after a cut-off word ("trước (ngày)", "chậm nhất (là)
/// (ngày)", "không muộn hơn", "không quá") in `text`. A date without a year
/// takes `year`.
pub fn cutoff_dates(text: &str, year: Option<i32>) -> Vec<CutoffDate> {
    scan(text, year)
        .as_ref()
        .as_ref()
        .map_or_else(Vec::new, |(_, found)| found.clone())
}

/// The report due dates in `text`: cut-off dates in a sentence about a report
/// ("báo cáo" in it, or `about_report` for a field such as a deadline whose
/// item is about one), sent to a receiver named before the date in that
/// sentence.
pub fn report_dues(text: &str, about_report: bool, year: Option<i32>) -> Vec<ReportDue> {
    let scanned = scan(text, year);
    let Some((lower, found)) = scanned.as_ref() else {
        return Vec::new();
    };
    found
        .iter()
        .cloned()
        .filter_map(|cut| {
            let before = lower.get(cut.sentence.start..cut.span.start)?;
            let receiver = last_receiver(before)?;
            let whole = lower.get(cut.sentence.clone())?;
            (about_report || whole.contains("báo cáo")).then_some(ReportDue {
                receiver,
                date: cut.date,
                cutoff: cut.cutoff,
                span: cut.span,
            })
        })
        .collect()
}

/// A text in lower case and its cut-off dates; `None` when it holds none.
type Scanned = Option<(String, Vec<CutoffDate>)>;

/// The text in lower case and its cut-off dates; `None` when it holds none.
/// Remembered per text: item checks call this on every keystroke.
fn scan(text: &str, year: Option<i32>) -> Rc<Scanned> {
    thread_local! {
        static SCANNED: RefCell<TextMemo<Scanned, Option<i32>>> = RefCell::default();
    }
    memoized(&SCANNED, text, year, |text| scan_text(text, year))
}

fn scan_text(text: &str, year: Option<i32>) -> Scanned {
    if !may_hold_cutoff(text) {
        return None;
    }
    let lower = text.to_lowercase();
    // Spans must fit the original text; Vietnamese letters keep their length.
    if lower.len() != text.len() {
        return None;
    }
    let bytes = lower.as_bytes();
    let mut found = Vec::new();
    for start in 0..bytes.len() {
        let starts_number = bytes.get(start).is_some_and(u8::is_ascii_digit)
            && !start
                .checked_sub(1)
                .and_then(|i| bytes.get(i))
                .is_some_and(u8::is_ascii_digit);
        if !starts_number {
            continue;
        }
        let Some((date, len)) = lower.get(start..).and_then(|rest| date_at(rest, year)) else {
            continue;
        };
        let sentence = sentence_around(&lower, start);
        let before = lower.get(sentence.start..start).unwrap_or_default();
        let Some((cutoff, word)) = cutoff_ending(before) else {
            continue;
        };
        found.push(CutoffDate {
            date,
            cutoff,
            span: start..start + len,
            phrase: sentence.start + word..start + len,
            sentence,
        });
    }
    Some((lower, found))
}

/// A date at the start of `s`, with or without its year.
fn date_at(s: &str, year: Option<i32>) -> Option<(NaiveDate, usize)> {
    if let Some((parts, len)) = parse_date_prefix(s) {
        return Some((parts.to_date()?, len));
    }
    let written = parse_day_month_prefix(s)?;
    let date = NaiveDate::from_ymd_opt(year?, written.month, written.day)?;
    Some((date, written.len))
}

/// The sentence holding byte `at`: bounded by ";", a line break, or ". ".
fn sentence_around(text: &str, at: usize) -> Range<usize> {
    let bytes = text.as_bytes();
    let is_end = |i: usize| match bytes.get(i) {
        Some(b';' | b'\n') => true,
        Some(b'.') => bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()),
        _ => false,
    };
    let start = (0..at).rev().find(|&i| is_end(i)).map_or(0, |i| i + 1);
    let end = (at..bytes.len())
        .find(|&i| is_end(i))
        .unwrap_or(bytes.len());
    start..end
}

/// The cut-off that `before` ends with, after "ngày", "là" and bold
/// markers, and where its word starts in `before`.
fn cutoff_ending(before: &str) -> Option<(Cutoff, usize)> {
    let mut rest = before.trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    rest = rest.strip_suffix("ngày").unwrap_or(rest);
    rest = rest.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == ',');
    rest = rest.strip_suffix("là").unwrap_or(rest).trim_end();
    rest = rest.trim_end_matches(',').trim_end();
    CUTOFF_WORDS.iter().find_map(|(word, cutoff)| {
        rest.ends_with(word)
            .then(|| (*cutoff, rest.len() - word.len()))
    })
}

/// The receiver named last in `before`.
fn last_receiver(before: &str) -> Option<Receiver> {
    RECEIVERS
        .iter()
        .filter_map(|(name, receiver)| before.rfind(name).map(|at| (at, *receiver)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, receiver)| receiver)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn read(text: &str) -> Vec<(Receiver, NaiveDate, Cutoff, &str)> {
        report_dues(text, false, Some(2025))
            .into_iter()
            .map(|due| (due.receiver, due.date, due.cutoff, &text[due.span]))
            .collect()
    }

    #[test]
    fn the_seed_sentences() {
        // 002 Lai Châu, line 115.
        assert_eq!(
            read("c) Thực hiện báo cáo tình hình thi hành pháp luật trong phạm vi quản lý của ngành mình theo nội dung Kế hoạch này và theo quy định của pháp luật có liên quan, gửi Sở Tư pháp tổng hợp trước ngày 03/12/2025."),
            [(Receiver::Department, day(2025, 12, 3), Cutoff::Before, "03/12/2025")]
        );
        // 003 Sóc Trăng, line 109: Bộ Tư pháp comes after the date.
        assert_eq!(
            read("3. Cơ quan phối hợp: Các Sở, ngành, Ủy ban nhân dân cấp huyện thực hiện chế độ báo cáo năm gửi về Sở Tư pháp chậm nhất **ngày 15/11/2025** để tổng hợp trình Ủy ban nhân dân tỉnh, báo cáo Bộ Tư pháp."),
            [(Receiver::Department, day(2025, 11, 15), Cutoff::NoLaterThan, "15/11/2025")]
        );
        // 004 Hà Nội, line 205 (a deadline label).
        assert_eq!(
            read("Thời hạn báo cáo: Gửi Sở Tư pháp trước ngày 25/11/2024."),
            [(
                Receiver::Department,
                day(2024, 11, 25),
                Cutoff::Before,
                "25/11/2024"
            )]
        );
        // 004 line 75: the units' plans, not a report.
        assert!(
            read("Gửi về Sở Tư pháp trước ngày 29/02/2024 (để tổng hợp, theo dõi).").is_empty()
        );
    }

    #[test]
    fn upward_reports_and_yearless_dates() {
        assert_eq!(
            read(
                "Sở Tư pháp tổng hợp, trình UBND tỉnh báo cáo Bộ Tư pháp chậm nhất là ngày 10/12."
            ),
            [(
                Receiver::Ministry,
                day(2025, 12, 10),
                Cutoff::NoLaterThan,
                "10/12"
            )]
        );
        assert!(read("Báo cáo Sở Tư pháp vào ngày 10/12/2025.").is_empty());
        assert!(read("Báo cáo trước ngày 10/12/2025.").is_empty());
    }
}
