//! The `Plan` model against a hand-written fixture of a real plan:
//! Kế hoạch theo dõi tình hình thi hành pháp luật năm 2025, tỉnh Lai Châu (seed 002).

use kehoach::model::{Item, SectionKind};
use kehoach::{from_json, validate, Context, Plan};

const LAI_CHAU_JSON: &str = include_str!("fixtures/plans/lai-chau-2025.json");
const LAI_CHAU_SEED: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/corpus/seeds/002_383a8b1e79b9e5bb.txt"
));

fn lai_chau() -> Plan {
    from_json(LAI_CHAU_JSON).expect("the Lai Châu fixture is a valid plan")
}

/// Every item of the plan, depth first.
fn all_items(plan: &Plan) -> Vec<&Item> {
    plan.items().into_iter().map(|entry| entry.item).collect()
}

/// The item with this label path ("3", "1") under the section with this label ("II").
fn item<'a>(plan: &'a Plan, section: &str, labels: &[&str]) -> &'a Item {
    let section = plan
        .sections
        .iter()
        .find(|s| s.label == section)
        .unwrap_or_else(|| panic!("no section {section}"));
    let mut items = &section.items;
    let mut found = None;
    for label in labels {
        let next = items
            .iter()
            .find(|i| i.label == *label)
            .unwrap_or_else(|| panic!("no item {label} in {labels:?}"));
        items = &next.items;
        found = Some(next);
    }
    found.expect("at least one label")
}

/// Runs of white space as one space, so a page break inside a paragraph compares equal.
fn collapse_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn fixture_round_trips_through_json() {
    let plan = lai_chau();
    let json = serde_json::to_string_pretty(&plan).expect("a plan serialises");
    let again = from_json(&json).expect("serialised plan reads back");
    assert_eq!(again, plan);
}

#[test]
fn header_and_signature_as_in_the_seed() {
    let plan = lai_chau();
    assert_eq!(plan.issuer.name, "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU");
    assert_eq!(plan.issuer.parent, "");
    assert_eq!(plan.number.number, "");
    assert_eq!(plan.number.symbol, "KH-UBND");
    assert_eq!(plan.place, "Lai Châu");
    assert_eq!(
        (plan.date.day, plan.date.month, plan.date.year),
        (None, Some(1), Some(2025))
    );
    assert_eq!(plan.effective_year(), Some(2025));
    assert_eq!(
        plan.title,
        "Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu"
    );
    assert!(plan
        .preamble
        .starts_with("Thực hiện Nghị định số 59/2012/NĐ-CP"));
    assert!(plan.preamble.ends_with("như sau:"));
    assert_eq!(
        plan.signature.authority,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    );
    assert_eq!(plan.signature.title, "PHÓ CHỦ TỊCH");
    assert_eq!(plan.signature.name, "Tổng Thanh Hải");
    assert!(plan.closing.ends_with("kịp thời hướng dẫn, chỉ đạo./."));
}

#[test]
fn legal_bases_are_structured_citations() {
    let plan = lai_chau();
    let bases: Vec<_> = plan
        .legal_bases
        .iter()
        .map(|c| {
            (
                c.kind.as_str(),
                c.number.as_str(),
                c.date.as_str(),
                c.issuer.as_str(),
            )
        })
        .collect();
    assert_eq!(
        bases,
        [
            ("Nghị định", "59/2012/NĐ-CP", "23/7/2012", "Chính phủ"),
            ("Nghị định", "32/2020/NĐ-CP", "05/3/2020", "Chính phủ"),
            ("Thông tư", "04/2021/TT-BTP", "21/6/2021", "Bộ Tư pháp"),
        ]
    );
    assert_eq!(
        plan.legal_bases[0].subject,
        "về theo dõi tình hình thi hành pháp luật"
    );
    assert!(plan.legal_bases[2]
        .subject
        .starts_with("về hướng dẫn thi hành Nghị định số 59/2012/NĐ-CP"));
    assert_eq!(plan.parent_plan, None);
}

#[test]
fn sections_follow_the_numbering_not_the_markdown_levels() {
    let plan = lai_chau();
    let sections: Vec<_> = plan
        .sections
        .iter()
        .map(|s| (s.label.as_str(), s.kind))
        .collect();
    assert_eq!(
        sections,
        [
            ("I", SectionKind::Purpose),
            ("II", SectionKind::Activities),
            ("III", SectionKind::Activities),
            ("IV", SectionKind::Budget),
            ("V", SectionKind::Organisation),
        ]
    );
    assert_eq!(
        plan.sections[2].heading,
        "CÁC HOẠT ĐỘNG THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT"
    );
    assert_eq!(plan.sections[3].paragraphs.len(), 1);
}

#[test]
fn hand_counted_items_activities_and_agencies() {
    let plan = lai_chau();
    let entries = plan.items();
    let at_depth = |d| entries.iter().filter(|e| e.depth == d).count();
    assert_eq!((at_depth(0), at_depth(1), at_depth(2)), (12, 22, 0));
    let per_section: Vec<_> = plan.sections.iter().map(|s| s.items.len()).collect();
    assert_eq!(per_section, [2, 3, 3, 0, 4]);

    let activities: Vec<_> = all_items(&plan)
        .into_iter()
        .filter_map(|i| i.activity.as_ref())
        .collect();
    assert_eq!(activities.len(), 8);
    let leads: usize = activities.iter().map(|a| a.lead.len()).sum();
    let partners: usize = activities.iter().map(|a| a.partners.len()).sum();
    assert_eq!((leads, partners), (13, 4));
    assert!(activities.iter().all(|a| !a.deadline.is_empty()));

    let labels: Vec<_> = item(&plan, "V", &["3"])
        .items
        .iter()
        .map(|i| i.label.as_str())
        .collect();
    assert_eq!(labels, ["a", "b", "c", "d", "đ"]);
    let assignees: usize = all_items(&plan).iter().map(|i| i.assignees.len()).sum();
    assert_eq!(assignees, 11 + 8);
    assert_eq!(plan.legal_bases.len(), 3);
    assert_eq!(plan.recipients.len(), 7);
}

#[test]
fn activity_fields_as_written() {
    let plan = lai_chau();
    let first = item(&plan, "II", &["1"]).activity.as_ref().expect("II.1");
    assert_eq!(
        first.lead,
        ["Các Sở, ban, ngành tỉnh", "UBND cấp huyện", "cấp xã"]
    );
    assert_eq!(first.deadline, "Quý I năm 2025");

    let focus = item(&plan, "II", &["3", "3.1"])
        .activity
        .as_ref()
        .expect("II.3.1");
    assert_eq!(focus.lead, ["Sở Tư pháp"]);
    assert!(focus.deadline.starts_with("Sau khi có Quyết định"));

    let survey = item(&plan, "III", &["3"]).activity.as_ref().expect("III.3");
    assert_eq!(
        survey.partners,
        [
            "Các Sở, ban, ngành tỉnh",
            "UBND các huyện, thành phố",
            "các tổ chức, cá nhân có liên quan"
        ]
    );
    assert_eq!(survey.deadline, "Hoàn thành trước tháng 11 năm 2025");

    let inspection = item(&plan, "III", &["2", "2.2"])
        .activity
        .as_ref()
        .expect("III.2.2");
    assert_eq!(inspection.deadline, "Quý III, quý IV năm 2025");
    assert!(item(&plan, "III", &["2"]).activity.is_none());
}

#[test]
fn organisation_duties_name_their_agencies() {
    let plan = lai_chau();
    assert_eq!(item(&plan, "V", &["4"]).assignees, ["Sở Tư pháp"]);
    assert_eq!(
        item(&plan, "V", &["3", "a"]).assignees,
        ["Viện kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"]
    );
    assert!(item(&plan, "V", &["1", "c"])
        .heading
        .ends_with("gửi Sở Tư pháp tổng hợp trước ngày 03/12/2025."));
}

#[test]
fn recipients_without_bullets_or_final_punctuation() {
    let plan = lai_chau();
    assert_eq!(
        plan.recipients.first().map(String::as_str),
        Some("Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL)")
    );
    assert!(plan
        .recipients
        .last()
        .expect("recipients")
        .starts_with("Lưu: VT"));
    for recipient in &plan.recipients {
        assert!(!recipient.starts_with('-'), "{recipient}");
        assert!(!recipient.ends_with([';', '.']), "{recipient}");
    }
}

#[test]
fn every_deadline_appears_verbatim_in_the_seed() {
    let plan = lai_chau();
    for activity in all_items(&plan).iter().filter_map(|i| i.activity.as_ref()) {
        assert!(
            LAI_CHAU_SEED.contains(&activity.deadline),
            "deadline not in seed: {}",
            activity.deadline
        );
    }
}

#[test]
fn every_text_appears_in_the_seed() {
    let plan = lai_chau();
    let seed = collapse_space(LAI_CHAU_SEED);
    let mut texts: Vec<&str> = vec![&plan.title, &plan.preamble, &plan.closing];
    texts.extend(plan.recipients.iter().map(String::as_str));
    texts.extend(plan.legal_bases.iter().map(|c| c.subject.as_str()));
    for section in &plan.sections {
        texts.push(&section.heading);
        texts.extend(section.paragraphs.iter().map(String::as_str));
    }
    for item in all_items(&plan) {
        texts.push(&item.heading);
        texts.extend(item.paragraphs.iter().map(String::as_str));
        texts.extend(item.assignees.iter().map(String::as_str));
        if let Some(activity) = &item.activity {
            texts.extend(activity.lead.iter().map(String::as_str));
            texts.extend(activity.partners.iter().map(String::as_str));
        }
    }
    for text in texts {
        assert!(
            seed.contains(&collapse_space(text)),
            "text not in seed: {text}"
        );
    }
}

#[test]
fn an_issued_plan_has_its_required_parts_and_leads() {
    let report = validate(&lai_chau(), &Context::default());
    let codes: Vec<_> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(!codes.contains(&"KH1001"), "{codes:?}");
    assert!(!codes.contains(&"KH2001"), "{codes:?}");
    assert!(!codes.contains(&"KH3001"), "{codes:?}");
    assert!(!codes.contains(&"KH4001"), "{codes:?}");
}
