//! The Vietnamese lunar calendar (âm lịch), computed astronomically for the
//! time zone UTC+7 after Hồ Ngọc Đức's well-known algorithm: new moons and the
//! sun's longitude by Jean Meeus' series, month 11 holds the winter solstice,
//! and in a year of 13 months the first month without a major solar term is
//! the leap month.
//!
//! The Chinese calendar runs the same algorithm at UTC+8, so the two differ in
//! some years (Tết 1985: 21/01 here, 20/02 in China; Tết 2007: 17/02 here,
//! 18/02 in China). Accurate for 1900–2100; dates outside give `None`.

use chrono::{Datelike, NaiveDate};
use std::f64::consts::PI;

/// Hours east of UTC of the Vietnamese calendar.
const VIETNAM: f64 = 7.0;
/// The Julian day number of 1 January 1 CE (proleptic Gregorian) minus one.
const JDN_OF_CE_DAY_ZERO: i64 = 1_721_425;
/// Julian day of the new moon of 1 January 1900, the origin of new-moon numbering.
const NEW_MOON_EPOCH: f64 = 2_415_021.076_998_695;
/// Mean length of a synodic month, in days.
const SYNODIC_MONTH: f64 = 29.530_588_853;
/// The years this module answers for.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// A day of the lunar calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LunarDate {
    /// Day of the lunar month, 1–30.
    pub day: u32,
    /// Lunar month, 1–12.
    pub month: u32,
    /// The lunar year (the one that starts at its Tết).
    pub year: i32,
    /// Whether the month is the leap (intercalary) one.
    pub leap: bool,
}

/// The lunar date of a solar day (1900–2100).
pub fn to_lunar(date: NaiveDate) -> Option<LunarDate> {
    to_lunar_at(date, VIETNAM)
}

/// The solar day of a lunar date (lunar years 1900–2100); `None` for a day
/// past the month's end or a leap flag on a month that is not the leap month.
pub fn to_solar(lunar: LunarDate) -> Option<NaiveDate> {
    to_solar_at(lunar, VIETNAM)
}

/// The solar date of Tết (1 of month 1) of a lunar year.
pub fn lunar_new_year(year: i32) -> Option<NaiveDate> {
    to_solar(LunarDate {
        day: 1,
        month: 1,
        year,
        leap: false,
    })
}

/// [`to_lunar`] for a calendar kept at `tz` hours east of UTC.
fn to_lunar_at(date: NaiveDate, tz: f64) -> Option<LunarDate> {
    let year = date.year();
    if !YEARS.contains(&year) {
        return None;
    }
    let day_number = julian_day(date);
    let month_start = month_start(day_number, tz);
    let mut a11 = month_11(year, tz);
    let mut b11 = a11;
    let mut lunar_year = year;
    if a11 >= month_start {
        a11 = month_11(year - 1, tz);
    } else {
        lunar_year = year + 1;
        b11 = month_11(year + 1, tz);
    }
    let day = u32::try_from(day_number - month_start + 1).ok()?;
    let diff = (month_start - a11).div_euclid(29);
    let mut leap = false;
    let mut month = diff + 11;
    if b11 - a11 > 365 {
        let leap_diff = leap_month_offset(a11, tz);
        if diff >= leap_diff {
            month = diff + 10;
            leap = diff == leap_diff;
        }
    }
    if month > 12 {
        month -= 12;
    }
    if month >= 11 && diff < 4 {
        lunar_year -= 1;
    }
    Some(LunarDate {
        day,
        month: u32::try_from(month).ok()?,
        year: lunar_year,
        leap,
    })
}

/// [`to_solar`] for a calendar kept at `tz` hours east of UTC.
fn to_solar_at(lunar: LunarDate, tz: f64) -> Option<NaiveDate> {
    if !YEARS.contains(&lunar.year) || !(1..=12).contains(&lunar.month) || lunar.day == 0 {
        return None;
    }
    let month = i64::from(lunar.month);
    let (a11, b11) = if month < 11 {
        (month_11(lunar.year - 1, tz), month_11(lunar.year, tz))
    } else {
        (month_11(lunar.year, tz), month_11(lunar.year + 1, tz))
    };
    let k = (0.5 + (a11 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
    let mut offset = (month - 11).rem_euclid(12);
    if b11 - a11 > 365 {
        let leap_offset = leap_month_offset(a11, tz);
        let leap_month = (leap_offset - 2).rem_euclid(12);
        if lunar.leap && month != leap_month {
            return None;
        }
        if lunar.leap || offset >= leap_offset {
            offset += 1;
        }
    } else if lunar.leap {
        return None;
    }
    let day_number = new_moon_day(k + offset, tz) + i64::from(lunar.day) - 1;
    if day_number >= new_moon_day(k + offset + 1, tz) {
        return None;
    }
    from_julian_day(day_number)
}

fn julian_day(date: NaiveDate) -> i64 {
    i64::from(date.num_days_from_ce()) + JDN_OF_CE_DAY_ZERO
}

fn from_julian_day(jd: i64) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(jd - JDN_OF_CE_DAY_ZERO).ok()?)
}

/// Julian day (fractional, UTC) of the `k`-th new moon after 1 January 1900.
fn new_moon(k: i64) -> f64 {
    let k = k as f64;
    let t = k / 1236.85;
    let t2 = t * t;
    let t3 = t2 * t;
    let dr = PI / 180.0;
    let mut jd1 = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd1 += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * dr).sin();
    let m = 359.2242 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let mpr = 306.0253 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let f = 21.2964 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let mut c1 = (0.1734 - 0.000_393 * t) * (m * dr).sin() + 0.0021 * (2.0 * dr * m).sin();
    c1 = c1 - 0.4068 * (mpr * dr).sin() + 0.0161 * (dr * 2.0 * mpr).sin();
    c1 -= 0.0004 * (dr * 3.0 * mpr).sin();
    c1 = c1 + 0.0104 * (dr * 2.0 * f).sin() - 0.0051 * (dr * (m + mpr)).sin();
    c1 = c1 - 0.0074 * (dr * (m - mpr)).sin() + 0.0004 * (dr * (2.0 * f + m)).sin();
    c1 = c1 - 0.0004 * (dr * (2.0 * f - m)).sin() - 0.0006 * (dr * (2.0 * f + mpr)).sin();
    c1 = c1 + 0.0010 * (dr * (2.0 * f - mpr)).sin() + 0.0005 * (dr * (2.0 * mpr + m)).sin();
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };
    jd1 + c1 - delta_t
}

/// The local day number on which the `k`-th new moon falls.
fn new_moon_day(k: i64, tz: f64) -> i64 {
    (new_moon(k) + 0.5 + tz / 24.0).floor() as i64
}

/// The sun's apparent longitude in radians, 0–2π, at a Julian day (UTC).
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd - 2_451_545.0) / 36525.0;
    let t2 = t * t;
    let dr = PI / 180.0;
    let m = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let l0 = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let mut dl = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (dr * m).sin();
    dl += (0.019_993 - 0.000_101 * t) * (dr * 2.0 * m).sin() + 0.000_290 * (dr * 3.0 * m).sin();
    let l = (l0 + dl) * dr;
    l - 2.0 * PI * (l / (2.0 * PI)).floor()
}

/// The sector (0–11, 30° each) of the sun's longitude at the start of a local day.
fn sun_sector(day_number: i64, tz: f64) -> i64 {
    (sun_longitude(day_number as f64 - 0.5 - tz / 24.0) / PI * 6.0).floor() as i64
}

/// The first day of the lunar month holding a day. The mean-month estimate
/// can be one month off where the true new moon strays far from the mean one
/// (7/5/2054), so the estimate is corrected both ways.
fn month_start(day_number: i64, tz: f64) -> i64 {
    let mut k = ((day_number as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
    for _ in 0..2 {
        if new_moon_day(k + 1, tz) <= day_number {
            k += 1;
        } else if new_moon_day(k, tz) > day_number {
            k -= 1;
        }
    }
    new_moon_day(k, tz)
}

/// The day month 11 (the month of the winter solstice) begins in a solar year.
fn month_11(year: i32, tz: f64) -> i64 {
    let dec_31 = NaiveDate::from_ymd_opt(year, 12, 31).map_or(0, julian_day);
    let k = ((dec_31 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH).floor() as i64;
    let start = new_moon_day(k, tz);
    if sun_sector(start, tz) >= 9 {
        new_moon_day(k - 1, tz)
    } else {
        start
    }
}

/// How many months after month 11 (starting at `a11`) the leap month comes.
fn leap_month_offset(a11: i64, tz: f64) -> i64 {
    let k = ((a11 as f64 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5).floor() as i64;
    let mut i = 1;
    let mut arc = sun_sector(new_moon_day(k + i, tz), tz);
    loop {
        let last = arc;
        i += 1;
        arc = sun_sector(new_moon_day(k + i, tz), tz);
        if arc == last || i >= 14 {
            return i - 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn lunar(day: u32, month: u32, year: i32, leap: bool) -> LunarDate {
        LunarDate {
            day,
            month,
            year,
            leap,
        }
    }

    #[test]
    fn known_tet_dates() {
        assert_eq!(lunar_new_year(2024), Some(day(2024, 2, 10)));
        assert_eq!(lunar_new_year(2025), Some(day(2025, 1, 29)));
        assert_eq!(lunar_new_year(2026), Some(day(2026, 2, 17)));
        assert_eq!(lunar_new_year(2027), Some(day(2027, 2, 6)));
        assert_eq!(lunar_new_year(2030), Some(day(2030, 2, 2)));
    }

    /// UTC+7 against the Chinese calendar's UTC+8: the new moon of 1985 and
    /// 2007 falls on either side of local midnight, and 1985 gets its leap month
    /// in a different place.
    #[test]
    fn differs_from_the_chinese_calendar_where_it_should() {
        let chinese = |year| {
            let tet = LunarDate {
                day: 1,
                month: 1,
                year,
                leap: false,
            };
            to_solar_at(tet, 8.0)
        };
        for (year, vietnam, china) in [
            (1985, day(1985, 1, 21), day(1985, 2, 20)),
            (2007, day(2007, 2, 17), day(2007, 2, 18)),
            (2030, day(2030, 2, 2), day(2030, 2, 3)),
        ] {
            assert_eq!(lunar_new_year(year), Some(vietnam), "{year}");
            assert_eq!(chinese(year), Some(china), "{year}");
        }
        assert_eq!(lunar_new_year(2025), chinese(2025));
    }

    #[test]
    fn hung_kings_day_is_the_tenth_of_the_third_month() {
        let gio_to = |year| to_solar(lunar(10, 3, year, false));
        assert_eq!(gio_to(2025), Some(day(2025, 4, 7)));
        assert_eq!(gio_to(2026), Some(day(2026, 4, 26)));
        assert_eq!(gio_to(2027), Some(day(2027, 4, 16)));
    }

    #[test]
    fn leap_months() {
        // 2023 has a leap second month: 22/3/2023 is 1/2 nhuận.
        assert_eq!(to_lunar(day(2023, 3, 22)), Some(lunar(1, 2, 2023, true)));
        assert_eq!(to_solar(lunar(1, 2, 2023, true)), Some(day(2023, 3, 22)));
        assert_eq!(to_solar(lunar(1, 3, 2023, true)), None);
        // 2025 has a leap sixth month.
        assert_eq!(to_lunar(day(2025, 7, 25)), Some(lunar(1, 6, 2025, true)));
        assert_eq!(to_solar(lunar(1, 6, 2024, true)), None);
    }

    #[test]
    fn the_last_day_of_the_lunar_year() {
        assert_eq!(to_lunar(day(2025, 1, 28)), Some(lunar(29, 12, 2024, false)));
        assert_eq!(to_lunar(day(2026, 2, 16)), Some(lunar(29, 12, 2025, false)));
        assert_eq!(to_lunar(day(2025, 1, 29)), Some(lunar(1, 1, 2025, false)));
    }

    #[test]
    fn round_trips_every_day_of_the_supported_range() {
        let mut date = day(1900, 3, 1);
        let last = day(2100, 12, 31);
        while date <= last {
            let lunar = to_lunar(date).unwrap();
            assert_eq!(to_solar(lunar), Some(date), "{date} → {lunar:?}");
            date = date.succ_opt().unwrap();
        }
    }

    #[test]
    fn outside_the_range() {
        assert_eq!(to_lunar(day(1899, 12, 31)), None);
        assert_eq!(to_lunar(day(2101, 1, 1)), None);
        assert_eq!(lunar_new_year(2101), None);
        assert_eq!(to_solar(lunar(0, 1, 2025, false)), None);
        assert_eq!(to_solar(lunar(1, 13, 2025, false)), None);
        // The twelfth month of Ất Tỵ (2025) has 29 days.
        assert_eq!(to_solar(lunar(30, 12, 2025, false)), None);
    }
}
