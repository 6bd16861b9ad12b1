//! The deadline rules (KH3003–KH3009) on the five seed plans as the importer
//! reads them. The only finding is the Sóc Trăng seed's "chậm nhất ngày
//! 15/11/2025", a Saturday, in the reporting part of the plan. The others are
//! silent for good reasons: the seeds carry no complete date (KH3004, KH3009),
//! every deadline parses with its year, their report dates come before the
//! upward report (Lai Châu: 03/12 against 10/12 of the old regime), and Hà
//! Nội's "trước ngày 25/11/2024" names a Monday.

use kehoach::import::import_text;
use kehoach::{validate, Context};

const SEEDS: [&str; 5] = [
    "000_90aa8bab0da9471a",
    "001_ceb50716d9b96aa0",
    "002_383a8b1e79b9e5bb",
    "003_09e25ca88ebb10ff",
    "004_a9dbd5e3c790d69f",
];

fn deadline_findings(id: &str) -> Vec<(String, String, String)> {
    let path = format!(
        "{}/../shared/corpus/seeds/{id}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let plan = import_text(&text).plan;
    validate(&plan, &Context::default())
        .diagnostics
        .into_iter()
        .filter(|d| d.code.starts_with("KH3") && d.code.as_str() >= "KH3003")
        .map(|d| (d.code, d.path, d.message))
        .collect()
}

#[test]
fn only_the_soc_trang_saturday_is_reported() {
    for id in SEEDS {
        let found = deadline_findings(id);
        if id.starts_with("003") {
            assert_eq!(found.len(), 1, "{id}: {found:?}");
            let (code, path, message) = &found[0];
            assert_eq!(code, "KH3005");
            assert_eq!(path, "/sections/3/items/2/heading");
            assert_eq!(
                message,
                "Thời hạn \"chậm nhất ngày 15/11/2025\" rơi vào thứ Bảy (15/11/2025), ngày nghỉ cuối tuần."
            );
        } else {
            assert!(found.is_empty(), "{id}: {found:?}");
        }
    }
}
