//! Deadline expressions → [`Timeframe`]. (Skeleton: exact dates only.)

use super::date::{parse_date, DateParts};
use chrono::NaiveDate;
use std::ops::Range;

/// What a deadline expression means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Timeframe {
    /// On an exact date.
    On(NaiveDate),
}

impl Timeframe {
    /// The first and last day the deadline allows, when it is dated.
    pub fn interval(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Timeframe::On(d) => Some((*d, *d)),
        }
    }
}

/// Why a deadline expression has no meaning.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeadlineErrorKind {
    /// Nothing written.
    Empty,
    /// A date that does not exist in the calendar.
    InvalidDate(DateParts),
    /// Text that is not a known deadline phrase.
    Unrecognised,
}

/// A deadline that could not be interpreted, with the byte span at fault.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineError {
    /// What went wrong.
    pub kind: DeadlineErrorKind,
    /// Byte span of the offending part of the text.
    pub span: Range<usize>,
}

/// Interprets a deadline; `plan_year` fills in a missing year ("Quý I").
pub fn parse_deadline(text: &str, _plan_year: Option<i32>) -> Result<Timeframe, DeadlineError> {
    let span = 0..text.len();
    if text.trim().is_empty() {
        return Err(DeadlineError {
            kind: DeadlineErrorKind::Empty,
            span,
        });
    }
    let parts = parse_date(text).ok_or(DeadlineError {
        kind: DeadlineErrorKind::Unrecognised,
        span: span.clone(),
    })?;
    parts.to_date().map(Timeframe::On).ok_or(DeadlineError {
        kind: DeadlineErrorKind::InvalidDate(parts),
        span,
    })
}
