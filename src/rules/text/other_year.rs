//! KH6007 `other-year-in-body`
//!
//! **What**: the year before the plan year written in the running text of the
//! plan (title, preamble, headings, paragraphs, output, scope, target,
//! closing) — "năm 2024" in a plan for 2025 — the mark of last year's plan
//! copied and not fully updated. Deadlines are KH3002's. Not reported, to
//! keep false alarms low:
//! - years inside a citation ("Thông tư số 08/2024/TT-BTP ngày 15/8/2024 …")
//!   or a number-symbol;
//! - ranges and periods: "2021-2025", "từ 01/01/2019 đến 31/12/2023", "từ
//!   ngày 15/12/2024 đến ngày 14/12/2025", a year after "từ", "đến", "tới";
//! - references to the past: a year shortly after "kết quả", "tổng kết", "sơ
//!   kết", "so với", "giai đoạn", "năm trước";
//! - plans dated in the previous year (a 2025 plan issued in December 2024
//!   may set dates in 2024);
//! - other years: later ones are reporting deadlines, earlier ones history;
//! - text in decomposed Unicode, where citations cannot be recognised: left
//!   to KH6004 until it is composed.
//!
//! **Why**: a plan copied from last year that still says "năm 2024" assigns
//! work to the wrong year (FACTS.md §6, seed 001 still speaks of earlier
//! measures); a warning, because some mentions are deliberate.
//!
//! **Wrong**: `"year": 2025, "title": "Theo dõi tình hình thi hành pháp luật năm 2024 trên địa bàn tỉnh Lai Châu"`
//!
//! **Right**: `"year": 2025, "title": "Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu"`

use super::fields::{item_fields, plan_fields, FieldKind};
use super::words::word_before;
use crate::cite::find_citations;
use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::is_nfc;
use crate::time::find_dates;

/// KH6007.
pub struct OtherYearInBody;

static INFO: RuleInfo = RuleInfo {
    code: "KH6007",
    slug: "other-year-in-body",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Năm trước năm kế hoạch còn trong nội dung (sót khi sao chép kế hoạch cũ)",
    summary_en: "The previous year in the text (left over from last year's plan)",
};

/// Words right before a year that make it the bound of a period.
const RANGE_WORDS: &[&str] = &["từ", "đến", "tới"];

/// Phrases shortly before a year that make it a reference to the past.
const PAST_PHRASES: &[&str] = &[
    "kết quả",
    "tổng kết",
    "sơ kết",
    "so với",
    "giai đoạn",
    "năm trước",
];

/// How many words before a year are searched for those phrases.
const PAST_WINDOW: usize = 10;

impl Rule for OtherYearInBody {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let Some(year) = previous_year(plan) else {
            return;
        };
        plan_fields(plan, &mut |body, kind, path| {
            if kind == FieldKind::Prose {
                check(body, year, path, checker);
            }
        });
    }

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(year) = previous_year(plan) else {
            return;
        };
        item_fields(entry, &mut |body, kind, path| {
            if kind == FieldKind::Prose {
                check(body, year, path, checker);
            }
        });
    }
}

/// The year before the plan year, as four ASCII digits; `None` when the plan
/// year is unknown or the plan is dated in that previous year.
fn previous_year(plan: &Plan) -> Option<(i32, [u8; 4])> {
    let year = plan.effective_year()?;
    let previous = year.checked_sub(1)?;
    if plan.date.year == Some(previous) {
        return None;
    }
    let digits = u16::try_from(previous)
        .ok()
        .filter(|y| (1000..=9999).contains(y))?;
    let d = |n: u16| b'0' + u8::try_from(n % 10).unwrap_or(0);
    Some((
        previous,
        [d(digits / 1000), d(digits / 100), d(digits / 10), d(digits)],
    ))
}

fn check(
    body: &str,
    (year, digits): (i32, [u8; 4]),
    path: &dyn Fn() -> Pointer,
    checker: &mut Checker<'_>,
) {
    let bytes = body.as_bytes();
    let found: Vec<usize> = bytes
        .windows(4)
        .enumerate()
        .filter(|&(i, window)| {
            window == digits
                && !(i > 0 && bytes.get(i - 1).is_some_and(u8::is_ascii_digit))
                && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        })
        .map(|(i, _)| i)
        .collect();
    if found.is_empty() || !is_nfc(body) {
        return;
    }
    let citations: Vec<_> = find_citations(body)
        .into_iter()
        .map(|(span, _)| span)
        .collect();
    let dates = find_dates(body);
    for at in found {
        if citations.iter().any(|span| span.contains(&at))
            || in_number_symbol(bytes, at)
            || is_range_bound(body, at)
        {
            continue;
        }
        let start = expression_start(body, at, &dates);
        if after_range_word(body, start) || after_past_phrase(body, start) {
            continue;
        }
        checker.report(
            Finding::new(
                path(),
                text(
                    format!("Năm {year} trong nội dung kế hoạch năm {}: có thể còn sót từ kế hoạch năm trước.", year + 1),
                    format!("The year {year} in a plan for {}: possibly left over from last year's plan.", year + 1),
                ),
            )
            .range(Range::from_bytes(body, at, at + 4))
            .help(text(
                format!("Kiểm tra lại: nếu nội dung này là của năm {}, sửa năm cho đúng.", year + 1),
                format!("Check it: if this is about {}, correct the year.", year + 1),
            )),
        );
    }
}

/// "59/2024/NĐ-CP", "12/2024/QĐ-UBND": a year between slashes of a number-symbol.
fn in_number_symbol(bytes: &[u8], at: usize) -> bool {
    at > 0
        && bytes.get(at - 1) == Some(&b'/')
        && bytes.get(at + 4) == Some(&b'/')
        && bytes.get(at + 5).is_some_and(|b| !b.is_ascii_digit())
}

/// "2021-2025", "2021 – 2025": either end of a span of years.
fn is_range_bound(body: &str, at: usize) -> bool {
    let before = body.get(..at).unwrap_or("").trim_end();
    let after = body.get(at + 4..).unwrap_or("").trim_start();
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    let year_before = before
        .strip_suffix(dash)
        .is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_ascii_digit()));
    let year_after = after
        .strip_prefix(dash)
        .is_some_and(|a| a.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    year_before || year_after || after.starts_with("đến") || after.starts_with("tới")
}

/// Where the date or "năm …" holding the year starts: "ngày 15/12/2024",
/// "ngày 15 tháng 12 năm 2024", "năm 2024".
fn expression_start(
    body: &str,
    at: usize,
    dates: &[(std::ops::Range<usize>, crate::time::DateParts)],
) -> usize {
    let mut start = dates
        .iter()
        .find(|(span, _)| span.contains(&at))
        .map_or(at, |(span, _)| span.start);
    for word in ["ngày", "năm"] {
        if let Some(before) = word_before(body, start)
            .filter(|w| w.eq_ignore_ascii_case(word) || w.to_lowercase() == word)
        {
            start = offset_in(body, before);
        }
    }
    start
}

/// A period's bound: "từ ngày 15/12/2024", "đến 31/12/2023", "từ năm 2024".
fn after_range_word(body: &str, start: usize) -> bool {
    word_before(body, start).is_some_and(|w| RANGE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// A reference to the past: "kết quả … năm 2024", "so với năm 2024".
fn after_past_phrase(body: &str, start: usize) -> bool {
    let mut words = Vec::with_capacity(PAST_WINDOW);
    let mut pos = start;
    while words.len() < PAST_WINDOW {
        let Some(word) = word_before(body, pos) else {
            break;
        };
        pos = offset_in(body, word);
        words.push(word.to_lowercase());
    }
    words.reverse();
    let phrase = words.join(" ");
    PAST_PHRASES.iter().any(|p| {
        phrase.match_indices(p).any(|(i, _)| {
            (i == 0 || phrase.as_bytes().get(i - 1) == Some(&b' '))
                && phrase
                    .get(i + p.len()..)
                    .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
    })
}

/// The byte offset of `part`, a slice of `body`.
fn offset_in(body: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(body.as_ptr() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(body: &str) -> Vec<usize> {
        let plan = Plan {
            year: Some(2025),
            ..Plan::default()
        };
        let (year, digits) = previous_year(&plan).unwrap();
        assert_eq!((year, &digits), (2024, b"2024"));
        let mut out = Vec::new();
        let bytes = body.as_bytes();
        for (i, w) in bytes.windows(4).enumerate() {
            if w == digits {
                let citations: Vec<_> = find_citations(body).into_iter().map(|(s, _)| s).collect();
                let dates = find_dates(body);
                let start = expression_start(body, i, &dates);
                let skip = citations.iter().any(|s| s.contains(&i))
                    || in_number_symbol(bytes, i)
                    || is_range_bound(body, i)
                    || after_range_word(body, start)
                    || after_past_phrase(body, start);
                if !skip {
                    out.push(i);
                }
            }
        }
        out
    }

    #[test]
    fn leftovers_are_found() {
        assert_eq!(
            flagged("Theo dõi tình hình thi hành pháp luật năm 2024 trên địa bàn tỉnh").len(),
            1
        );
        assert_eq!(flagged("gửi Sở Tư pháp trước ngày 25/11/2024.").len(), 1);
    }

    #[test]
    fn citations_periods_and_the_past_are_not() {
        for body in [
            "Thông tư số 08/2024/TT-BTP ngày 15/8/2024 của Bộ Tư pháp quy định chi tiết",
            "văn bản QPPL do Hội đồng nhân dân tỉnh ban hành từ 01/01/2019 đến 31/12/2024.",
            "kỳ báo cáo từ ngày 15/12/2024 đến ngày 14/12/2025",
            "giai đoạn 2024-2025",
            "Trên cơ sở kết quả theo dõi tình hình thi hành pháp luật năm 2024",
            "so với năm 2024",
            "số 12/2024/QĐ-UBND",
        ] {
            assert!(flagged(body).is_empty(), "{body}");
        }
    }
}
