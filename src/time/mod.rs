//! Dates and deadline expressions ("Quý III năm 2025", "trước ngày 03/12/2025").

pub mod date;
mod deadline;
pub mod lunar;

pub use date::{find_dates, parse_date, parse_date_prefix, DateParts};
pub(crate) use deadline::month_end;
pub use deadline::{parse_deadline, Cutoff, DeadlineError, DeadlineErrorKind, Quarters, Timeframe};
