//! Rules about dates and deadlines (KH3xxx).

mod cutoffs;
mod day_off;

pub mod before_plan_date;
pub mod invalid_calendar_date;
pub mod on_holiday;
pub mod on_weekend;
pub mod outside_plan_year;
pub mod plan_issued_late;
pub mod report_after_upward;
pub mod unrecognised;
pub mod year_assumed;
