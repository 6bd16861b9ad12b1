//! Rules about dates and deadlines (KH3xxx).

pub mod invalid_calendar_date;
pub mod outside_plan_year;
