//! Agency names as the five seed plans write them, resolved through the
//! built-in table: every lead/partner field, abbreviations, both tone-mark
//! styles, decomposed Unicode, groups, list splitting and dates.

use chrono::NaiveDate;
use kehoach::agency::{resolve, same_agency, split_list, Resolution};
use kehoach::reference::agencies::Status;
use kehoach::reference::Reference;
use kehoach::text::{fold_key, to_nfc};

macro_rules! seed {
    ($file:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpus/seeds/",
            $file
        ))
    };
}

const SEEDS: [&str; 5] = [
    seed!("000_90aa8bab0da9471a.txt"),
    seed!("001_ceb50716d9b96aa0.txt"),
    seed!("002_383a8b1e79b9e5bb.txt"),
    seed!("003_09e25ca88ebb10ff.txt"),
    seed!("004_a9dbd5e3c790d69f.txt"),
];

/// The labels that introduce a lead or partner field. Seed 004 writes
/// "Cơ quan, đơn vị thực hiện:", which contains "đơn vị thực hiện:".
const LABELS: [&str; 6] = [
    "đơn vị chủ trì:",
    "cơ quan chủ trì:",
    "cơ quan thực hiện:",
    "đơn vị thực hiện:",
    "đơn vị phối hợp:",
    "cơ quan phối hợp:",
];

/// What a name must resolve to.
#[derive(Clone, Copy, Debug)]
enum Want {
    Agency(&'static str),
    Group(&'static str),
    /// A group written with "(có) liên quan".
    Concerned(&'static str),
    Unknown,
}
use Want::{Agency, Concerned, Group, Unknown};

/// One labelled field of a seed: its agency text (`parts`, verbatim; a field
/// that goes on in prose is cut before the verb, and "X chủ trì, phối hợp với
/// Y" is cut into X and Y) and what each name in it resolves to.
struct Field {
    seed: usize,
    parts: &'static [&'static str],
    want: &'static [Want],
}

const STP: Want = Agency("so-tu-phap");
const CQCM: Want = Group("co-quan-chuyen-mon-ubnd-tinh");
const SBN: Want = Group("so-ban-nganh-tinh");
const HUYEN: Want = Group("ubnd-cap-huyen");
const XA: Want = Group("ubnd-cap-xa");
const LIEN_QUAN: Want = Group("co-quan-don-vi-lien-quan");

/// Hand-collected: 33 labelled fields (000: 9, 001: 0, 002: 10, 003: 8, 004: 6).
const FIELDS: [Field; 33] = [
    // 000 Kon Tum 2025
    Field { seed: 0, parts: &["Sở Tư pháp."], want: &[STP] },
    Field {
        seed: 0,
        parts: &["Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân các huyện, thành phố."],
        want: &[CQCM, HUYEN],
    },
    Field { seed: 0, parts: &["Sở Tư pháp."], want: &[STP] },
    Field {
        seed: 0,
        parts: &["Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện, thành phố và các cơ quan liên quan."],
        want: &[CQCM, HUYEN, LIEN_QUAN],
    },
    Field {
        seed: 0,
        parts: &["Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân các huyện, thành phố."],
        want: &[CQCM, HUYEN],
    },
    Field { seed: 0, parts: &["Sở Tư pháp."], want: &[STP] },
    Field { seed: 0, parts: &["Sở Tư pháp."], want: &[STP] },
    Field {
        seed: 0,
        parts: &["Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện, thành phố và các cơ quan liên quan."],
        want: &[CQCM, HUYEN, LIEN_QUAN],
    },
    Field {
        seed: 0,
        parts: &["Sở Tư pháp và các đơn vị, địa phương liên quan."],
        want: &[STP, LIEN_QUAN],
    },
    // 002 Lai Châu 2025
    Field {
        seed: 2,
        parts: &["Các Sở, ban, ngành tỉnh, UBND cấp huyện, cấp xã."],
        want: &[SBN, HUYEN, XA],
    },
    Field {
        seed: 2,
        parts: &["Các cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố."],
        want: &[CQCM, HUYEN],
    },
    Field { seed: 2, parts: &["Sở Tư pháp"], want: &[STP] },
    Field {
        seed: 2,
        parts: &["Các cơ quan chuyên môn thuộc UBND tỉnh; UBND các huyện, thành phố."],
        want: &[CQCM, HUYEN],
    },
    Field {
        seed: 2,
        parts: &["Các Sở, ban, ngành tỉnh; UBND các huyện, thành phố."],
        want: &[SBN, HUYEN],
    },
    // "… làm đầu mối tổng hợp …"
    Field { seed: 2, parts: &["Sở Tư pháp"], want: &[STP] },
    // "… có trách nhiệm kiểm tra …"
    Field { seed: 2, parts: &["Các cơ quan chuyên môn thuộc UBND tỉnh"], want: &[CQCM] },
    // "… căn cứ vào lĩnh vực trọng tâm …"
    Field { seed: 2, parts: &["Sở Tư pháp"], want: &[STP] },
    Field { seed: 2, parts: &["Sở Tư pháp."], want: &[STP] },
    Field {
        seed: 2,
        parts: &["Các Sở, ban, ngành tỉnh; UBND các huyện, thành phố và các tổ chức, cá nhân có liên quan"],
        want: &[SBN, HUYEN, Group("to-chuc-ca-nhan-lien-quan")],
    },
    // 003 Sóc Trăng 2025
    // The label stands alone; the agencies head the two bullets under it.
    Field {
        seed: 3,
        parts: &["Các Sở, ngành", "Ủy ban nhân dân cấp huyện"],
        want: &[SBN, HUYEN],
    },
    // "Sở Tư pháp chủ trì, phối hợp với các Sở, ngành có liên quan."
    Field {
        seed: 3,
        parts: &["Sở Tư pháp", "các Sở, ngành có liên quan."],
        want: &[STP, Concerned("so-ban-nganh-tinh")],
    },
    // A group narrowed by a description: not a name the table can know.
    Field {
        seed: 3,
        parts: &["Các Sở, ngành phụ trách tham mưu trong lĩnh vực trọng tâm, liên ngành và các cơ quan, tổ chức có liên quan."],
        want: &[Unknown, LIEN_QUAN],
    },
    Field {
        seed: 3,
        parts: &["Các Sở, ngành, Ủy ban nhân dân cấp huyện và các cơ quan, tổ chức có liên quan."],
        want: &[SBN, HUYEN, LIEN_QUAN],
    },
    Field { seed: 3, parts: &["Sở Tư pháp."], want: &[STP] },
    Field {
        seed: 3,
        parts: &["Các Sở, ngành có liên quan, Ủy ban nhân dân cấp huyện, cấp xã."],
        want: &[Concerned("so-ban-nganh-tinh"), HUYEN, XA],
    },
    // "… tổng hợp, xây dựng báo cáo …"
    Field { seed: 3, parts: &["Sở Tư pháp"], want: &[STP] },
    // "… thực hiện chế độ báo cáo …"
    Field {
        seed: 3,
        parts: &["Các Sở, ngành, Ủy ban nhân dân cấp huyện"],
        want: &[SBN, HUYEN],
    },
    // 004 Hà Nội 2024
    Field {
        seed: 4,
        parts: &["Sở, ban, ngành Thành phố, UBND quận, huyện, thị xã."],
        want: &[SBN, HUYEN],
    },
    Field {
        seed: 4,
        parts: &["Sở Tư pháp, các Sở, ban, ngành liên quan; UBND quận, huyện, thị xã."],
        want: &[STP, Concerned("so-ban-nganh-tinh"), HUYEN],
    },
    // "Sở Tư pháp chủ trì, phối hợp với sở, ban, ngành, UBND quận, huyện, thị xã."
    Field {
        seed: 4,
        parts: &["Sở Tư pháp", "sở, ban, ngành, UBND quận, huyện, thị xã."],
        want: &[STP, SBN, HUYEN],
    },
    Field {
        seed: 4,
        parts: &["Sở, ban, ngành, UBND quận, huyện, thị xã."],
        want: &[SBN, HUYEN],
    },
    Field { seed: 4, parts: &["Sở Tư pháp."], want: &[STP] },
    Field {
        seed: 4,
        parts: &["Văn phòng UBND Thành phố, Cục Thi hành án dân sự Thành phố, Sở Nội vụ, Sở Tài nguyên và Môi trường và các Sở, ban, ngành, đơn vị liên quan."],
        want: &[
            Agency("van-phong-ubnd-tinh"),
            Agency("cuc-thi-hanh-an-dan-su-tinh"),
            Agency("so-noi-vu"),
            Agency("so-tai-nguyen-va-moi-truong"),
            LIEN_QUAN,
        ],
    },
];

/// A day each seed plan was in force (their headers lack a full date).
fn plan_day(seed: usize) -> NaiveDate {
    let (y, m, d) = match seed {
        0 | 2 | 3 => (2025, 1, 31),
        _ => (2024, 1, 31),
    };
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// The seed as one NFC line with single spaces.
fn flat(seed: &str) -> String {
    to_nfc(seed)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn check(name: &str, want: Want, on: Option<NaiveDate>) {
    let agencies = &Reference::builtin().agencies;
    let got = resolve(name, on, agencies);
    match (want, &got) {
        (Agency(id), Resolution::Agency(m)) | (Group(id), Resolution::Group(m)) => {
            assert_eq!(m.entry.id, id, "{name}");
            assert!(!m.concerned, "{name}");
        }
        (Concerned(id), Resolution::Group(m)) => {
            assert_eq!(m.entry.id, id, "{name}");
            assert!(m.concerned, "{name}");
        }
        (Unknown, Resolution::Unknown { .. }) => {}
        _ => panic!("{name}: want {want:?}, got {got:?}"),
    }
}

#[test]
fn the_seeds_have_33_labelled_agency_fields() {
    let count: usize = SEEDS
        .iter()
        .map(|seed| {
            let text = flat(seed).to_lowercase();
            LABELS
                .iter()
                .map(|label| text.matches(label).count())
                .sum::<usize>()
        })
        .sum();
    assert_eq!(count, FIELDS.len());
}

#[test]
fn every_seed_field_resolves_as_expected_on_the_plan_date() {
    for field in &FIELDS {
        let text = flat(SEEDS[field.seed]);
        let names: Vec<String> = field
            .parts
            .iter()
            .inspect(|part| assert!(text.contains(*part), "not verbatim: {part}"))
            .flat_map(|part| split_list(part))
            .collect();
        assert_eq!(names.len(), field.want.len(), "{names:?}");
        for (name, &want) in names.iter().zip(field.want) {
            check(name, want, Some(plan_day(field.seed)));
            if let Some(m) = resolve(
                name,
                Some(plan_day(field.seed)),
                &Reference::builtin().agencies,
            )
            .matched()
            {
                assert_eq!(m.status, Some(Status::Exists), "{name}");
            }
        }
    }
}

#[test]
fn seed_000_fields_arrive_decomposed_and_still_resolve() {
    let line = SEEDS[0]
        .lines()
        .find(|line| to_nfc(line).starts_with("+ Cơ quan thực hiện: Sở Tư pháp"))
        .unwrap();
    assert_ne!(to_nfc(line), line);
    let field = line.split_once(':').unwrap().1;
    let names = split_list(field);
    assert_eq!(names, ["Sở Tư pháp", "các đơn vị, địa phương liên quan"]);
    check(field.split(" và ").next().unwrap(), STP, None);
}

#[test]
fn district_level_names_from_the_2025_seeds_are_abolished_after_the_reform() {
    let agencies = &Reference::builtin().agencies;
    let after = day(2025, 7, 2);
    let mut abolished = 0;
    for field in FIELDS.iter().filter(|f| f.seed != 4) {
        for name in field.parts.iter().flat_map(|part| split_list(part)) {
            let resolution = resolve(&name, after, agencies);
            let Some(m) = resolution.matched() else {
                continue;
            };
            if m.entry.id == "ubnd-cap-huyen" {
                let Some(Status::Abolished {
                    last_day,
                    successor,
                    ..
                }) = m.status
                else {
                    panic!("{name}: {:?}", m.status);
                };
                assert_eq!(Some(last_day), day(2025, 6, 30));
                assert_eq!(successor.map(|s| s.id.as_str()), Some("ubnd-cap-xa"));
                abolished += 1;
            }
        }
    }
    assert_eq!(abolished, 13);
}

#[test]
fn abbreviations() {
    for (short, want) in [
        ("STP", STP),
        ("UBND tỉnh", Agency("ubnd-tinh")),
        ("HĐND tỉnh", Agency("hdnd-tinh")),
        ("UBMTTQVN tỉnh", Agency("uy-ban-mttq-tinh")),
        ("UBMTTQ tỉnh", Agency("uy-ban-mttq-tinh")),
        ("MTTQ tỉnh", Agency("uy-ban-mttq-tinh")),
        ("VKSND tỉnh", Agency("vien-kiem-sat-nhan-dan-tinh")),
        ("TAND tỉnh", Agency("toa-an-nhan-dan-tinh")),
        ("VP UBND tỉnh", Agency("van-phong-ubnd-tinh")),
        ("VPUB", Agency("van-phong-ubnd-tinh")),
        ("PCT UBND tỉnh", Agency("pho-chu-tich-ubnd-tinh")),
        ("Các PCT UBND TP", Agency("pho-chu-tich-ubnd-tinh")),
        ("CA tỉnh", Agency("cong-an-tinh")),
        ("BCH Quân sự tỉnh", Agency("bo-chi-huy-quan-su-tinh")),
        ("Bộ CHQS tỉnh", Agency("bo-chi-huy-quan-su-tinh")),
        ("Đài PTTH tỉnh", Agency("dai-phat-thanh-truyen-hinh-tinh")),
        ("Sở TN&MT", Agency("so-tai-nguyen-va-moi-truong")),
        ("Sở KH&ĐT", Agency("so-ke-hoach-va-dau-tu")),
        ("Sở LĐTB&XH", Agency("so-lao-dong-thuong-binh-va-xa-hoi")),
        // Nơi nhận of seeds 002 and 003.
        (
            "Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL)",
            Agency("cuc-qlxlvphc-tdthpl"),
        ),
        ("Cục QLXLVPHC&TDTHPL (BTP)", Agency("cuc-qlxlvphc-tdthpl")),
        ("UBMTTQVN và các đoàn thể tỉnh", Unknown),
        ("UBND các huyện, TX, TP", HUYEN),
        ("UBND các quận, huyện, thị xã", HUYEN),
        ("Các Sở, ban, ngành Thành phố", SBN),
    ] {
        check(short, want, None);
    }
    assert_eq!(
        split_list("UBMTTQVN và các đoàn thể tỉnh"),
        ["UBMTTQVN", "các đoàn thể tỉnh"]
    );
}

#[test]
fn both_tone_styles_and_decomposed_input() {
    for (a, b) in [
        (
            "Uỷ ban MTTQ VN tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        ),
        ("Uỷ ban nhân dân tỉnh", "UBND tỉnh"),
        ("Toà án nhân dân tỉnh", "TAND tỉnh"),
        (
            "Sở Văn hoá, Thể thao và Du lịch",
            "Sở Văn hóa - Thể thao và Du lịch",
        ),
        ("tỉnh Khánh Hoà", "Khánh Hòa"),
        ("tỉnh Thanh Hoá", "Thanh Hóa"),
        ("Hoa\u{300} Bi\u{300}nh", "Hòa Bình"),
        ("So\u{31B}\u{309} Tu\u{31B} pha\u{301}p", "STP"),
        (
            "U\u{309}y ban nha\u{302}n da\u{302}n ti\u{309}nh",
            "Ủy ban nhân dân tỉnh",
        ),
    ] {
        assert!(same_agency(a, b), "{a} / {b}");
        assert_eq!(
            resolve(a, None, &Reference::builtin().agencies).entry(),
            resolve(b, None, &Reference::builtin().agencies).entry()
        );
    }
    assert_eq!(fold_key("Uỷ ban"), fold_key("Ủy ban"));
}

#[test]
fn group_phrases() {
    for (phrase, want) in [
        ("Các cơ quan chuyên môn thuộc UBND tỉnh", CQCM),
        ("Các Sở, ban, ngành tỉnh", SBN),
        ("UBND các huyện, thành phố", HUYEN),
        ("UBND cấp huyện", HUYEN),
        ("UBND cấp xã", XA),
        ("các xã, phường, đặc khu", Group("ubnd-xa-phuong-dac-khu")),
        ("các cơ quan, đơn vị, địa phương liên quan", LIEN_QUAN),
        (
            "các cơ quan thông tin đại chúng",
            Group("co-quan-thong-tin-dai-chung"),
        ),
        (
            "các tổ chức, cá nhân có liên quan",
            Group("to-chuc-ca-nhan-lien-quan"),
        ),
        (
            "các cơ quan thông tấn, báo chí",
            Group("co-quan-thong-tin-dai-chung"),
        ),
    ] {
        check(phrase, want, None);
    }
}

#[test]
fn partners_named_in_the_seeds() {
    for (name, id) in [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "uy-ban-mttq-tinh"),
        (
            "Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu",
            "uy-ban-mttq-tinh",
        ),
        (
            "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố",
            "uy-ban-mttq-tinh",
        ),
        ("Tòa án nhân dân tỉnh", "toa-an-nhan-dan-tinh"),
        ("Tòa án nhân dân Thành phố", "toa-an-nhan-dan-tinh"),
        ("Viện Kiểm sát nhân dân tỉnh", "vien-kiem-sat-nhan-dan-tinh"),
        ("Hội Luật gia tỉnh", "hoi-luat-gia-tinh"),
        ("Hội Luật gia Thành phố", "hoi-luat-gia-tinh"),
        ("Đoàn luật sư tỉnh", "doan-luat-su-tinh"),
        ("Đoàn Luật sư", "doan-luat-su-tinh"),
        ("Hội doanh nghiệp tỉnh", "hoi-doanh-nghiep-tinh"),
        (
            "Đài Phát thanh - Truyền hình tỉnh",
            "dai-phat-thanh-truyen-hinh-tinh",
        ),
        ("Báo Sóc Trăng", "bao-tinh"),
        (
            "Phòng Tư pháp các huyện, thành phố",
            "phong-tu-phap-cap-huyen",
        ),
        ("Phòng Tư pháp cấp huyện", "phong-tu-phap-cap-huyen"),
        ("Văn phòng UBND tỉnh", "van-phong-ubnd-tinh"),
    ] {
        let resolution = resolve(name, None, &Reference::builtin().agencies);
        assert_eq!(
            resolution.entry().map(|e| e.id.as_str()),
            Some(id),
            "{name}"
        );
    }
}

#[test]
fn list_splitting() {
    assert_eq!(
        split_list("Sở Tư pháp và các đơn vị, địa phương liên quan"),
        ["Sở Tư pháp", "các đơn vị, địa phương liên quan"]
    );
    for whole in [
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Nông nghiệp và Môi trường",
        "Sở Kế hoạch và Đầu tư",
        "Sở Lao động - Thương binh và Xã hội",
        "Sở Khoa học và Công nghệ",
        "Sở Giáo dục và Đào tạo",
        "Ủy ban nhân dân các huyện, thành phố",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Cục Kiểm tra văn bản và Tổ chức thi hành pháp luật",
    ] {
        assert_eq!(split_list(whole), [whole]);
    }
    assert_eq!(
        split_list("Sở Kế hoạch và Đầu tư và Sở Tài chính; Sở Tư pháp"),
        ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Tư pháp"]
    );
}

#[test]
fn departments_merged_in_2025() {
    let agencies = &Reference::builtin().agencies;
    let before = resolve("Sở Tài nguyên và Môi trường", day(2024, 6, 1), agencies);
    assert_eq!(before.matched().unwrap().status, Some(Status::Exists));

    let after = resolve("Sở Tài nguyên và Môi trường", day(2026, 1, 1), agencies);
    let Some(Status::Abolished {
        successor, merged, ..
    }) = after.matched().unwrap().status
    else {
        panic!("{after:?}");
    };
    assert!(merged);
    assert_eq!(successor.unwrap().name, "Sở Nông nghiệp và Môi trường");

    for (old, new) in [
        ("Sở Kế hoạch và Đầu tư", "so-tai-chinh"),
        ("Sở Giao thông vận tải", "so-xay-dung"),
        ("Sở Thông tin và Truyền thông", "so-khoa-hoc-va-cong-nghe"),
        ("Sở Lao động - Thương binh và Xã hội", "so-noi-vu"),
        (
            "Sở Nông nghiệp và Phát triển nông thôn",
            "so-nong-nghiep-va-moi-truong",
        ),
    ] {
        let status = resolve(old, day(2025, 3, 1), agencies)
            .matched()
            .unwrap()
            .status;
        let Some(Status::Abolished { successor, .. }) = status else {
            panic!("{old}: {status:?}");
        };
        assert_eq!(successor.unwrap().id, new, "{old}");
        let status = resolve(old, day(2025, 2, 28), agencies)
            .matched()
            .unwrap()
            .status;
        assert_eq!(status, Some(Status::Exists), "{old}");
    }

    let new = resolve("Sở Nông nghiệp và Môi trường", day(2024, 6, 1), agencies);
    assert!(matches!(
        new.matched().unwrap().status,
        Some(Status::NotYet { .. })
    ));
}

#[test]
fn district_level_ends_with_june_2025() {
    let agencies = &Reference::builtin().agencies;
    for name in ["UBND cấp huyện", "Phòng Tư pháp cấp huyện"] {
        let on_last_day = resolve(name, day(2025, 6, 30), agencies);
        assert_eq!(on_last_day.matched().unwrap().status, Some(Status::Exists));
        let after = resolve(name, day(2025, 7, 2), agencies);
        assert!(matches!(
            after.matched().unwrap().status,
            Some(Status::Abolished { .. })
        ));
    }
}

#[test]
fn provinces_merged_on_1_july_2025() {
    let agencies = &Reference::builtin().agencies;
    let kon_tum = resolve("tỉnh Kon Tum", day(2025, 7, 1), agencies);
    let Resolution::Place(m) = &kon_tum else {
        panic!("{kon_tum:?}");
    };
    let Some(Status::Abolished {
        last_day,
        successor,
        merged,
    }) = m.status
    else {
        panic!("{:?}", m.status);
    };
    assert_eq!(Some(last_day), day(2025, 6, 30));
    assert!(merged);
    assert_eq!(successor.unwrap().name, "Quảng Ngãi");

    let still = resolve("Kon Tum", day(2025, 6, 30), agencies);
    assert_eq!(still.matched().unwrap().status, Some(Status::Exists));

    for (old, new) in [
        ("Sóc Trăng", "Cần Thơ"),
        ("Long An", "Tây Ninh"),
        ("Thừa Thiên Huế", "Huế"),
        ("TP. Hà Nội", "Hà Nội"),
        ("Bà Rịa-Vũng Tàu", "Hồ Chí Minh"),
    ] {
        let m = resolve(old, day(2025, 7, 1), agencies);
        let now = match m.matched().unwrap().status {
            Some(Status::Abolished { successor, .. }) => successor.unwrap(),
            _ => m.entry().unwrap(),
        };
        assert_eq!(now.name, new, "{old}");
    }

    let committee = resolve("UBND tỉnh Kon Tum", day(2025, 7, 1), agencies);
    let m = committee.matched().unwrap();
    assert_eq!(m.entry.id, "ubnd-tinh");
    let place = m.place.as_ref().unwrap();
    assert_eq!(place.entry.name, "Kon Tum");
    assert!(matches!(place.status, Some(Status::Abolished { .. })));
}

#[test]
fn unknown_names_come_with_suggestions() {
    let agencies = &Reference::builtin().agencies;
    for (typo, first) in [
        ("So Tu phap", "so-tu-phap"),
        ("Sở Tài nguyên Môi trường", "so-tai-nguyen-va-moi-truong"),
        ("Hoi Luat gia tinh", "hoi-luat-gia-tinh"),
    ] {
        let Resolution::Unknown { suggestions } = resolve(typo, None, agencies) else {
            panic!("{typo} should be unknown");
        };
        assert!(suggestions.len() <= 3);
        assert_eq!(
            suggestions.first().map(|e| e.id.as_str()),
            Some(first),
            "{typo}"
        );
    }
    let Resolution::Unknown { suggestions } =
        resolve("Sở Tài nguyên Môi trường", day(2026, 1, 1), agencies)
    else {
        panic!("unknown");
    };
    assert!(suggestions
        .iter()
        .all(|e| e.id != "so-tai-nguyen-va-moi-truong"));
}
