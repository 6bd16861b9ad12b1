//! The computed holidays against the PyPI package `holidays` (0.109, country
//! VN) for 2020–2035: tests/fixtures/holidays/vn-2020-2035.json, made by
//! scripts/gen_holiday_reference.py (the command is in its docstring).
//!
//! Every day off must agree, and so must why it is off: statutory, a
//! compensatory day (nghỉ bù) or a decided swap. The package names its
//! compensatory days for Tết after the lunar day they land on ("29 Tết",
//! "Mùng năm Tết Nguyên Đán") and the others "… (nghỉ bù)"; kehoach names each
//! after the holiday it replaces. Names are therefore compared only for the
//! lunar holidays, whose dates are what the lunar calendar must get right.
//! The decided swaps of 2024–2026 are data in both; the package records none
//! for 2020–2023, and neither does kehoach.

use chrono::NaiveDate;
use kehoach::reference::holidays::{HolidayKind, Holidays};
use serde_json::Value;

fn peer() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/holidays/vn-2020-2035.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).expect("the peer table is JSON")
}

/// Why the package says a day is off, read from its Vietnamese name.
fn peer_kind(name: &str) -> HolidayKind {
    let tet_day_moved = [
        "29 Tết",
        "Mùng năm Tết Nguyên Đán",
        "Mùng sáu Tết Nguyên Đán",
    ];
    if name.contains("(nghỉ bù") || tet_day_moved.contains(&name) {
        HolidayKind::Observed
    } else if name.contains("thay cho") {
        HolidayKind::Swapped
    } else {
        HolidayKind::Statutory
    }
}

fn date(text: &str) -> NaiveDate {
    kehoach::context::parse_iso_date(text).unwrap_or_else(|| panic!("not a date: {text}"))
}

#[test]
fn the_peer_table_is_the_recorded_version() {
    let peer = peer();
    assert_eq!(peer["package"], "holidays");
    assert_eq!(peer["version"], "0.109");
    assert_eq!(peer["years"].as_object().map(|y| y.len()), Some(16));
}

#[test]
fn every_day_off_2020_2035_agrees_with_the_holidays_package() {
    let peer = peer();
    let holidays = Holidays::builtin();
    let mut compared = 0;
    for year in 2020..=2035 {
        let expected: Vec<(NaiveDate, HolidayKind)> = peer["years"][year.to_string()]
            .as_array()
            .unwrap_or_else(|| panic!("no year {year} in the peer table"))
            .iter()
            .map(|entry| {
                let name = entry["name_vi"].as_str().expect("a name");
                (
                    date(entry["date"].as_str().expect("a date")),
                    peer_kind(name),
                )
            })
            .collect();
        let computed: Vec<(NaiveDate, HolidayKind)> = holidays
            .holidays_in(year)
            .iter()
            .map(|h| (h.date, h.kind))
            .collect();
        assert_eq!(computed, expected, "{year}");
        compared += computed.len();
    }
    assert_eq!(compared, 237);
}

#[test]
fn lunar_new_year_and_hung_kings_day_fall_where_the_package_puts_them() {
    let peer = peer();
    let holidays = Holidays::builtin();
    for year in 2020..=2035 {
        for (peer_name, ours) in [
            ("Tết Nguyên Đán", "Tết Nguyên đán (mùng 1)"),
            ("Ngày Giỗ Tổ Hùng Vương", "Giỗ Tổ Hùng Vương"),
        ] {
            let on = peer["years"][year.to_string()]
                .as_array()
                .and_then(|days| days.iter().find(|d| d["name_vi"] == peer_name))
                .and_then(|d| d["date"].as_str())
                .map(date)
                .unwrap_or_else(|| panic!("{peer_name} missing in {year}"));
            assert_eq!(
                holidays.holiday_on(on).map(|h| h.name_vi.as_str()),
                Some(ours),
                "{year}"
            );
        }
    }
}
