//! What the weekend and holiday rules share: the day a deadline names, the
//! working days around it, and the correction that moves it to one.

use super::cutoffs::cutoff_dates;
use crate::diagnostic::{Edit, Range};
use crate::model::{ItemRef, Plan, Pointer};
use crate::reference::holidays::{is_weekend, Holidays};
use crate::rules::{text, Checker, Finding};
use crate::time::date::find_day_month;
use crate::time::{find_dates, Cutoff, Timeframe};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// How far to look for a working day (the longest break is nine days).
const SEARCH_DAYS: usize = 31;

/// The day a deadline writes out, and its cut-off ("chậm nhất", "trước") if any.
///
/// For "trước ngày X" the day is X, the first day that is too late: a cut-off
/// on a Monday ("trước ngày 25/11/2024") plainly means "by the end of the
/// week before", while one on a closed day leaves the hand-over unclear.
pub fn named_day(timeframe: &Timeframe) -> Option<(NaiveDate, Option<Cutoff>)> {
    match timeframe {
        Timeframe::OnDate { date, .. } => Some((*date, None)),
        Timeframe::ByDate { date, cutoff, .. } => Some((*date, Some(*cutoff))),
        _ => None,
    }
}

/// The named day of an item's deadline, when it parses and names one.
pub fn item_named_day(entry: &ItemRef<'_>) -> Option<(NaiveDate, Option<Cutoff>)> {
    entry
        .deadline()
        .and_then(|parsed| parsed.as_ref().ok())
        .and_then(named_day)
}

/// Whether government offices are closed on `date`.
pub fn is_day_off(date: NaiveDate, holidays: &Holidays) -> bool {
    is_weekend(date) || holidays.holiday_on(date).is_some()
}

/// The nearest working day strictly after (`forward`) or before `date`.
pub fn working_day(date: NaiveDate, forward: bool, holidays: &Holidays) -> Option<NaiveDate> {
    let step = Duration::days(if forward { 1 } else { -1 });
    let mut day = date;
    for _ in 0..SEARCH_DAYS {
        day = day.checked_add_signed(step)?;
        if !is_day_off(day, holidays) {
            return Some(day);
        }
    }
    None
}

/// "15/11/2025".
pub fn show(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

/// "thứ Bảy" / "Saturday".
pub fn weekday_name(date: NaiveDate) -> (&'static str, &'static str) {
    match date.weekday() {
        Weekday::Mon => ("thứ Hai", "Monday"),
        Weekday::Tue => ("thứ Ba", "Tuesday"),
        Weekday::Wed => ("thứ Tư", "Wednesday"),
        Weekday::Thu => ("thứ Năm", "Thursday"),
        Weekday::Fri => ("thứ Sáu", "Friday"),
        Weekday::Sat => ("thứ Bảy", "Saturday"),
        Weekday::Sun => ("Chủ nhật", "Sunday"),
    }
}

/// Byte span of `date` as written in `text` (with or without its year).
fn span_of(text: &str, date: NaiveDate) -> Option<std::ops::Range<usize>> {
    let full = find_dates(text)
        .into_iter()
        .find(|(_, parts)| parts.to_date() == Some(date))
        .map(|(span, _)| span);
    full.or_else(|| {
        let (start, written) = find_day_month(text)?;
        (written.day == date.day() && written.month == date.month())
            .then(|| start..start + written.len)
    })
}

/// Why a day is closed, in Vietnamese and English ("thứ Bảy (15/11/2025), ngày
/// nghỉ cuối tuần"); `None` when the rule has nothing to say about it.
pub type Closed<'a> = &'a dyn Fn(NaiveDate) -> Option<(String, String)>;

/// Reports every day an item names that `closed` objects to: its deadline's
/// day, and the cut-off dates in its heading and paragraphs ("gửi về Sở Tư
/// pháp chậm nhất ngày 15/11/2025"). Nothing is allocated unless a text holds
/// a cut-off word.
pub fn check_days(plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>, closed: Closed<'_>) {
    let holidays = &checker.ctx.reference.holidays;
    if let (Some(named), Some(activity)) = (item_named_day(entry), &entry.item.activity) {
        if let Some(reason) = closed(named.0) {
            let deadline = &activity.deadline;
            let path = entry.path.key("activity").key("deadline");
            let span = span_of(deadline, named.0);
            let found = finding(
                path,
                deadline,
                span,
                deadline.trim(),
                named,
                reason,
                holidays,
            );
            checker.report(found);
        }
    }
    let year = plan.effective_year();
    let item = entry.item;
    let texts = std::iter::once((&item.heading, None)).chain(
        item.paragraphs
            .iter()
            .enumerate()
            .map(|(p, t)| (t, Some(p))),
    );
    for (body, paragraph) in texts {
        for cut in cutoff_dates(body, year) {
            let Some(reason) = closed(cut.date) else {
                continue;
            };
            let path = match paragraph {
                Some(p) => entry.path.key("paragraphs").index(p),
                None => entry.path.key("heading"),
            };
            let phrase = body
                .get(cut.phrase.clone())
                .unwrap_or_default()
                .replace('*', "");
            let named = (cut.date, Some(cut.cutoff));
            let found = finding(path, body, Some(cut.span), &phrase, named, reason, holidays);
            checker.report(found);
        }
    }
}

/// The finding for a day that is closed: pointed at the date, with the
/// working day to use instead as help and as an unsafe fix.
///
/// After "trước ngày X" the next working day keeps every working day before
/// X allowed; otherwise the working day before X is the last one open.
fn finding(
    path: Pointer,
    field: &str,
    span: Option<std::ops::Range<usize>>,
    quoted: &str,
    named: (NaiveDate, Option<Cutoff>),
    (reason_vi, reason_en): (String, String),
    holidays: &Holidays,
) -> Finding {
    let (date, cutoff) = named;
    let message = text(
        format!("Thời hạn \"{quoted}\" rơi vào {reason_vi}."),
        format!("The deadline \"{quoted}\" falls on {reason_en}."),
    );
    let range = span.clone().map_or_else(
        || Range::whole(field),
        |s| Range::from_bytes(field, s.start, s.end),
    );
    let forward = cutoff == Some(Cutoff::Before);
    let mut finding = Finding::new(path.clone(), message).range(range);
    let Some(instead) = working_day(date, forward, holidays) else {
        return finding;
    };
    let (weekday_vi, weekday_en) = weekday_name(instead);
    let shown = show(instead);
    finding = finding.help(if forward {
        text(
            format!("Để hạn nộp rơi vào ngày làm việc, ghi \"trước ngày {shown}\" ({weekday_vi}), hoặc chọn một ngày làm việc khác."),
            format!("To make the boundary a working day, write \"trước ngày {shown}\" ({weekday_en}), or pick another working day."),
        )
    } else {
        text(
            format!("Ngày làm việc gần nhất trước đó là {weekday_vi} {shown}; chọn một ngày làm việc."),
            format!("The last working day before it is {weekday_en} {shown}; pick a working day."),
        )
    });
    if let Some(span) = span.filter(|s| field.get(s.clone()).is_some_and(|w| w.contains('/'))) {
        finding = finding.fix(
            text(format!("Đổi thành {shown}"), format!("Change to {shown}")),
            vec![Edit {
                path: path.into(),
                range: Some(range),
                insert: written_like(field.get(span).unwrap_or_default(), instead),
            }],
        );
    }
    finding
}

/// `date` written in the style of `written` ("15/11/2025" or "15/11").
fn written_like(written: &str, date: NaiveDate) -> String {
    let has_year = written.bytes().filter(|&b| b == b'/').count() == 2;
    if has_year {
        show(date)
    } else {
        format!("{:02}/{:02}", date.day(), date.month())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        let holidays = Holidays::builtin();
        assert_eq!(
            working_day(day(2025, 11, 15), false, &holidays),
            Some(day(2025, 11, 14))
        );
        assert_eq!(
            working_day(day(2025, 11, 15), true, &holidays),
            Some(day(2025, 11, 17))
        );
        // 30/4 and 01/5/2025 are holidays, 02/5 a swapped day off, 03–04/5 a weekend.
        assert_eq!(
            working_day(day(2025, 4, 30), true, &holidays),
            Some(day(2025, 5, 5))
        );
        assert_eq!(
            working_day(day(2025, 1, 29), false, &holidays),
            Some(day(2025, 1, 24))
        );
    }

    #[test]
    fn spans_of_written_dates() {
        let text = "chậm nhất **ngày 15/11/2025**";
        let span = span_of(text, day(2025, 11, 15)).unwrap();
        assert_eq!(&text[span], "15/11/2025");
        let text = "trước ngày 15/11";
        let span = span_of(text, day(2025, 11, 15)).unwrap();
        assert_eq!(&text[span], "15/11");
        assert_eq!(written_like("15/11", day(2025, 11, 14)), "14/11");
        assert_eq!(span_of("Quý I năm 2025", day(2025, 3, 31)), None);
    }
}
