//! Every citation in the five seed plans, found in the whole text and checked
//! part by part; the preambles of seeds 000, 002 and 001 checked in detail.
//!
//! Counted by hand (numbered citations plus laws cited by name):
//! 000: 31, 001: 13, 002: 7, 003: 15, 004: 18.
//! Not citations, and not counted: mentions that name no document, such as
//! "Quyết định của Thủ tướng Chính phủ về việc ban hành Kế hoạch …" (000, 002,
//! 003, 004), "Nghị quyết của Chính phủ về những nhiệm vụ …" (001, 002),
//! "Kế hoạch này", and the URLs pasted into 001.

use kehoach::cite::DocKind::{Circular, Decision, Decree, Law, Plan, Submission};
use kehoach::cite::{find_citations, parse_citation, DocKind, ParsedCitation};
use std::ops::Range;

/// Reads a seed plan in NFC. Seed 000 stores some accents decomposed (NFD);
/// the only sequences it uses are composed here, and the check below fails if
/// the seed ever holds others.
fn seed(file: &str) -> String {
    let path = format!(
        "{}/../shared/corpus/seeds/{file}",
        env!("CARGO_MANIFEST_DIR")
    );
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let text = raw.replace("a\u{301}", "á").replace("ô\u{300}", "ồ");
    assert!(
        !text.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
        "{file} holds a decomposed accent the test helper does not compose"
    );
    text
}

/// What a citation must parse to.
struct Want {
    kind: DocKind,
    number: &'static str,
    date: Option<(u32, u32, i32)>,
    issuer: &'static str,
    subject_start: &'static str,
}

fn want(
    kind: DocKind,
    number: &'static str,
    date: Option<(u32, u32, i32)>,
    issuer: &'static str,
    subject_start: &'static str,
) -> Want {
    Want {
        kind,
        number,
        date,
        issuer,
        subject_start,
    }
}

fn check(at: &str, got: &ParsedCitation, want: &Want) {
    assert_eq!(got.kind, want.kind, "{at}: kind");
    let parts: Vec<&str> = want.number.split('/').collect();
    match (got.number.as_ref(), parts.as_slice()) {
        (None, [""]) => {}
        (Some(n), [number, year, symbol]) => {
            assert_eq!(n.number, *number, "{at}: number");
            assert_eq!(
                n.year.map(|y| y.to_string()).as_deref(),
                Some(*year),
                "{at}: year"
            );
            assert_eq!(n.symbol, *symbol, "{at}: symbol");
        }
        (Some(n), [number, symbol]) => {
            assert_eq!(n.number, *number, "{at}: number");
            assert_eq!(n.year, None, "{at}: year");
            assert_eq!(n.symbol, *symbol, "{at}: symbol");
        }
        (got, _) => panic!("{at}: number {got:?}, want {}", want.number),
    }
    assert_eq!(
        got.date.map(|d| (d.day, d.month, d.year)),
        want.date,
        "{at}: date"
    );
    assert_eq!(got.issuer, want.issuer, "{at}: issuer");
    if want.subject_start.is_empty() {
        assert_eq!(got.subject, "", "{at}: subject");
    } else {
        assert!(
            got.subject.starts_with(want.subject_start),
            "{at}: subject {:?} should start with {:?}",
            got.subject,
            want.subject_start
        );
    }
}

fn check_seed(file: &str, wants: &[Want]) {
    let text = seed(file);
    let found = find_citations(&text);
    let listed: Vec<String> = found
        .iter()
        .map(|(span, _)| {
            text[span.clone()]
                .split_whitespace()
                .take(6)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(found.len(), wants.len(), "{file}: found {listed:#?}");
    for (i, ((_, got), want)) in found.iter().zip(wants).enumerate() {
        check(&format!("{file} #{i} ({})", listed[i]), got, want);
    }
}

/// The paragraph from `start` to the end of `end`, as it stands in the seed.
fn paragraph(text: &str, start: &str, end: &str) -> String {
    let from = text.find(start).expect("paragraph start");
    let to = from + text[from..].find(end).expect("paragraph end") + end.len();
    text[from..to].to_string()
}

/// Citations not inside an earlier citation's span: the legal bases themselves.
fn top_level(found: &[(Range<usize>, ParsedCitation)]) -> Vec<&ParsedCitation> {
    let mut outer_end = 0;
    let mut out = Vec::new();
    for (span, citation) in found {
        if span.start >= outer_end {
            out.push(citation);
        }
        outer_end = outer_end.max(span.end);
    }
    out
}

fn numbers(found: &[(Range<usize>, ParsedCitation)]) -> Vec<String> {
    found
        .iter()
        .map(|(_, c)| {
            c.number
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default()
        })
        .collect()
}

/// Seed 000 (Kon Tum 2025): 31 citations, counted by hand.
#[test]
fn every_citation_in_seed_000() {
    check_seed(
        "000_90aa8bab0da9471a.txt",
        &[
            // Preamble: 59/2012, 32/2020 and, inside its subject, 59/2012 again.
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "về sửa đổi, bổ sung",
            ),
            want(Decree, "59/2012/NĐ-CP", Some((23, 7, 2012)), "", ""),
            // I.1 Mục đích: each document in full, then "(viết tắt là …)" short forms.
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "Chính phủ", ""),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "về sửa đổi, bổ sung",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "Chính phủ", ""),
            want(Decree, "32/2020/NĐ-CP", None, "Chính phủ", ""),
            want(
                Circular,
                "04/2021/TT-BTP",
                Some((21, 6, 2021)),
                "Bộ trưởng Bộ Tư pháp",
                "hướng dẫn thi hành Nghị",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "Chính phủ", ""),
            want(Circular, "04/2021/TT-BTP", None, "Bộ trưởng Bộ Tư pháp", ""),
            want(
                Circular,
                "08/2024/TT-BTP",
                Some((15, 8, 2024)),
                "Bộ Tư pháp",
                "quy định chi tiết việc",
            ),
            want(Circular, "08/2024/TT-BTP", None, "Bộ Tư pháp", ""),
            // I.2 Yêu cầu.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "Chính phủ", ""),
            // Footnote (1) to the preamble.
            want(
                Submission,
                "12/TTr-STP",
                Some((15, 1, 2025)),
                "Sở Tư pháp",
                "",
            ),
            // Page 2: the Quy chế adopted by a Quyết định of the province.
            want(
                Decision,
                "30/2021/QĐ-UBND",
                Some((29, 9, 2021)),
                "Ủy ban nhân dân tỉnh",
                "",
            ),
            // II.2.a Lĩnh vực khác.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "Chính phủ", ""),
            want(Circular, "04/2021/TT-BTP", None, "Bộ trưởng Bộ Tư pháp", ""),
            want(Circular, "08/2024/TT-BTP", None, "Bộ Tư pháp", ""),
            // II.2.b Nội dung theo dõi.
            want(Decree, "59/2012/NĐ-CP", None, "Chính phủ", ""),
            want(Decree, "32/2020/NĐ-CP", None, "Chính phủ", ""),
            want(Circular, "08/2024/TT-BTP", None, "Bộ trưởng Bộ Tư pháp", ""),
            // II.2.c Thu thập, xử lý thông tin.
            want(Decree, "59/2012/NĐ-CP", None, "Chính phủ", ""),
            want(Decree, "32/2020/NĐ-CP", None, "Chính phủ", ""),
            want(Circular, "04/2021/TT-BTP", None, "Bộ trưởng Bộ Tư pháp", ""),
            // II.2.c Xử lý kết quả.
            want(Decree, "59/2012/NĐ-CP", None, "Chính phủ", ""),
            want(Decree, "32/2020/NĐ-CP", None, "Chính phủ", ""),
            want(Circular, "04/2021/TT-BTP", None, "Bộ trưởng Bộ Tư pháp", ""),
        ],
    );
}

/// Seed 001 (VP UBND Tây Ninh 2024): 13 citations, counted by hand.
#[test]
fn every_citation_in_seed_001() {
    check_seed(
        "001_ceb50716d9b96aa0.txt",
        &[
            // Preamble: the parent plan.
            want(
                Plan,
                "148/KH-UBND",
                Some((15, 1, 2024)),
                "Chủ tịch Ủy ban nhân dân tỉnh",
                "ban hành Kế hoạch theo",
            ),
            // II.1.1.b Nội dung theo dõi.
            want(Decree, "59/2012/NĐ-CP", Some((23, 7, 2012)), "", ""),
            want(Decree, "32/2020/NĐ-CP", Some((5, 3, 2020)), "Chính phủ", ""),
            want(Circular, "14/2014/TT-BTP", Some((15, 5, 2014)), "", ""),
            want(
                Circular,
                "04/2021/TT-BTP",
                Some((21, 6, 2021)),
                "Bộ trưởng Bộ Tư pháp",
                "",
            ),
            // II.1.3.a: a law cited by name.
            want(Law, "", None, "", "Phòng chống tham nhũng"),
            // II.2.a Xử lý thông tin.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // II.3 Tập huấn: full citations, nested ones inside subjects.
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "sửa đổi, bổ sung một",
            ),
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi thi hành",
            ),
            want(
                Circular,
                "14/2014/TT-BTP",
                Some((15, 5, 2014)),
                "Bộ Trưởng Bộ Tư pháp",
                "quy định chi tiết thi",
            ),
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
        ],
    );
}

/// Seed 002 (Lai Châu 2025): 7 citations, counted by hand.
#[test]
fn every_citation_in_seed_002() {
    check_seed(
        "002_383a8b1e79b9e5bb.txt",
        &[
            // Preamble only: three legal bases and four documents named inside their subjects.
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "về sửa đổi, bổ sung",
            ),
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "",
            ),
            want(
                Circular,
                "04/2021/TT-BTP",
                Some((21, 6, 2021)),
                "Bộ Tư pháp",
                "về hướng dẫn thi hành",
            ),
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "",
                "về theo dõi tình hình",
            ),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "về sửa đổi, bổ sung",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
        ],
    );
}

/// Seed 003 (Sóc Trăng 2025): 15 citations, counted by hand.
#[test]
fn every_citation_in_seed_003() {
    check_seed(
        "003_09e25ca88ebb10ff.txt",
        &[
            // Preamble: 59/2012, 32/2020 with 59/2012 inside its subject, then "(sau đây gọi tắt là …)".
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "sửa đổi, bổ sung một",
            ),
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "",
            ),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // I.1 Mục đích.
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // I.2 Yêu cầu.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // II.2.4 Xử lý kết quả ("Nghị định 59/2012/NĐ-CP" without "số").
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // IV.1 Chế độ báo cáo: Thông tư 04/2021 with two decrees in its subject, then Thông tư 08/2024.
            want(
                Circular,
                "04/2021/TT-BTP",
                Some((21, 6, 2021)),
                "Bộ trưởng Bộ Tư pháp",
                "hướng dẫn thi hành Nghị",
            ),
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "sửa đổi, bổ sung một",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(
                Circular,
                "08/2024/TT-BTP",
                Some((15, 8, 2024)),
                "Bộ trưởng Bộ Tư pháp",
                "quy định chi tiết việc",
            ),
        ],
    );
}

/// Seed 004 (Hà Nội 2024): 18 citations, counted by hand.
#[test]
fn every_citation_in_seed_004() {
    check_seed(
        "004_a9dbd5e3c790d69f.txt",
        &[
            // Preamble: four legal bases with the documents named in their subjects.
            want(
                Decree,
                "59/2012/NĐ-CP",
                Some((23, 7, 2012)),
                "Chính phủ",
                "về theo dõi tình hình",
            ),
            want(
                Decree,
                "32/2020/NĐ-CP",
                Some((5, 3, 2020)),
                "Chính phủ",
                "sửa đổi, bổ sung một",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(
                Circular,
                "14/2014/TT-BTP",
                Some((15, 5, 2014)),
                "Bộ trưởng Bộ Tư pháp",
                "quy định chi tiết thi",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(
                Circular,
                "04/2021/TT-BTP",
                Some((21, 6, 2021)),
                "Bộ trưởng Bộ Tư pháp",
                "hướng dẫn thi hành Nghị",
            ),
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // II.2 Sở, ban, ngành.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // II.3 UBND quận, huyện (the number is wrapped inside its symbol: "NĐ- \nCP").
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // III.3 Xử lý thông tin.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
            // III.4 Điều tra, khảo sát.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Circular, "04/2021/TT-BTP", None, "", ""),
            // III.5 Xử lý kết quả.
            want(Decree, "59/2012/NĐ-CP", None, "", ""),
            want(Decree, "32/2020/NĐ-CP", None, "", ""),
        ],
    );
}

#[test]
fn preamble_of_seed_000() {
    let text = seed("000_90aa8bab0da9471a.txt");
    let preamble = paragraph(&text, "Triển khai Nghị định", "cụ thể như sau:");
    let found = find_citations(&preamble);
    assert_eq!(
        numbers(&found),
        ["59/2012/NĐ-CP", "32/2020/NĐ-CP", "59/2012/NĐ-CP"]
    );
    let bases: Vec<_> = top_level(&found).iter().map(|c| c.to_model()).collect();
    assert_eq!(bases.len(), 2);
    assert_eq!(bases[0].kind, "Nghị định");
    assert_eq!(bases[0].number, "59/2012/NĐ-CP");
    assert_eq!(bases[0].date, "23 tháng 7 năm 2012");
    assert_eq!(bases[0].issuer, "Chính phủ");
    assert_eq!(bases[0].subject, "về theo dõi tình hình thi hành pháp luật");
    assert_eq!(bases[1].date, "05 tháng 3 năm 2020");
    assert_eq!(
        bases[1].subject,
        "về sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012"
    );
    // The wrapped first citation spans two lines and ends before the ";".
    let first = &preamble[found[0].0.clone()];
    assert!(first.starts_with("Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của"));
    assert!(first.ends_with("về theo dõi tình hình thi hành pháp luật"));
}

#[test]
fn preamble_of_seed_002() {
    let text = seed("002_383a8b1e79b9e5bb.txt");
    let preamble = paragraph(&text, "Thực hiện Nghị định", "như sau:");
    let found = find_citations(&preamble);
    assert_eq!(
        numbers(&found),
        [
            "59/2012/NĐ-CP",
            "32/2020/NĐ-CP",
            "59/2012/NĐ-CP",
            "04/2021/TT-BTP",
            "59/2012/NĐ-CP",
            "32/2020/NĐ-CP",
            "59/2012/NĐ-CP"
        ]
    );
    let bases = top_level(&found);
    assert_eq!(bases.len(), 3);
    assert_eq!(bases[2].issuer, "Bộ Tư pháp");
    // The subject of the circular runs to the comma before "Ủy ban nhân dân tỉnh
    // Lai Châu ban hành Kế hoạch …" and keeps both decrees it guides.
    assert_eq!(
        bases[2].subject,
        "về hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 về theo dõi tình hình thi hành pháp luật và Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định số 59/2012/NĐ-CP"
    );
    // Inside that subject, the first decree's own subject stops before "và Nghị định …".
    assert_eq!(
        found[4].1.subject,
        "về theo dõi tình hình thi hành pháp luật"
    );
    assert_eq!(found[4].1.issuer, "");
}

#[test]
fn preamble_of_seed_001_cites_the_parent_plan() {
    let text = seed("001_ceb50716d9b96aa0.txt");
    let preamble = paragraph(&text, "Thực hiện Kế hoạch", "như sau:");
    let found = find_citations(&preamble);
    assert_eq!(found.len(), 1);
    let parent = found[0].1.to_model();
    assert_eq!(parent.kind, "Kế hoạch");
    assert_eq!(parent.number, "148/KH-UBND");
    assert_eq!(parent.date, "15/01/2024");
    assert_eq!(parent.issuer, "Chủ tịch Ủy ban nhân dân tỉnh");
    assert_eq!(
        parent.subject,
        "ban hành Kế hoạch theo dõi tình hình thi hành pháp luật năm 2024 trên địa bàn tỉnh Tây Ninh"
    );
}

#[test]
fn single_phrases_from_the_seeds() {
    let c = parse_citation("Tờ trình số 12/TTr-STP ngày 15 tháng 01 năm 2025 của Sở Tư pháp.")
        .expect("Tờ trình");
    assert_eq!(c.kind, Submission);
    assert_eq!(c.to_model().number, "12/TTr-STP");
    assert_eq!(c.date_text, "15 tháng 01 năm 2025");
    assert_eq!(c.issuer, "Sở Tư pháp");

    let c = parse_citation(
        "Thông tư số 04/2021/TT-BTP ngày 21 \n\ntháng 6 năm 2021 của Bộ trưởng Bộ Tư pháp hướng dẫn thi hành Nghị định số \n\n59/2012/NĐ-CP",
    )
    .expect("Thông tư");
    assert_eq!(c.date_text, "21 tháng 6 năm 2021");
    assert_eq!(c.subject, "hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP");

    let c = parse_citation("Nghị định 59/2012/NĐ-CP, khoản 5 Điều 1").expect("without số");
    assert_eq!(c.to_model().number, "59/2012/NĐ-CP");
    assert_eq!((c.issuer.as_str(), c.subject.as_str()), ("", ""));
}

#[test]
fn mentions_that_name_no_document() {
    for phrase in [
        "Thực hiện theo Quyết định của Thủ tướng Chính phủ về việc ban hành Kế hoạch theo dõi tình hình thi hành pháp luật",
        "Được xác định theo Nghị quyết của Chính phủ về những nhiệm vụ, giải pháp chủ yếu",
        "Kế hoạch theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm liên ngành năm 2024 của Thủ tướng Chính phủ",
        "Hội Luật gia tỉnh, Đoàn Luật sư tỉnh",
        "Số: /KH-UBND",
        "theo thời hạn tại Mục III.6 Kế hoạch này.",
        "https://thuvienphapluat.vn/van-ban/linh-vuc-khac/nghi-dinh-59-2012-nd-cp-theo-doi-tinh-hinh-thi-hanh-phap-luat-144158.aspx",
    ] {
        assert!(find_citations(phrase).is_empty(), "{phrase}");
    }
}
