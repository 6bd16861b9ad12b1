//! The plain-text assembler: its layout, and `import_text(assemble_text(p)) == p`
//! for the golden seed plans, the hand-written Lai Châu plan and generated plans.

use kehoach::assemble::assemble_text;
use kehoach::import::import_text;
use kehoach::model::{Item, PartialDate};
use kehoach::{from_json, Plan};

const GOLDEN: [&str; 5] = [
    include_str!("fixtures/import/000_90aa8bab0da9471a.json"),
    include_str!("fixtures/import/001_ceb50716d9b96aa0.json"),
    include_str!("fixtures/import/002_383a8b1e79b9e5bb.json"),
    include_str!("fixtures/import/003_09e25ca88ebb10ff.json"),
    include_str!("fixtures/import/004_a9dbd5e3c790d69f.json"),
];

const LAI_CHAU: &str = include_str!("fixtures/plans/lai-chau-2025.json");

fn golden_plans() -> Vec<Plan> {
    GOLDEN
        .iter()
        .map(|json| from_json(json).expect("golden plan reads"))
        .collect()
}

/// Asserts the round trip, naming the first line of JSON that differs.
fn assert_round_trip(plan: &Plan, name: &str) {
    let text = assemble_text(plan);
    let again = import_text(&text).plan;
    if &again != plan {
        let want = serde_json::to_string_pretty(plan).expect("serialises");
        let got = serde_json::to_string_pretty(&again).expect("serialises");
        let line = want
            .lines()
            .zip(got.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let window = |s: &str| {
            s.lines()
                .skip(line.saturating_sub(6))
                .take(10)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "{name}: round trip differs at JSON line {}:\n--- want ---\n{}\n--- got ---\n{}\n--- text ---\n{text}",
            line + 1,
            window(&want),
            window(&got)
        );
    }
}

#[test]
fn golden_seed_plans_survive_the_round_trip() {
    for (i, plan) in golden_plans().iter().enumerate() {
        assert_round_trip(plan, &format!("seed {i:03}"));
    }
}

#[test]
fn lai_chau_fixture_survives_the_round_trip() {
    assert_round_trip(
        &from_json(LAI_CHAU).expect("fixture reads"),
        "Lai Châu fixture",
    );
}

#[test]
fn lai_chau_in_the_official_layout() {
    let text = assemble_text(&from_json(LAI_CHAU).expect("fixture reads"));
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let at = |wanted: &str| {
        lines
            .iter()
            .position(|l| *l == wanted)
            .unwrap_or_else(|| panic!("no line {wanted:?} in\n{text}"))
    };
    let order = [
        at("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"),
        at("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        at("Số: /KH-UBND"),
        at("Lai Châu, ngày     tháng 01 năm 2025"),
        at("KẾ HOẠCH"),
        at("Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu"),
        at("I. MỤC ĐÍCH, YÊU CẦU"),
        at("1. Mục đích"),
        at("- Đơn vị chủ trì: Các Sở, ban, ngành tỉnh; UBND cấp huyện; cấp xã"),
        at("- Thời gian thực hiện: Quý I năm 2025"),
        at("3.1. Lĩnh vực trọng tâm của tỉnh"),
        at("đ) Các cơ quan thông tin đại chúng cung cấp ý kiến phản ánh của dư luận xã hội về tình hình thi hành pháp luật."),
        at("Nơi nhận:"),
        at("- Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL);"),
        at("- Lưu: VT, Th5."),
        at("TM. ỦY BAN NHÂN DÂN"),
        at("PHÓ CHỦ TỊCH"),
        at("Tổng Thanh Hải"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // "1. Mục đích" has no final stop and a paragraph follows: a hard break keeps them apart.
    assert!(text.contains("1. Mục đích  \n"));
}

/// A deterministic pseudo-random source (xorshift), so a failing plan reproduces.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

const ISSUERS: &[(&str, &str)] = &[
    ("", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"),
    ("UBND TỈNH TÂY NINH", "VĂN PHÒNG"),
    ("", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"),
    ("", ""),
];

const SYMBOLS: &[&str] = &["KH-UBND", "KH-VP", "KH-STP"];

const PLACES: &[&str] = &["Lai Châu", "Tây Ninh", "Hà Nội", "Sóc Trăng", "Kon Tum", ""];

const DEADLINES: &[&str] = &[
    "Quý I năm 2025",
    "Thường xuyên trong năm",
    "Trước ngày 15/11/2025",
    "Quý III, quý IV năm 2025",
    "Hoàn thành trước tháng 11 năm 2025",
    "Trong tháng 02 năm 2025",
];

/// Paragraphs that exercise the hard breaks: no final stop, or a lower-case start.
const LOOSE_PARAGRAPHS: &[&str] = &[
    "Xem thêm tài liệu hướng dẫn của Bộ Tư pháp",
    "kèm theo các biểu mẫu thống kê.",
    "Danh mục văn bản quy phạm pháp luật có liên quan",
];

/// A varied plan assembled from parts of the golden seed plans, which are all
/// in the form the importer produces.
fn generated_plan(dice: &mut Dice, sources: &[Plan]) -> Plan {
    let base = dice.pick(sources).clone();
    let mut plan = Plan {
        profile: base.profile,
        title: base.title.clone(),
        year: base.year,
        preamble: base.preamble.clone(),
        legal_bases: base.legal_bases.clone(),
        parent_plan: base.parent_plan.clone(),
        footnotes: base.footnotes.clone(),
        ..Plan::default()
    };
    let (parent, name) = *dice.pick(ISSUERS);
    plan.issuer.parent = parent.to_string();
    plan.issuer.name = name.to_string();
    if dice.chance(70) {
        plan.number.symbol = dice.pick(SYMBOLS).to_string();
        if dice.chance(50) {
            plan.number.number = (1 + dice.below(300)).to_string();
        }
    }
    plan.place = dice.pick(PLACES).to_string();
    if dice.chance(80) {
        let part =
            |dice: &mut Dice, max: usize| (dice.chance(75)).then(|| 1 + dice.below(max) as u32);
        plan.date = PartialDate {
            day: part(dice, 28),
            month: part(dice, 12),
            year: dice.chance(80).then_some(2025),
        };
    }
    let sections = 1 + dice.below(5);
    for _ in 0..sections {
        let source = dice.pick(sources);
        let mut section = dice.pick(&source.sections).clone();
        section.items.retain(|_| dice.chance(80));
        for item in &mut section.items {
            vary_item(item, dice);
        }
        plan.sections.push(section);
    }
    for (i, section) in plan.sections.iter_mut().enumerate() {
        section.label = ["I", "II", "III", "IV", "V"][i].to_string();
    }
    let closings: Vec<&Plan> = sources.iter().filter(|p| !p.closing.is_empty()).collect();
    if dice.chance(60) {
        plan.closing = dice.pick(&closings).closing.clone();
    }
    let signer = dice.pick(sources);
    plan.recipients = signer
        .recipients
        .iter()
        .filter(|_| dice.chance(70))
        .cloned()
        .collect();
    plan.signature = signer.signature.clone();
    plan
}

fn vary_item(item: &mut Item, dice: &mut Dice) {
    // Only the end of the plan follows the end mark "./.".
    let ends_plan = item.heading.ends_with("./.");
    if dice.chance(20) && !ends_plan {
        item.paragraphs
            .push(dice.pick(LOOSE_PARAGRAPHS).to_string());
    }
    if let Some(activity) = &mut item.activity {
        if dice.chance(30) {
            activity.deadline = dice.pick(DEADLINES).to_string();
        }
        if dice.chance(20) {
            activity.partners.clear();
        }
    }
    item.items.retain(|_| dice.chance(85));
    for child in &mut item.items {
        vary_item(child, dice);
    }
}

#[test]
fn generated_plans_survive_the_round_trip() {
    let sources = golden_plans();
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    for n in 0..200 {
        let plan = generated_plan(&mut dice, &sources);
        assert_round_trip(&plan, &format!("generated plan {n}"));
    }
}
