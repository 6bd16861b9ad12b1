//! The hand-written parser: one left-to-right pass over the bytes, keywords
//! matched in place, nothing allocated except an event's text.

use super::{Cutoff, DeadlineError, DeadlineErrorKind, Quarters, Timeframe};
use crate::time::date::{
    digits, parse_date_prefix, parse_day_month_prefix, skip_space, strip_word, DateParts,
};
use chrono::NaiveDate;

/// Interprets a deadline; `plan_year` fills in a missing year ("Quý I", "Thường xuyên trong năm").
///
/// A leading label ("Thời gian thực hiện:"), an action before a cut-off ("Gửi
/// Sở Tư pháp trước ngày …"), trailing "." or ";", a trailing remark in
/// brackets and Markdown bold markers are ignored.
pub fn parse_deadline(text: &str, plan_year: Option<i32>) -> Result<Timeframe, DeadlineError> {
    let bytes = text.as_bytes();
    let end = content_end(bytes);
    let start = skip_label(text, skip(bytes, 0));
    if start >= end {
        return Err(DeadlineError {
            kind: DeadlineErrorKind::Empty,
            span: 0..text.len(),
        });
    }
    Parser {
        text,
        bytes,
        start,
        end,
        plan_year,
    }
    .timeframe(start)
}

/// A parse step's value and the byte offset just after what it read.
type Step<T> = Result<(T, usize), DeadlineError>;

/// Labels are short; a colon further on belongs to something else.
const LABEL_MAX_BYTES: usize = 60;

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// Where the deadline proper starts, after any label.
    start: usize,
    /// Where it ends, before trailing punctuation.
    end: usize,
    plan_year: Option<i32>,
}

impl Parser<'_> {
    fn timeframe(&self, pos: usize) -> Result<Timeframe, DeadlineError> {
        let after_event = self
            .phrase(pos, &["sau", "khi"])
            .or_else(|| self.phrase(pos, &["ngay", "sau", "khi"]));
        if let Some(after) = after_event {
            return self.after_event(after);
        }
        let at = skip(self.bytes, pos);
        match self
            .dated(pos)
            .and_then(|(timeframe, end)| self.complete(timeframe, end))
        {
            Err(err) if err.kind == DeadlineErrorKind::Unrecognised && err.span.start == at => {
                self.action_then_cutoff(at).unwrap_or(Err(err))
            }
            result => result,
        }
    }

    /// "Gửi Sở Tư pháp trước ngày 25/11/2024": an action written before the cut-off.
    /// `None` when no word from `pos` on starts a readable cut-off.
    fn action_then_cutoff(&self, pos: usize) -> Option<Result<Timeframe, DeadlineError>> {
        let mut at = pos;
        loop {
            let rest = self.bytes.get(at..self.end)?;
            let space = rest.iter().position(u8::is_ascii_whitespace)?;
            at = skip(self.bytes, at + space + 1);
            let Some((cutoff, after)) = self.cutoff(at) else {
                continue;
            };
            let read = self
                .by(cutoff, after)
                .and_then(|(timeframe, end)| self.complete(timeframe, end));
            match read {
                Err(err) if err.kind == DeadlineErrorKind::Unrecognised => continue,
                read => return Some(read),
            }
        }
    }

    /// `timeframe`, if nothing but an optional remark follows `pos`.
    fn complete(&self, timeframe: Timeframe, pos: usize) -> Result<Timeframe, DeadlineError> {
        self.finish(pos).map(|()| timeframe)
    }

    /// Everything but an event: ongoing work, a cut-off, or a period.
    fn dated(&self, pos: usize) -> Step<Timeframe> {
        if let Some(after) = self.phrase(pos, &["thường", "xuyên"]) {
            return Ok(self.ongoing(after));
        }
        let pos = self.phrase(pos, &["hoàn", "thành"]).unwrap_or(pos);
        if let Some((cutoff, after)) = self.cutoff(pos) {
            return self.by(cutoff, after);
        }
        let pos = self
            .word(pos, "trong")
            .or_else(|| self.word(pos, "vào"))
            .unwrap_or(pos);
        self.period(pos)
    }

    fn after_event(&self, after: usize) -> Result<Timeframe, DeadlineError> {
        let from = skip(self.bytes, after);
        let written = self.text.get(from..self.end).unwrap_or_default();
        if written.trim().is_empty() {
            return Err(self.unrecognised(from));
        }
        let mut event = String::with_capacity(written.len());
        for (i, piece) in written.split_whitespace().enumerate() {
            if i > 0 {
                event.push(' ');
            }
            event.push_str(piece);
        }
        Ok(Timeframe::AfterEvent { event })
    }

    /// "Thường xuyên" [","] ["trong"] ["năm" [year]].
    fn ongoing(&self, pos: usize) -> (Timeframe, usize) {
        let pos = self.symbol(pos, ",").unwrap_or(pos);
        let pos = self.word(pos, "trong").unwrap_or(pos);
        let (year, pos) = match self.word(pos, "năm") {
            Some(after) => self.year_number(after),
            None => (None, pos),
        };
        let year = year.or(self.plan_year);
        (Timeframe::Ongoing { year }, pos)
    }

    fn cutoff(&self, pos: usize) -> Option<(Cutoff, usize)> {
        let (cutoff, after) = if let Some(after) = self.word(pos, "trước") {
            (Cutoff::Before, after)
        } else if let Some(after) = self.phrase(pos, &["chậm", "nhất"]) {
            let after = self.symbol(after, ",").unwrap_or(after);
            (Cutoff::NoLaterThan, self.word(after, "là").unwrap_or(after))
        } else {
            let after = self
                .phrase(pos, &["không", "muộn", "hơn"])
                .or_else(|| self.phrase(pos, &["không", "chậm", "hơn"]))
                .or_else(|| self.phrase(pos, &["không", "quá"]))?;
            (Cutoff::NoLaterThan, after)
        };
        let after = self
            .word(after, "vào")
            .or_else(|| self.word(after, "trong"))
            .unwrap_or(after);
        Some((cutoff, after))
    }

    /// What follows a cut-off: a month or a day.
    fn by(&self, cutoff: Cutoff, pos: usize) -> Step<Timeframe> {
        if let Some(after) = self.word(pos, "tháng") {
            let ((year, month), end) = self.month(after)?;
            return Ok((
                Timeframe::ByMonth {
                    year,
                    month,
                    cutoff,
                },
                end,
            ));
        }
        match self.date(pos) {
            Some(step) => step.map(|((date, year_assumed), end)| {
                let timeframe = Timeframe::ByDate {
                    date,
                    cutoff,
                    year_assumed,
                };
                (timeframe, end)
            }),
            None => Err(self.unrecognised(pos)),
        }
    }

    /// A month, a quarter list, a year or a day.
    fn period(&self, pos: usize) -> Step<Timeframe> {
        if let Some(after) = self.word(pos, "tháng") {
            let ((year, month), end) = self.month(after)?;
            return Ok((Timeframe::InMonth { year, month }, end));
        }
        if let Some(after) = self.quarter_word(pos) {
            return self.quarters(after);
        }
        if let Some(after) = self.word(pos, "năm") {
            let (year, end) = self.year_number(after);
            let year = year.or(self.plan_year);
            return Ok((Timeframe::InYear { year }, end));
        }
        match self.date(pos) {
            Some(step) => step
                .map(|((date, year_assumed), end)| (Timeframe::OnDate { date, year_assumed }, end)),
            None => Err(self.unrecognised(pos)),
        }
    }

    /// After "tháng": the month number and an optional year ("6/2025", "02 năm 2025").
    fn month(&self, pos: usize) -> Step<(Option<i32>, u32)> {
        let at = skip(self.bytes, pos);
        let (month, end) = digits(self.bytes, at, 1, 2).ok_or_else(|| self.unrecognised(at))?;
        if !(1..=12).contains(&month) {
            return Err(DeadlineError {
                kind: DeadlineErrorKind::NoSuchMonth(month),
                span: at..end,
            });
        }
        let (year, end) = self.year_suffix(end);
        Ok(((year.or(self.plan_year), month), end))
    }

    /// After "quý": numerals joined by ",", "và" (a list) or "-", "đến" (a range), then a year.
    fn quarters(&self, pos: usize) -> Step<Timeframe> {
        let (mut previous, mut pos) = self
            .quarter_numeral(pos)
            .unwrap_or_else(|| Err(self.unrecognised(pos)))?;
        let mut quarters = Quarters::of(&[previous]).ok_or_else(|| self.unrecognised(pos))?;
        loop {
            if let Some((to, end)) = self.next_numeral(pos, Self::range_separator)? {
                let range_start = skip(self.bytes, pos);
                quarters = quarters
                    .with_range(previous, to)
                    .ok_or_else(|| self.unrecognised(range_start))?;
                (previous, pos) = (to, end);
            } else if let Some((quarter, end)) = self.next_numeral(pos, Self::list_separator)? {
                quarters = quarters
                    .with(quarter)
                    .ok_or_else(|| self.unrecognised(pos))?;
                (previous, pos) = (quarter, end);
            } else {
                break;
            }
        }
        let (year, end) = self.year_suffix(pos);
        let year = year.or(self.plan_year);
        Ok((Timeframe::InQuarters { year, quarters }, end))
    }

    /// A separator, an optional repeated "quý", and a numeral; `Ok(None)` when absent.
    fn next_numeral(
        &self,
        pos: usize,
        separator: fn(&Self, usize) -> Option<usize>,
    ) -> Result<Option<(u32, usize)>, DeadlineError> {
        let Some(after) = separator(self, pos) else {
            return Ok(None);
        };
        let after = self.quarter_word(after).unwrap_or(after);
        self.quarter_numeral(after).transpose()
    }

    fn range_separator(&self, pos: usize) -> Option<usize> {
        self.symbol(pos, "-")
            .or_else(|| self.symbol(pos, "–"))
            .or_else(|| self.word(pos, "đến"))
            .or_else(|| self.word(pos, "tới"))
    }

    fn list_separator(&self, pos: usize) -> Option<usize> {
        self.symbol(pos, ",")
            .or_else(|| self.symbol(pos, "&"))
            .or_else(|| self.word(pos, "và"))
    }

    fn quarter_word(&self, pos: usize) -> Option<usize> {
        // "qúy" is the old placement of the tone mark, still common.
        self.word(pos, "quý").or_else(|| self.word(pos, "qúy"))
    }

    /// A quarter as a Roman numeral or a digit; `None` when there is no numeral at all.
    fn quarter_numeral(&self, pos: usize) -> Option<Step<u32>> {
        let at = skip(self.bytes, pos);
        let (value, end) = if self.bytes.get(at).is_some_and(u8::is_ascii_digit) {
            digits(self.bytes, at, 1, 2)?
        } else {
            let len = self
                .bytes
                .get(at..)?
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            let end = at + len;
            if !at_word_end(self.text, end) {
                return None;
            }
            (roman(self.bytes.get(at..end)?)?, end)
        };
        Some(if (1..=4).contains(&value) {
            Ok((value, end))
        } else {
            Err(DeadlineError {
                kind: DeadlineErrorKind::NoSuchQuarter(value),
                span: at..end,
            })
        })
    }

    /// An optional year after a month or quarter: "/2025", "-2025" or "năm 2025".
    fn year_suffix(&self, pos: usize) -> (Option<i32>, usize) {
        let slashed = self
            .symbol(pos, "/")
            .or_else(|| self.symbol(pos, "-"))
            .or_else(|| self.symbol(pos, "."));
        let worded = || {
            let after = self.symbol(pos, ",").unwrap_or(pos);
            self.word(after, "năm")
        };
        match slashed.or_else(worded) {
            Some(after) => match self.year_number(after) {
                (Some(year), end) => (Some(year), end),
                (None, _) => (None, pos),
            },
            None => (None, pos),
        }
    }

    /// Four digits, if they follow.
    fn year_number(&self, pos: usize) -> (Option<i32>, usize) {
        let at = skip(self.bytes, pos);
        match digits(self.bytes, at, 4, 4).and_then(|(y, end)| Some((i32::try_from(y).ok()?, end)))
        {
            Some((year, end)) => (Some(year), end),
            None => (None, pos),
        }
    }

    /// A calendar date, with or without "ngày", and whether its year was taken
    /// from the plan ("15/12"); `None` when no date is written here.
    fn date(&self, pos: usize) -> Option<Step<(NaiveDate, bool)>> {
        let at = skip(self.bytes, pos);
        let at = self
            .word(at, "ngày")
            .map_or(at, |after| skip(self.bytes, after));
        if !self.bytes.get(at).is_some_and(u8::is_ascii_digit) {
            return None;
        }
        let rest = self.text.get(at..)?;
        let (parts, len, year_assumed) = match parse_date_prefix(rest) {
            Some((parts, len)) => (parts, len, false),
            None => {
                let written = parse_day_month_prefix(rest)?;
                let Some(year) = self.plan_year else {
                    return Some(Err(DeadlineError {
                        kind: DeadlineErrorKind::MissingYear,
                        span: at..at + written.len,
                    }));
                };
                let parts = DateParts {
                    day: written.day,
                    month: written.month,
                    year,
                };
                (parts, written.len, true)
            }
        };
        let span = at..at + len;
        Some(match parts.to_date() {
            Some(date) => Ok(((date, year_assumed), span.end)),
            None => Err(DeadlineError {
                kind: DeadlineErrorKind::InvalidDate(parts),
                span,
            }),
        })
    }

    /// Accepts the end of the text, or a remark in brackets that runs to the end.
    fn finish(&self, pos: usize) -> Result<(), DeadlineError> {
        let at = skip(self.bytes, pos);
        let remark = self.bytes.get(at) == Some(&b'(')
            && self
                .end
                .checked_sub(1)
                .and_then(|last| self.bytes.get(last))
                == Some(&b')');
        if at >= self.end || remark {
            Ok(())
        } else {
            Err(self.unrecognised(at))
        }
    }

    /// The rest of the text from `pos` is not understood (all of it, if nothing is left).
    fn unrecognised(&self, pos: usize) -> DeadlineError {
        let at = skip(self.bytes, pos);
        let from = if at < self.end { at } else { self.start };
        DeadlineError {
            kind: DeadlineErrorKind::Unrecognised,
            span: from..self.end,
        }
    }

    /// A whole word (case-blind) after optional space.
    fn word(&self, pos: usize, word: &str) -> Option<usize> {
        let at = skip(self.bytes, pos);
        let end = strip_word(self.text, at, word)?;
        at_word_end(self.text, end).then_some(end)
    }

    /// Words in order, any space between them (hard-wrapped text breaks lines anywhere).
    fn phrase(&self, pos: usize, words: &[&str]) -> Option<usize> {
        words.iter().try_fold(pos, |pos, word| self.word(pos, word))
    }

    /// Punctuation after optional space.
    fn symbol(&self, pos: usize, symbol: &str) -> Option<usize> {
        let at = skip(self.bytes, pos);
        self.text
            .get(at..)?
            .starts_with(symbol)
            .then_some(at + symbol.len())
    }
}

/// White space plus the "**" of Markdown bold ("chậm nhất **ngày 15/11/2025**").
fn skip(bytes: &[u8], pos: usize) -> usize {
    let mut pos = skip_space(bytes, pos);
    while bytes.get(pos) == Some(&b'*') {
        pos = skip_space(bytes, pos + 1);
    }
    pos
}

/// The end of the text without trailing space, ".", ";", "," or "*".
fn content_end(bytes: &[u8]) -> usize {
    let mut end = bytes.len();
    loop {
        match bytes.get(..end) {
            Some([.., b' ' | b'\t' | b'\r' | b'\n' | b'.' | b';' | b',' | b'*']) => end -= 1,
            Some([.., 0xC2, 0xA0]) => end -= 2,
            _ => return end,
        }
    }
}

/// Skips "Thời gian thực hiện:", "Thời hạn:" and the like; returns `pos` when there is no label.
fn skip_label(text: &str, pos: usize) -> usize {
    let bytes = text.as_bytes();
    let Some(after) = strip_word(text, pos, "thời") else {
        return pos;
    };
    let after = skip(bytes, after);
    let Some(after) = strip_word(text, after, "gian").or_else(|| strip_word(text, after, "hạn"))
    else {
        return pos;
    };
    let label = bytes.get(after..).unwrap_or_default();
    let colon = label
        .iter()
        .take(LABEL_MAX_BYTES)
        .take_while(|b| !b.is_ascii_digit() && !matches!(b, b'.' | b';' | b'(' | b'/'))
        .position(|&b| b == b':');
    match colon {
        Some(offset) => skip(bytes, after + offset + 1),
        None => pos,
    }
}

/// Whether a word may end at `pos`: no letter follows ("năm2025" still reads as "năm 2025").
fn at_word_end(text: &str, pos: usize) -> bool {
    match text.get(pos..).and_then(|rest| rest.chars().next()) {
        None => true,
        Some(c) if c.is_ascii() => !c.is_ascii_alphabetic(),
        Some(c) => !c.is_alphabetic(),
    }
}

/// The value of a Roman numeral up to X, any case.
fn roman(letters: &[u8]) -> Option<u32> {
    const NUMERALS: [&[u8]; 10] = [
        b"I", b"II", b"III", b"IV", b"V", b"VI", b"VII", b"VIII", b"IX", b"X",
    ];
    let index = NUMERALS
        .iter()
        .position(|numeral| numeral.eq_ignore_ascii_case(letters))?;
    u32::try_from(index + 1).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn parse(text: &str) -> Timeframe {
        parse_deadline(text, Some(2025)).unwrap()
    }

    fn quarters(year: Option<i32>, list: &[u32]) -> Timeframe {
        Timeframe::InQuarters {
            year,
            quarters: Quarters::of(list).unwrap(),
        }
    }

    fn error(text: &str) -> (DeadlineErrorKind, &str) {
        let err = parse_deadline(text, Some(2025)).unwrap_err();
        (err.kind, &text[err.span])
    }

    #[test]
    fn exact_dates() {
        let on = |date| Timeframe::OnDate {
            date,
            year_assumed: false,
        };
        assert_eq!(parse("ngày 15/3/2025"), on(day(2025, 3, 15)));
        assert_eq!(parse("15/3/2025"), on(day(2025, 3, 15)));
        assert_eq!(parse("Ngày 15 tháng 3 năm 2025."), on(day(2025, 3, 15)));
        assert_eq!(parse("29/02/2024"), on(day(2024, 2, 29)));
    }

    #[test]
    fn before_and_no_later_than_a_date() {
        let before = |d| Timeframe::ByDate {
            date: d,
            cutoff: Cutoff::Before,
            year_assumed: false,
        };
        let by = |d| Timeframe::ByDate {
            date: d,
            cutoff: Cutoff::NoLaterThan,
            year_assumed: false,
        };
        assert_eq!(parse("trước ngày 03/12/2025"), before(day(2025, 12, 3)));
        assert_eq!(parse("Trước 03/12/2025"), before(day(2025, 12, 3)));
        assert_eq!(
            parse("Hoàn thành trước ngày 30/6/2025"),
            before(day(2025, 6, 30))
        );
        assert_eq!(parse("chậm nhất ngày 15/11/2025"), by(day(2025, 11, 15)));
        assert_eq!(parse("Chậm nhất là ngày 15/11/2025"), by(day(2025, 11, 15)));
        assert_eq!(parse("chậm nhất, ngày 15/11/2025"), by(day(2025, 11, 15)));
        assert_eq!(
            parse("không muộn hơn ngày 15/11/2025"),
            by(day(2025, 11, 15))
        );
        assert_eq!(
            parse("Không chậm hơn ngày 15 tháng 11 năm 2025"),
            by(day(2025, 11, 15))
        );
    }

    #[test]
    fn an_action_before_the_cutoff_is_skipped() {
        assert_eq!(
            parse("Gửi về Sở Tư pháp trước ngày 29/02/2024 (để tổng hợp, theo dõi)."),
            Timeframe::ByDate {
                date: day(2024, 2, 29),
                cutoff: Cutoff::Before,
                year_assumed: false,
            }
        );
        assert_eq!(
            parse("Báo cáo trước Hội đồng, chậm nhất ngày 15/11/2025"),
            Timeframe::ByDate {
                date: day(2025, 11, 15),
                cutoff: Cutoff::NoLaterThan,
                year_assumed: false,
            }
        );
        assert_eq!(
            error("Gửi Sở Tư pháp trước ngày 31/11/2025"),
            (
                DeadlineErrorKind::InvalidDate(DateParts {
                    day: 31,
                    month: 11,
                    year: 2025
                }),
                "31/11/2025"
            )
        );
        assert_eq!(
            parse("Gửi\u{c}\u{c}trước ngày 15/11/2025"),
            Timeframe::ByDate {
                date: day(2025, 11, 15),
                cutoff: Cutoff::Before,
                year_assumed: false,
            }
        );
        assert_eq!(
            error("Gửi báo cáo trước Hội đồng"),
            (
                DeadlineErrorKind::Unrecognised,
                "Gửi báo cáo trước Hội đồng"
            )
        );
    }

    #[test]
    fn months() {
        let in_month = |year, month| Timeframe::InMonth { year, month };
        assert_eq!(parse("Trong tháng 02 năm 2025"), in_month(Some(2025), 2));
        assert_eq!(parse("Tháng 6/2025"), in_month(Some(2025), 6));
        assert_eq!(parse("tháng 6 năm 2025"), in_month(Some(2025), 6));
        assert_eq!(parse("tháng 6-2026"), in_month(Some(2026), 6));
        assert_eq!(parse("Trong tháng 12"), in_month(Some(2025), 12));
        assert_eq!(
            parse_deadline("Trong tháng 12", None).unwrap(),
            in_month(None, 12)
        );
    }

    #[test]
    fn a_day_and_month_without_a_year_takes_the_plan_year() {
        assert_eq!(
            parse("trước ngày 15/12"),
            Timeframe::ByDate {
                date: day(2025, 12, 15),
                cutoff: Cutoff::Before,
                year_assumed: true,
            }
        );
        assert_eq!(
            parse("Gửi Sở Tư pháp chậm nhất ngày 10 tháng 12."),
            Timeframe::ByDate {
                date: day(2025, 12, 10),
                cutoff: Cutoff::NoLaterThan,
                year_assumed: true,
            }
        );
        assert_eq!(
            parse("ngày 15/3"),
            Timeframe::OnDate {
                date: day(2025, 3, 15),
                year_assumed: true,
            }
        );
        assert_eq!(
            error("trước ngày 29/02"),
            (
                DeadlineErrorKind::InvalidDate(DateParts {
                    day: 29,
                    month: 2,
                    year: 2025
                }),
                "29/02"
            )
        );
        let err = parse_deadline("trước ngày 15/12", None).unwrap_err();
        assert_eq!(err.kind, DeadlineErrorKind::MissingYear);
        assert_eq!(&"trước ngày 15/12"[err.span], "15/12");
        assert_eq!(
            error("trước ngày 15/12/25"),
            (DeadlineErrorKind::Unrecognised, "ngày 15/12/25")
        );
    }

    #[test]
    fn before_a_month() {
        assert_eq!(
            parse("Hoàn thành trước tháng 11 năm 2025"),
            Timeframe::ByMonth {
                year: Some(2025),
                month: 11,
                cutoff: Cutoff::Before
            }
        );
        assert_eq!(
            parse("chậm nhất trong tháng 11"),
            Timeframe::ByMonth {
                year: Some(2025),
                month: 11,
                cutoff: Cutoff::NoLaterThan
            }
        );
    }

    #[test]
    fn quarters_roman_digits_and_lists() {
        let y = Some(2025);
        assert_eq!(parse("Quý I năm 2025"), quarters(y, &[1]));
        assert_eq!(parse("quý 1 năm 2025"), quarters(y, &[1]));
        assert_eq!(parse("Quý I/2025"), quarters(y, &[1]));
        assert_eq!(parse("Quý IV/2026"), quarters(Some(2026), &[4]));
        assert_eq!(parse("Quý III, quý IV năm 2025"), quarters(y, &[3, 4]));
        assert_eq!(parse("Quý II, III, IV năm 2025"), quarters(y, &[2, 3, 4]));
        assert_eq!(parse("Quý 2, 3 năm 2025"), quarters(y, &[2, 3]));
        assert_eq!(parse("Quý II và quý III năm 2025"), quarters(y, &[2, 3]));
        assert_eq!(parse("Quý II - IV năm 2025"), quarters(y, &[2, 3, 4]));
        assert_eq!(parse("Quý I đến quý III năm 2025"), quarters(y, &[1, 2, 3]));
        assert_eq!(parse("Qúy II năm 2025"), quarters(y, &[2]));
        assert_eq!(parse("Trong quý II"), quarters(y, &[2]));
        assert_eq!(
            parse_deadline("Quý II", None).unwrap(),
            quarters(None, &[2])
        );
    }

    #[test]
    fn years() {
        let in_year = |year| Timeframe::InYear { year };
        assert_eq!(parse("Trong năm 2025"), in_year(Some(2025)));
        assert_eq!(parse("Năm 2024"), in_year(Some(2024)));
        assert_eq!(parse("năm 2025"), in_year(Some(2025)));
        assert_eq!(parse("Trong năm"), in_year(Some(2025)));
        assert_eq!(parse_deadline("Trong năm", None).unwrap(), in_year(None));
    }

    #[test]
    fn ongoing() {
        let ongoing = |year| Timeframe::Ongoing { year };
        assert_eq!(parse("Thường xuyên"), ongoing(Some(2025)));
        assert_eq!(parse("Thường xuyên trong năm 2024"), ongoing(Some(2024)));
        assert_eq!(parse("Thường xuyên trong năm"), ongoing(Some(2025)));
        assert_eq!(parse("thường xuyên, trong năm"), ongoing(Some(2025)));
        assert_eq!(
            parse_deadline("Thường xuyên trong năm", None).unwrap(),
            ongoing(None)
        );
    }

    #[test]
    fn after_an_event_keeps_its_text() {
        assert_eq!(
            parse("Sau khi có Quyết định của Thủ tướng\nChính phủ  ban hành."),
            Timeframe::AfterEvent {
                event: "có Quyết định của Thủ tướng Chính phủ ban hành".into()
            }
        );
        assert_eq!(
            parse("Ngay sau khi Thủ tướng Chính phủ ban hành"),
            Timeframe::AfterEvent {
                event: "Thủ tướng Chính phủ ban hành".into()
            }
        );
    }

    #[test]
    fn labels_case_spaces_and_punctuation() {
        let q1 = quarters(Some(2025), &[1]);
        assert_eq!(parse("Thời gian thực hiện: Quý I năm 2025."), q1);
        assert_eq!(parse("Thời gian hoàn thành: Quý I năm 2025;"), q1);
        assert_eq!(parse("Thời hạn: Quý I năm 2025"), q1);
        assert_eq!(parse("Thời gian: quý I năm 2025"), q1);
        assert_eq!(parse("thời hạn báo cáo:quý I năm 2025"), q1);
        assert_eq!(parse("  QUÝ I NĂM 2025  "), q1);
        assert_eq!(parse("Quý   I\n\nnăm\u{a0}2025 . "), q1);
        assert_eq!(parse("quý I năm2025"), q1);
        assert_eq!(parse("Quý I năm 2025 (có thể điều chỉnh)."), q1);
        assert_eq!(
            parse("chậm nhất **ngày 15/11/2025**"),
            Timeframe::ByDate {
                date: day(2025, 11, 15),
                cutoff: Cutoff::NoLaterThan,
                year_assumed: false,
            }
        );
    }

    #[test]
    fn invalid_dates_point_at_the_date() {
        for (text, date, parts) in [
            ("31/04/2025", "31/04/2025", (31, 4, 2025)),
            ("trước ngày 29/02/2025", "29/02/2025", (29, 2, 2025)),
            ("Chậm nhất ngày 00/01/2025.", "00/01/2025", (0, 1, 2025)),
            ("Thời hạn: ngày 32/12/2025", "32/12/2025", (32, 12, 2025)),
            ("trước ngày 15/13/2025", "15/13/2025", (15, 13, 2025)),
        ] {
            let (day, month, year) = parts;
            assert_eq!(
                error(text),
                (
                    DeadlineErrorKind::InvalidDate(DateParts { day, month, year }),
                    date
                ),
                "{text}"
            );
        }
    }

    #[test]
    fn impossible_months_and_quarters() {
        assert_eq!(
            error("Tháng 13/2025"),
            (DeadlineErrorKind::NoSuchMonth(13), "13")
        );
        assert_eq!(
            error("trước tháng 0 năm 2025"),
            (DeadlineErrorKind::NoSuchMonth(0), "0")
        );
        assert_eq!(
            error("Quý V năm 2025"),
            (DeadlineErrorKind::NoSuchQuarter(5), "V")
        );
        assert_eq!(
            error("Quý III, VI năm 2025"),
            (DeadlineErrorKind::NoSuchQuarter(6), "VI")
        );
        assert_eq!(
            error("Quý 5 năm 2025"),
            (DeadlineErrorKind::NoSuchQuarter(5), "5")
        );
    }

    #[test]
    fn unrecognised_text_is_pointed_at() {
        use DeadlineErrorKind::Unrecognised;
        assert_eq!(error("Sớm nhất có thể."), (Unrecognised, "Sớm nhất có thể"));
        assert_eq!(
            error("Thời gian thực hiện: khi cần"),
            (Unrecognised, "khi cần")
        );
        assert_eq!(
            error("Quý I năm 2025 và sau đó"),
            (Unrecognised, "và sau đó")
        );
        assert_eq!(
            error("Quý IV - II năm 2025"),
            (Unrecognised, "- II năm 2025")
        );
        assert_eq!(error("Năm 202"), (Unrecognised, "202"));
        assert_eq!(error("tháng 6 năm"), (Unrecognised, "năm"));
        assert_eq!(error("trước"), (Unrecognised, "trước"));
        assert_eq!(error("Sau khi."), (Unrecognised, "Sau khi"));
        assert_eq!(error("Quý"), (Unrecognised, "Quý"));
        assert_eq!(error("Trongnăm 2025"), (Unrecognised, "Trongnăm 2025"));
    }

    #[test]
    fn empty() {
        for text in ["", "  \n", " . ", "Thời gian thực hiện:  "] {
            let err = parse_deadline(text, Some(2025)).unwrap_err();
            assert_eq!(err.kind, DeadlineErrorKind::Empty, "{text:?}");
            assert_eq!(err.span, 0..text.len());
        }
    }

    #[test]
    fn every_prefix_of_a_typed_phrase_is_handled() {
        let text = "Thời gian thực hiện: Quý II, III và quý IV năm 2025 (dự kiến).";
        for (end, _) in text.char_indices() {
            let prefix = &text[..end];
            if let Err(err) = parse_deadline(prefix, Some(2025)) {
                assert!(prefix.get(err.span.clone()).is_some(), "{prefix:?}");
            }
        }
    }
}
