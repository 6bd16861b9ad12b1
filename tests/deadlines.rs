//! Every deadline phrase in the five seed plans, verbatim, with what it must mean.
//!
//! Hand count (labels "Thời gian thực hiện:", "Thời gian hoàn thành:",
//! "Thời gian:", "Thời hạn báo cáo:", plus "trước ngày …" / "chậm nhất ngày …"
//! inside duty text):
//! - 000 Kon Tum 2025: 6 (lines 112, 124, 142, 153, 225, 252). Its
//!   "(sau khi Thủ tướng Chính phủ ban hành)" (lines 163, 234) is a remark in
//!   the description, not a deadline.
//! - 001 VP UBND Tây Ninh 2024: 0 ("thời hạn hoàn thành" on line 46 is prose).
//! - 002 Lai Châu 2025: 10 (lines 35, 43, 53, 63, 75, 83, 89, 99, 115, 127).
//! - 003 Sóc Trăng 2025: 6 (lines 47, 57, 67, 83, 93, 109).
//! - 004 Hà Nội 2024: 8 (lines 75, 92, 107, 126, 144, 169, 184, 205); lines 75
//!   and 205 put an action before the cut-off ("Gửi về Sở Tư pháp trước ngày …"):
//!   the phrase tested is the "trước ngày …" fragment.
//!
//! Total: 30.

use chrono::NaiveDate;
use kehoach::time::{
    find_dates, parse_deadline, Cutoff, DateParts, DeadlineErrorKind, Quarters, Timeframe,
};

const SEEDS: [(&str, i32); 5] = [
    ("000_90aa8bab0da9471a.txt", 2025),
    ("001_ceb50716d9b96aa0.txt", 2024),
    ("002_383a8b1e79b9e5bb.txt", 2025),
    ("003_09e25ca88ebb10ff.txt", 2025),
    ("004_a9dbd5e3c790d69f.txt", 2024),
];

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn in_year(year: i32) -> Timeframe {
    Timeframe::InYear { year: Some(year) }
}

fn ongoing(year: i32) -> Timeframe {
    Timeframe::Ongoing { year: Some(year) }
}

fn quarters(year: i32, list: &[u32]) -> Timeframe {
    Timeframe::InQuarters {
        year: Some(year),
        quarters: Quarters::of(list).unwrap(),
    }
}

fn before(date: NaiveDate) -> Timeframe {
    Timeframe::ByDate {
        date,
        cutoff: Cutoff::Before,
        year_assumed: false,
    }
}

const EVENT_002: &str = "có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi \
hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm 2025";

/// One deadline phrase of a seed and what it must mean.
struct Row {
    /// Index into [`SEEDS`].
    seed: usize,
    /// Line number in the seed.
    line: usize,
    phrase: &'static str,
    meaning: Timeframe,
    interval: Option<(NaiveDate, NaiveDate)>,
}

fn row(
    seed: usize,
    line: usize,
    phrase: &'static str,
    meaning: Timeframe,
    interval: Option<(NaiveDate, NaiveDate)>,
) -> Row {
    Row {
        seed,
        line,
        phrase,
        meaning,
        interval,
    }
}

fn table() -> Vec<Row> {
    let y2025 = Some((day(2025, 1, 1), day(2025, 12, 31)));
    let y2024 = Some((day(2024, 1, 1), day(2024, 12, 31)));
    let q1 = Some((day(2025, 1, 1), day(2025, 3, 31)));
    let q3 = Some((day(2025, 7, 1), day(2025, 9, 30)));
    vec![
        row(0, 112, "Trong năm 2025.", in_year(2025), y2025),
        row(0, 124, "Thường xuyên trong năm 2025.", ongoing(2025), y2025),
        row(0, 142, "Trong năm 2025.", in_year(2025), y2025),
        row(0, 153, "Thường xuyên trong năm 2025.", ongoing(2025), y2025),
        row(0, 225, "Thường xuyên trong năm 2025.", ongoing(2025), y2025),
        row(0, 252,
            "Quý II, III, IV năm 2025.",
            quarters(2025, &[2, 3, 4]),
            Some((day(2025, 4, 1), day(2025, 12, 31))),
        ),
        row(2, 35, "Quý I năm 2025.", quarters(2025, &[1]), q1),
        row(2, 43, "Thường xuyên trong năm.", ongoing(2025), y2025),
        row(2, 53,
            "Sau khi có Quyết định của Thủ tướng Chính phủ ban hành Kế hoạch theo dõi thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành năm 2025.",
            Timeframe::AfterEvent {
                event: EVENT_002.into(),
            },
            None,
        ),
        row(2, 63, "Quý I năm 2025.", quarters(2025, &[1]), q1),
        row(2, 75, "Thường xuyên trong năm.", ongoing(2025), y2025),
        row(2, 83, "Thường xuyên trong năm.", ongoing(2025), y2025),
        row(2, 89,
            "Quý III, quý IV năm 2025.",
            quarters(2025, &[3, 4]),
            Some((day(2025, 7, 1), day(2025, 12, 31))),
        ),
        row(2, 99,
            "Hoàn thành trước tháng 11 năm 2025.",
            Timeframe::ByMonth {
                year: Some(2025),
                month: 11,
                cutoff: Cutoff::Before,
            },
            Some((day(2025, 1, 1), day(2025, 10, 31))),
        ),
        row(2, 115,
            "trước ngày 03/12/2025.",
            before(day(2025, 12, 3)),
            Some((day(2025, 1, 1), day(2025, 12, 2))),
        ),
        row(2, 127,
            "trước ngày 03/12/2025.",
            before(day(2025, 12, 3)),
            Some((day(2025, 1, 1), day(2025, 12, 2))),
        ),
        row(3, 47,
            "Trong tháng 02 năm 2025.",
            Timeframe::InMonth {
                year: Some(2025),
                month: 2,
            },
            Some((day(2025, 2, 1), day(2025, 2, 28))),
        ),
        row(3, 57,
            "Quý II năm 2025.",
            quarters(2025, &[2]),
            Some((day(2025, 4, 1), day(2025, 6, 30))),
        ),
        row(3, 67, "Quý III năm 2025.", quarters(2025, &[3]), q3),
        row(3, 83, "Thường xuyên trong năm 2025.", ongoing(2025), y2025),
        row(3, 93, "Quý III năm 2025.", quarters(2025, &[3]), q3),
        row(3, 109,
            "chậm nhất **ngày 15/11/2025**",
            Timeframe::ByDate {
                date: day(2025, 11, 15),
                cutoff: Cutoff::NoLaterThan,
                year_assumed: false,
            },
            Some((day(2025, 1, 1), day(2025, 11, 15))),
        ),
        row(4, 75,
            "trước ngày 29/02/2024 (để tổng hợp, theo dõi).",
            before(day(2024, 2, 29)),
            Some((day(2024, 1, 1), day(2024, 2, 28))),
        ),
        row(4, 92, "Năm 2024.", in_year(2024), y2024),
        row(4, 107, "Năm 2024.", in_year(2024), y2024),
        row(4, 126, "Năm 2024.", in_year(2024), y2024),
        row(4, 144,
            "Quý II, III năm 2024.",
            quarters(2024, &[2, 3]),
            Some((day(2024, 4, 1), day(2024, 9, 30))),
        ),
        row(4, 169, "Năm 2024.", in_year(2024), y2024),
        row(4, 184, "Năm 2024.", in_year(2024), y2024),
        row(4, 205,
            "trước ngày 25/11/2024.",
            before(day(2024, 11, 25)),
            Some((day(2024, 1, 1), day(2024, 11, 24))),
        ),
    ]
}

/// The seed's text in NFC. Seed 000 carries acute and grave accents as
/// combining marks after a precomposed base ("tha\u{301}ng"); compose exactly those.
fn seed(index: usize) -> String {
    let name = SEEDS[index].0;
    let path = format!(
        "{}/../shared/corpus/seeds/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = compose_grave_and_acute(&raw);
    assert!(
        !text.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
        "{name} still has combining marks after composition"
    );
    text
}

fn compose_grave_and_acute(text: &str) -> String {
    const BASES: &str = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";
    const GRAVE: &str = "àằầèềìòồờùừỳÀẰẦÈỀÌÒỒỜÙỪỲ";
    const ACUTE: &str = "áắấéếíóốớúứýÁẮẤÉẾÍÓỐỚÚỨÝ";
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let table = match c {
            '\u{300}' => Some(GRAVE),
            '\u{301}' => Some(ACUTE),
            _ => None,
        };
        let composed = table.and_then(|table| {
            let base = out.chars().last()?;
            let index = BASES.chars().position(|b| b == base)?;
            table.chars().nth(index)
        });
        match composed {
            Some(composed) => {
                out.pop();
                out.push(composed);
            }
            None => out.push(c),
        }
    }
    out
}

/// The seed's deadline phrases as found by the labels and cut-off words, with line numbers.
fn phrases_in(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        let phrase = match after_label(line) {
            Some(rest) => cut_off_in(rest).map_or(rest, |at| &rest[at..]).to_string(),
            None => match cut_off_in(line) {
                Some(at) => cut_off_with_its_date(&line[at..]),
                None => continue,
            },
        };
        found.push((i + 1, phrase));
    }
    found
}

/// What follows "Thời gian …:" or "Thời hạn …:" (label words are letters only).
fn after_label(line: &str) -> Option<&str> {
    let start = line.find("Thời gian").or_else(|| line.find("Thời hạn"))?;
    let label = &line[start..];
    let colon = label.find(':')?;
    let words_only = label[..colon]
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ');
    words_only.then(|| label[colon + 1..].trim())
}

fn cut_off_in(text: &str) -> Option<usize> {
    text.find("trước ngày").or_else(|| text.find("chậm nhất"))
}

/// "trước ngày 03/12/2025." out of the sentence around it.
fn cut_off_with_its_date(text: &str) -> String {
    let (span, _) = find_dates(text)
        .into_iter()
        .next()
        .expect("a date after the cut-off");
    let tail = text[span.end..]
        .chars()
        .take_while(|c| matches!(c, '*' | '.'))
        .count();
    text[..span.end + tail].to_string()
}

#[test]
fn every_seed_phrase_is_in_the_table() {
    let table = table();
    let mut total = 0;
    for (index, (name, _)) in SEEDS.iter().enumerate() {
        let text = seed(index);
        let expected: Vec<(usize, String)> = table
            .iter()
            .filter(|row| row.seed == index)
            .map(|row| (row.line, row.phrase.to_string()))
            .collect();
        assert_eq!(phrases_in(&text), expected, "{name}");
        total += expected.len();
    }
    assert_eq!(total, 30);
}

#[test]
fn every_seed_phrase_means_what_it_says() {
    for Row {
        seed: index,
        line,
        phrase,
        meaning,
        interval,
    } in table()
    {
        let plan_year = Some(SEEDS[index].1);
        let parsed = parse_deadline(phrase, plan_year)
            .unwrap_or_else(|e| panic!("seed {index} line {line}: {phrase:?}: {e:?}"));
        assert_eq!(parsed, meaning, "seed {index} line {line}: {phrase:?}");
        assert_eq!(parsed.interval(), interval, "seed {index} line {line}");
    }
}

/// The label and an action before the cut-off ("Gửi về Sở Tư pháp") are skipped.
#[test]
fn whole_labelled_lines_read_the_same_as_their_phrase() {
    let mut checked = 0;
    for (index, (name, year)) in SEEDS.iter().enumerate() {
        let text = seed(index);
        for line in text.lines() {
            let Some(start) = line.find("Thời gian").or_else(|| line.find("Thời hạn")) else {
                continue;
            };
            let labelled = &line[start..];
            let Some(rest) = after_label(labelled) else {
                continue;
            };
            let phrase = cut_off_in(rest).map_or(rest, |at| &rest[at..]);
            assert_eq!(
                parse_deadline(labelled, Some(*year)),
                parse_deadline(phrase, Some(*year)),
                "{name}: {labelled:?}"
            );
            checked += 1;
        }
    }
    // 30 phrases, less the three cut-offs in duty text without a label.
    assert_eq!(checked, 27);
}

#[test]
fn seed_phrases_without_a_plan_year() {
    assert_eq!(
        parse_deadline("Thường xuyên trong năm.", None).unwrap(),
        Timeframe::Ongoing { year: None }
    );
    assert_eq!(
        parse_deadline("Thường xuyên trong năm.", None)
            .unwrap()
            .interval(),
        None
    );
    assert_eq!(
        parse_deadline("Quý III, quý IV năm 2025.", None)
            .unwrap()
            .interval(),
        Some((day(2025, 7, 1), day(2025, 12, 31)))
    );
}

/// Seed phrases with one number changed must fail, and point at the date.
#[test]
fn broken_seed_phrases_report_the_span() {
    let cases: [(&str, DeadlineErrorKind, &str); 7] = [
        (
            "trước ngày 29/02/2025 (để tổng hợp, theo dõi).",
            DeadlineErrorKind::InvalidDate(DateParts {
                day: 29,
                month: 2,
                year: 2025,
            }),
            "29/02/2025",
        ),
        (
            "chậm nhất **ngày 31/11/2025**",
            DeadlineErrorKind::InvalidDate(DateParts {
                day: 31,
                month: 11,
                year: 2025,
            }),
            "31/11/2025",
        ),
        (
            "trước ngày 31/04/2025.",
            DeadlineErrorKind::InvalidDate(DateParts {
                day: 31,
                month: 4,
                year: 2025,
            }),
            "31/04/2025",
        ),
        (
            "Thời gian: Gửi Sở Tư pháp trước ngày 00/01/2025.",
            DeadlineErrorKind::InvalidDate(DateParts {
                day: 0,
                month: 1,
                year: 2025,
            }),
            "00/01/2025",
        ),
        (
            "Trong tháng 13 năm 2025.",
            DeadlineErrorKind::NoSuchMonth(13),
            "13",
        ),
        (
            "Quý III, quý V năm 2025.",
            DeadlineErrorKind::NoSuchQuarter(5),
            "V",
        ),
        (
            "Hoàn thành trước tháng 11 năm 2025 hoặc sớm hơn.",
            DeadlineErrorKind::Unrecognised,
            "hoặc sớm hơn",
        ),
    ];
    for (text, kind, at) in cases {
        let err = parse_deadline(text, Some(2025)).unwrap_err();
        assert_eq!((&err.kind, &text[err.span.clone()]), (&kind, at), "{text}");
    }
}

/// Every seed phrase as an activity of a plan of its seed's year: the only
/// deadline on a closed day is Sóc Trăng's "chậm nhất ngày 15/11/2025", a
/// Saturday. Hà Nội's "trước ngày 25/11/2024" names a Monday (its last
/// allowed day is a Sunday, which a cut-off "before Monday" plainly means).
#[test]
fn seed_deadlines_on_weekends_and_holidays() {
    use kehoach::model::{Activity, Item, Plan, Section};
    use kehoach::reference::holidays::is_weekend;
    use kehoach::reference::Reference;
    use kehoach::{validate, Context};

    let holidays = &Reference::builtin().holidays;
    let mut closed = Vec::new();
    for row in table() {
        let named = match row.meaning {
            Timeframe::OnDate { date, .. } | Timeframe::ByDate { date, .. } => date,
            _ => continue,
        };
        if is_weekend(named) || holidays.holiday_on(named).is_some() {
            closed.push((row.seed, row.line, named));
        }
    }
    assert_eq!(closed, [(3, 109, day(2025, 11, 15))]);

    for (index, (name, year)) in SEEDS.iter().enumerate() {
        let items = table()
            .into_iter()
            .filter(|row| row.seed == index)
            .map(|row| Item {
                activity: Some(Activity {
                    lead: vec!["Sở Tư pháp".into()],
                    deadline: row.phrase.into(),
                    ..Activity::default()
                }),
                ..Item::default()
            })
            .collect();
        let plan = Plan {
            year: Some(*year),
            sections: vec![Section {
                items,
                ..Section::default()
            }],
            ..Plan::default()
        };
        let found: Vec<_> = validate(&plan, &Context::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "KH3005" || d.code == "KH3006")
            .map(|d| (d.code, d.message))
            .collect();
        if index == 3 {
            assert_eq!(found.len(), 1, "{name}: {found:?}");
            assert_eq!(found[0].0, "KH3005");
            assert!(found[0].1.contains("thứ Bảy (15/11/2025)"), "{found:?}");
        } else {
            assert!(found.is_empty(), "{name}: {found:?}");
        }
    }
}
