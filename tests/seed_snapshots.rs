//! Every seed plan, imported and checked: the diagnostics are a snapshot that
//! was reviewed by hand against the seed text (tests/fixtures/snapshots/).
//! A change in any rule that alters what a real plan reports shows up here.
//! `KEHOACH_UPDATE_SNAPSHOTS=1 cargo test --test seed_snapshots` rewrites them;
//! review the diff before committing.

use kehoach::import::import_text;
use kehoach::{validate, Context};
use std::fs;
use std::path::PathBuf;

const SEEDS: [&str; 5] = [
    "000_90aa8bab0da9471a",
    "001_ceb50716d9b96aa0",
    "002_383a8b1e79b9e5bb",
    "003_09e25ca88ebb10ff",
    "004_a9dbd5e3c790d69f",
];

fn snapshot_of(seed: &str) -> String {
    let path = format!(
        "{}/../shared/corpus/seeds/{seed}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let imported = import_text(&text);
    let report = validate(&imported.plan, &Context::default());
    let mut lines = Vec::new();
    for d in imported.diagnostics.iter().chain(&report.diagnostics) {
        lines.push(format!(
            "{} {} {} {}",
            d.severity.as_str(),
            d.code,
            d.path,
            d.message
        ));
    }
    lines.join("\n") + "\n"
}

#[test]
fn seed_diagnostics_match_the_reviewed_snapshots() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/snapshots");
    let update = std::env::var_os("KEHOACH_UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for seed in SEEDS {
        let path = dir.join(format!("{seed}.txt"));
        let current = snapshot_of(seed);
        let stored = fs::read_to_string(&path).unwrap_or_default();
        if current == stored {
            continue;
        }
        if update {
            fs::create_dir_all(&dir).unwrap();
            fs::write(&path, &current).unwrap();
        } else {
            stale.push(format!("{seed}:\n--- stored\n{stored}--- now\n{current}"));
        }
    }
    assert!(
        stale.is_empty(),
        "seed snapshots changed:\n{}",
        stale.join("\n")
    );
}

/// The real defects FACTS.md §6 lists for each seed, and the Sóc Trăng
/// Saturday deadline, must each be reported (code and words of the message).
#[test]
fn each_seed_reports_its_known_defects() {
    let expected: [(&str, &[(&str, &str)]); 5] = [
        (
            "000_90aa8bab0da9471a",
            &[
                ("KH6001", "\"dân dân\""),
                ("KH6002", "\"trong tâm\""),
                ("KH0103", "NFD"),
            ],
        ),
        (
            "001_ceb50716d9b96aa0",
            &[
                ("KH6006", "https://thuvienphapluat.vn/van-ban/linh-vuc-khac"),
                (
                    "KH6006",
                    "https://thuvienphapluat.vn/van-ban/bo-may-hanh-chinh",
                ),
            ],
        ),
        (
            "002_383a8b1e79b9e5bb",
            &[
                ("KH5007", "Số văn bản còn để trống"),
                ("KH5007", "ngày … tháng 01 năm 2025"),
            ],
        ),
        (
            "003_09e25ca88ebb10ff",
            &[
                ("KH6002", "\"Noi nhận\""),
                ("KH3005", "thứ Bảy (15/11/2025)"),
            ],
        ),
        (
            "004_a9dbd5e3c790d69f",
            &[
                ("KH0102", "nh\u{FFFD}n"),
                ("KH6003", "H\u{FFFD}ng"),
                ("KH6001", "\"lĩnh vực lĩnh vực\""),
            ],
        ),
    ];
    for (seed, defects) in expected {
        let snapshot = snapshot_of(seed);
        for (code, words) in defects {
            assert!(
                snapshot
                    .lines()
                    .any(|line| line.contains(&format!(" {code} ")) && line.contains(words)),
                "{seed}: {code} with {words:?} not reported in:\n{snapshot}"
            );
        }
    }
}
