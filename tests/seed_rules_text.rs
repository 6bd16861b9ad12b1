//! Text rules against the five seed plans, each read as one paragraph of a
//! plan of its year: they report exactly the real defects of FACTS.md §6 and
//! nothing on the rest of the text.

use kehoach::model::Section;
use kehoach::{validate, Context, Plan};

fn seed(name: &str) -> String {
    let path = format!(
        "{}/../shared/corpus/seeds/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// (code, the text each finding's range covers) for the text rules.
fn text_findings(text: &str, year: i32) -> Vec<(String, String)> {
    let plan = Plan {
        year: Some(year),
        sections: vec![Section {
            paragraphs: vec![text.to_string()],
            ..Section::default()
        }],
        ..Plan::default()
    };
    let units: Vec<u16> = text.encode_utf16().collect();
    validate(&plan, &Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with("KH6"))
        .map(|d| {
            let range = d.range.expect("text findings have a range");
            let covered =
                String::from_utf16_lossy(&units[range.start as usize..range.end as usize]);
            (d.code, covered)
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, t)| (c.to_string(), t.to_string()))
        .collect()
}

#[test]
fn seed_000_decomposed_then_repeated_word_and_misspelling() {
    let raw = seed("000_90aa8bab0da9471a");
    let found = text_findings(&raw, 2025);
    assert_eq!(found.iter().filter(|(c, _)| c == "KH6004").count(), 1);
    let composed = kehoach::text::to_nfc(&raw).into_owned();
    assert_eq!(
        text_findings(&composed, 2025),
        pairs(&[("KH6001", "dân"), ("KH6002", "trong tâm")])
    );
}

#[test]
fn seed_001_urls_but_not_its_past_period() {
    let found = text_findings(&seed("001_ceb50716d9b96aa0"), 2024);
    let codes: Vec<_> = found.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["KH6006", "KH6006"]);
    assert!(found[0]
        .1
        .starts_with("https://thuvienphapluat.vn/van-ban/linh-vuc-khac/nghi-dinh-59-2012"));
    assert!(found[1].1.ends_with("-231325.aspx"));
}

#[test]
fn seed_002_is_clean() {
    assert_eq!(text_findings(&seed("002_383a8b1e79b9e5bb"), 2025), []);
}

#[test]
fn seed_003_noi_nhan() {
    assert_eq!(
        text_findings(&seed("003_09e25ca88ebb10ff"), 2025),
        pairs(&[("KH6002", "Noi nhận")])
    );
}

#[test]
fn seed_004_broken_characters_and_a_repeated_phrase() {
    assert_eq!(
        text_findings(&seed("004_a9dbd5e3c790d69f"), 2024),
        pairs(&[
            ("KH6001", "lĩnh vực"),
            ("KH6003", "\u{fffd}"),
            ("KH6003", "\u{fffd}")
        ])
    );
}
