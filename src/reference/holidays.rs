//! Public holidays (Bộ luật Lao động 2019 Điều 112), from `data/holidays.json`:
//! statutory days computed over the solar and the Vietnamese lunar calendar,
//! their compensatory days (nghỉ bù), and the days the government decides each
//! year, kept as dated data. Each year is computed once, on first use, so
//! per-keystroke rules can ask about any day cheaply.

use super::documents::Confidence;
use crate::time::lunar::{self, LunarDate};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;
use std::sync::OnceLock;

const EMBEDDED: &str = include_str!("data/holidays.json");
/// The years holidays are computed for (those of the lunar calendar).
const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2100;

/// Why a day is off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayKind {
    /// A holiday the Labour Code names (Điều 112).
    Statutory,
    /// The working day off in place of a holiday that fell on a weekend (nghỉ bù).
    Observed,
    /// A working day off in exchange for a Saturday worked, decided for that year.
    Swapped,
}

/// A day off for government offices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Holiday {
    /// The day.
    pub date: NaiveDate,
    /// Name in Vietnamese ("Tết Nguyên đán (mùng 1)").
    pub name_vi: String,
    /// Name in English ("Lunar New Year (day 1)").
    pub name_en: String,
    /// Why the day is off.
    pub kind: HolidayKind,
    /// How well the fact is established.
    pub confidence: Confidence,
}

/// A run of days off decided for a year (weekends and holidays included).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Break {
    /// First day off.
    #[serde(deserialize_with = "super::iso_date::required")]
    pub from: NaiveDate,
    /// Last day off.
    #[serde(deserialize_with = "super::iso_date::required")]
    pub to: NaiveDate,
    /// Name in Vietnamese ("kỳ nghỉ Tết Nguyên đán Ất Tỵ").
    pub name_vi: String,
    /// Name in English.
    pub name_en: String,
    /// How well the fact is established.
    pub confidence: Confidence,
    /// Where the dates come from.
    pub source: String,
}

/// Whether a day is a Saturday or a Sunday.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Where a holiday's day off moves when it falls on a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Shift {
    NextWorkday,
    PreviousWorkday,
}

#[derive(Clone, Copy, Debug, Deserialize)]
struct Observed {
    saturday: Option<Shift>,
    sunday: Option<Shift>,
}

#[derive(Debug, Deserialize)]
struct Validity {
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    valid_from: Option<NaiveDate>,
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    valid_until: Option<NaiveDate>,
}

impl Validity {
    fn covers(&self, date: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= date)
            && self.valid_until.is_none_or(|until| date <= until)
    }
}

#[derive(Debug, Deserialize)]
struct SolarRule {
    month: u32,
    day: u32,
    name_vi: String,
    name_en: String,
    #[serde(flatten)]
    validity: Validity,
    observed: Option<Observed>,
    confidence: Confidence,
}

#[derive(Debug, Deserialize)]
struct LunarRule {
    month: u32,
    day: u32,
    days_before: u32,
    days_after: u32,
    name_vi: String,
    name_en: String,
    #[serde(flatten)]
    validity: Validity,
    observed: Option<Observed>,
    confidence: Confidence,
}

#[derive(Debug, Deserialize)]
struct Offsets {
    mon: i8,
    tue: i8,
    wed: i8,
    thu: i8,
    fri: i8,
    sat: i8,
    sun: i8,
}

#[derive(Debug, Deserialize)]
struct AdjacentRule {
    name_vi: String,
    name_en: String,
    #[serde(flatten)]
    validity: Validity,
    offset_by_weekday: Offsets,
    confidence: Confidence,
}

#[derive(Debug, Deserialize)]
struct Decided {
    #[serde(deserialize_with = "super::iso_date::required")]
    date: NaiveDate,
    name_vi: String,
    name_en: String,
    confidence: Confidence,
}

#[derive(Debug, Default, Deserialize)]
struct Table {
    observed_since: Option<i32>,
    solar: Vec<SolarRule>,
    lunar: Vec<LunarRule>,
    national_day_adjacent: Option<AdjacentRule>,
    decided: Vec<Decided>,
    breaks: Vec<Break>,
}

/// The holiday rules and data, with each year's days computed once.
#[derive(Debug)]
pub struct Holidays {
    table: Table,
    /// Index `year - FIRST_YEAR`.
    years: Box<[OnceLock<Vec<Holiday>>]>,
}

impl Default for Holidays {
    fn default() -> Self {
        Holidays::from_table(Table::default())
    }
}

impl Holidays {
    /// The data compiled into this build (empty if unreadable, which a unit test rules out).
    pub fn builtin() -> Holidays {
        Holidays::from_json(EMBEDDED).unwrap_or_default()
    }

    /// Reads rules and data in the format of `data/holidays.json`.
    pub fn from_json(json: &str) -> Result<Holidays, serde_json::Error> {
        Ok(Holidays::from_table(serde_json::from_str(json)?))
    }

    fn from_table(table: Table) -> Holidays {
        let years = (FIRST_YEAR..=LAST_YEAR).map(|_| OnceLock::new()).collect();
        Holidays { table, years }
    }

    /// The days off of a year in date order (empty outside 1900–2100).
    pub fn holidays_in(&self, year: i32) -> &[Holiday] {
        let cell = usize::try_from(year - FIRST_YEAR)
            .ok()
            .and_then(|index| self.years.get(index));
        match cell {
            Some(cell) => cell.get_or_init(|| self.compute(year)),
            None => &[],
        }
    }

    /// The holiday on a day, if it is one.
    pub fn holiday_on(&self, date: NaiveDate) -> Option<&Holiday> {
        let days = self.holidays_in(date.year());
        let index = days.binary_search_by_key(&date, |h| h.date).ok()?;
        days.get(index)
    }

    /// The decided break a day falls in, if any.
    pub fn break_on(&self, date: NaiveDate) -> Option<&Break> {
        self.table
            .breaks
            .iter()
            .find(|b| b.from <= date && date <= b.to)
    }

    fn compute(&self, year: i32) -> Vec<Holiday> {
        let mut days = Vec::with_capacity(20);
        let mut shifts = Vec::new();
        for rule in &self.table.solar {
            let Some(date) = NaiveDate::from_ymd_opt(year, rule.month, rule.day) else {
                continue;
            };
            if rule.validity.covers(date) {
                days.push(statutory(
                    date,
                    &rule.name_vi,
                    &rule.name_en,
                    rule.confidence,
                ));
                shifts.push((date, rule.observed));
            }
        }
        for rule in &self.table.lunar {
            lunar_days(rule, year, &mut days, &mut shifts);
        }
        if let Some(adjacent) = self.adjacent_national_day(year) {
            days.push(adjacent);
        }
        days.sort_by_key(|h| h.date);
        if self.table.observed_since.is_none_or(|since| year >= since) {
            shifts.sort_by_key(|(date, _)| *date);
            for (date, observed) in shifts {
                add_observed(&mut days, date, observed);
            }
        }
        for decided in self.table.decided.iter().filter(|d| d.date.year() == year) {
            if !days.iter().any(|h| h.date == decided.date) {
                days.push(Holiday {
                    date: decided.date,
                    name_vi: decided.name_vi.clone(),
                    name_en: decided.name_en.clone(),
                    kind: HolidayKind::Swapped,
                    confidence: decided.confidence,
                });
            }
        }
        days.sort_by_key(|h| h.date);
        days
    }

    /// The day before or after 02/9 that goes with it (Điều 112 khoản 1 điểm đ).
    fn adjacent_national_day(&self, year: i32) -> Option<Holiday> {
        let rule = self.table.national_day_adjacent.as_ref()?;
        let national_day = NaiveDate::from_ymd_opt(year, 9, 2)?;
        if !rule.validity.covers(national_day) {
            return None;
        }
        let offsets = &rule.offset_by_weekday;
        let offset = match national_day.weekday() {
            Weekday::Mon => offsets.mon,
            Weekday::Tue => offsets.tue,
            Weekday::Wed => offsets.wed,
            Weekday::Thu => offsets.thu,
            Weekday::Fri => offsets.fri,
            Weekday::Sat => offsets.sat,
            Weekday::Sun => offsets.sun,
        };
        let date = national_day.checked_add_signed(chrono::Duration::days(i64::from(offset)))?;
        Some(statutory(
            date,
            &rule.name_vi,
            &rule.name_en,
            rule.confidence,
        ))
    }
}

fn statutory(date: NaiveDate, name_vi: &str, name_en: &str, confidence: Confidence) -> Holiday {
    Holiday {
        date,
        name_vi: name_vi.to_string(),
        name_en: name_en.to_string(),
        kind: HolidayKind::Statutory,
        confidence,
    }
}

/// The days of a lunar holiday in a solar year, named by their lunar day when there are several.
fn lunar_days(
    rule: &LunarRule,
    year: i32,
    days: &mut Vec<Holiday>,
    shifts: &mut Vec<(NaiveDate, Option<Observed>)>,
) {
    let Some(main) = lunar::to_solar(LunarDate {
        day: rule.day,
        month: rule.month,
        year,
        leap: false,
    }) else {
        return;
    };
    let several = rule.days_before + rule.days_after > 0;
    let first = -i64::from(rule.days_before);
    for offset in first..=i64::from(rule.days_after) {
        let Some(date) = main.checked_add_signed(chrono::Duration::days(offset)) else {
            continue;
        };
        if !rule.validity.covers(date) {
            continue;
        }
        let (name_vi, name_en) = match lunar::to_lunar(date).filter(|_| several) {
            Some(day) => (
                format!("{} ({})", rule.name_vi, lunar_day_vi(day, rule.month)),
                format!("{} ({})", rule.name_en, lunar_day_en(day, rule.month)),
            ),
            None => (rule.name_vi.clone(), rule.name_en.clone()),
        };
        days.push(Holiday {
            date,
            name_vi,
            name_en,
            kind: HolidayKind::Statutory,
            confidence: rule.confidence,
        });
        shifts.push((date, rule.observed));
    }
}

/// "mùng 2" in the holiday's own month, "29 tháng Chạp" before it.
fn lunar_day_vi(day: LunarDate, month: u32) -> String {
    match (day.month == month, day.month) {
        (true, _) if day.day <= 10 => format!("mùng {}", day.day),
        (true, _) => format!("ngày {}", day.day),
        (false, 12) => format!("{} tháng Chạp", day.day),
        (false, other) => format!("{} tháng {other}", day.day),
    }
}

fn lunar_day_en(day: LunarDate, month: u32) -> String {
    if day.month == month {
        format!("day {}", day.day)
    } else {
        format!("day {} of month {}", day.day, day.month)
    }
}

/// Adds the compensatory day of a holiday that fell on a weekend, unless the year runs out first.
fn add_observed(days: &mut Vec<Holiday>, date: NaiveDate, observed: Option<Observed>) {
    let shift = match (date.weekday(), observed) {
        (Weekday::Sat, Some(rule)) => rule.saturday,
        (Weekday::Sun, Some(rule)) => rule.sunday,
        _ => None,
    };
    let Some(shift) = shift else {
        return;
    };
    let Some(holiday) = days.iter().find(|h| h.date == date) else {
        return;
    };
    let (name_vi, name_en) = (
        format!("{} (nghỉ bù)", holiday.name_vi),
        format!("{} (observed)", holiday.name_en),
    );
    let confidence = holiday.confidence;
    let step = match shift {
        Shift::NextWorkday => chrono::Duration::days(1),
        Shift::PreviousWorkday => chrono::Duration::days(-1),
    };
    let mut day = date.checked_add_signed(step);
    while let Some(candidate) = day.filter(|d| d.year() == date.year()) {
        let taken = days.binary_search_by_key(&candidate, |h| h.date);
        match taken {
            Err(index) if !is_weekend(candidate) => {
                days.insert(
                    index,
                    Holiday {
                        date: candidate,
                        name_vi,
                        name_en,
                        kind: HolidayKind::Observed,
                        confidence,
                    },
                );
                return;
            }
            _ => day = candidate.checked_add_signed(step),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_embedded_data_parses() {
        serde_json::from_str::<Table>(EMBEDDED).unwrap();
        assert!(!Holidays::builtin().holidays_in(2025).is_empty());
    }

    #[test]
    fn tet_2025_is_five_days_plus_the_day_for_its_saturday() {
        let holidays = Holidays::builtin();
        let tet: Vec<_> = holidays
            .holidays_in(2025)
            .iter()
            .filter(|h| h.name_vi.starts_with("Tết Nguyên đán"))
            .map(|h| (h.date, h.name_vi.as_str(), h.kind))
            .collect();
        assert_eq!(
            tet,
            [
                (
                    day(2025, 1, 27),
                    "Tết Nguyên đán (mùng 4) (nghỉ bù)",
                    HolidayKind::Observed
                ),
                (
                    day(2025, 1, 28),
                    "Tết Nguyên đán (29 tháng Chạp)",
                    HolidayKind::Statutory
                ),
                (
                    day(2025, 1, 29),
                    "Tết Nguyên đán (mùng 1)",
                    HolidayKind::Statutory
                ),
                (
                    day(2025, 1, 30),
                    "Tết Nguyên đán (mùng 2)",
                    HolidayKind::Statutory
                ),
                (
                    day(2025, 1, 31),
                    "Tết Nguyên đán (mùng 3)",
                    HolidayKind::Statutory
                ),
                (
                    day(2025, 2, 1),
                    "Tết Nguyên đán (mùng 4)",
                    HolidayKind::Statutory
                ),
            ]
        );
    }

    #[test]
    fn lookups() {
        let holidays = Holidays::builtin();
        assert_eq!(
            holidays.holiday_on(day(2026, 4, 27)).map(|h| h.kind),
            Some(HolidayKind::Observed)
        );
        assert_eq!(
            holidays.holiday_on(day(2026, 11, 24)).map(|h| h.confidence),
            Some(Confidence::Likely)
        );
        assert_eq!(holidays.holiday_on(day(2025, 11, 24)), None);
        assert_eq!(holidays.holiday_on(day(2025, 11, 15)), None);
        assert_eq!(
            holidays.break_on(day(2025, 1, 25)).map(|b| b.to),
            Some(day(2025, 2, 2))
        );
        assert_eq!(holidays.break_on(day(2025, 2, 3)), None);
        assert!(holidays.holidays_in(1899).is_empty());
        assert!(holidays.holidays_in(2101).is_empty());
        assert!(is_weekend(day(2025, 11, 15)));
        assert!(!is_weekend(day(2025, 12, 3)));
    }
}
