//! The HTML assembler on the Lai Châu plan (seed 002): every text in document
//! order, automatic numbering, field paths, and escaping of hostile input.

use kehoach::assemble::html::{assemble_html, assemble_html_document, HtmlOptions};
use kehoach::from_json;
use kehoach::model::from_value;
use kehoach::model::{Item, Plan};
use serde_json::Value;

const LAI_CHAU_JSON: &str = include_str!("fixtures/plans/lai-chau-2025.json");

fn lai_chau() -> Plan {
    from_json(LAI_CHAU_JSON).expect("the Lai Châu fixture is a valid plan")
}

/// The text a reader sees: tags dropped (block tags start a line), entities decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('>').expect("every tag is closed");
        let tag = &rest[open..open + close];
        if ["<p", "<h1", "<h2", "<br", "<td"]
            .iter()
            .any(|t| tag.starts_with(t))
        {
            out.push('\n');
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn assert_in_order(text: &str, expected: &[String]) {
    let mut from = 0;
    for phrase in expected {
        match text[from..].find(phrase.as_str()) {
            Some(at) => from += at + phrase.len(),
            None => panic!("{phrase:?} missing after byte {from} of:\n{text}"),
        }
    }
}

/// Every text of the plan that the document shows, in the order it shows them.
fn texts_in_order(plan: &Plan) -> Vec<String> {
    let mut out = vec![plan.issuer.name.clone(), plan.number.symbol.clone()];
    out.push(plan.place.clone());
    out.extend([
        "KẾ HOẠCH".to_string(),
        plan.title.clone(),
        plan.preamble.clone(),
    ]);
    for section in &plan.sections {
        out.push(format!("{}. {}", section.label, section.heading));
        out.extend(section.paragraphs.iter().cloned());
        item_texts(&section.items, &mut out);
    }
    out.push(plan.closing.clone());
    out.push("Nơi nhận:".to_string());
    out.extend(plan.recipients.iter().map(|r| format!("- {r}")));
    out.extend(plan.signature.authority.iter().cloned());
    out.push(plan.signature.title.clone());
    out.push(plan.signature.name.clone());
    out
}

fn item_texts(items: &[Item], out: &mut Vec<String>) {
    for item in items {
        let punctuation = if item.label.chars().all(char::is_lowercase) {
            ")"
        } else {
            "."
        };
        out.push(format!("{}{punctuation} {}", item.label, item.heading));
        out.extend(item.paragraphs.iter().cloned());
        if let Some(activity) = &item.activity {
            if !activity.lead.is_empty() {
                out.push(format!("- Đơn vị chủ trì: {}", activity.lead.join("; ")));
            }
            if !activity.partners.is_empty() {
                out.push(format!(
                    "- Đơn vị phối hợp: {}",
                    activity.partners.join("; ")
                ));
            }
            out.push(format!("- Thời gian thực hiện: {}", activity.deadline));
        }
        item_texts(&item.items, out);
    }
}

#[test]
fn lai_chau_renders_every_text_in_document_order() {
    let plan = lai_chau();
    let text = visible_text(&assemble_html(&plan, &HtmlOptions::default()));
    assert_in_order(&text, &texts_in_order(&plan));
    // Headings as printed in seed 002, with đ) after d).
    let headings: Vec<String> = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "a) Việc theo dõi thi hành pháp luật phải được thực hiện thường xuyên",
        "II. NỘI DUNG THỰC HIỆN",
        "3.1. Lĩnh vực trọng tâm của tỉnh",
        "III. CÁC HOẠT ĐỘNG THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT",
        "IV. KINH PHÍ",
        "V. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐỊA PHƯƠNG",
        "d) Hội doanh nghiệp tỉnh cung cấp ý kiến",
        "đ) Các cơ quan thông tin đại chúng cung cấp ý kiến",
        "4. Sở Tư pháp",
        "- Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL);",
        "- Lưu: VT, Th5.",
        "TM. ỦY BAN NHÂN DÂN",
        "Tổng Thanh Hải",
    ]
    .map(String::from)
    .to_vec();
    assert_in_order(&text, &headings);
    assert!(text.contains("Số: /KH-UBND"), "{text}");
    assert!(text.contains("Lai Châu, ngày  tháng 01 năm 2025"), "{text}");
}

fn clear_labels(items: &mut [Item]) {
    for item in items {
        item.label.clear();
        clear_labels(&mut item.items);
    }
}

#[test]
fn automatic_numbering_reproduces_the_written_labels() {
    let written = lai_chau();
    let mut blank = written.clone();
    for section in &mut blank.sections {
        section.label.clear();
        clear_labels(&mut section.items);
    }
    let options = HtmlOptions::default();
    assert_eq!(
        assemble_html(&blank, &options),
        assemble_html(&written, &options)
    );
}

#[test]
fn every_data_path_points_at_a_field_of_the_plan() {
    let plan = lai_chau();
    let json = serde_json::to_value(&plan).expect("plans serialise");
    let options = HtmlOptions {
        data_paths: true,
        show_placeholders: true,
        ..HtmlOptions::default()
    };
    let html = assemble_html(&plan, &options);
    let paths: Vec<&str> = html
        .split("data-path=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(paths.len() > 100, "only {} paths", paths.len());
    for path in &paths {
        assert!(json.pointer(path).is_some(), "{path} is not in the plan");
    }
    for expected in [
        "/issuer/name",
        "/number/number",
        "/date/day",
        "/title",
        "/preamble",
        "/sections/4/items/2/items/4/heading",
        "/sections/2/items/2/activity/partners/2",
        "/closing",
        "/recipients/6",
        "/signature/name",
    ] {
        assert!(paths.contains(&expected), "no element for {expected}");
    }
}

const HOSTILE: [&str; 5] = [
    "<script>alert(1)</script>",
    "\"><img src=x onerror=alert(1)>",
    "' onmouseover='alert(1)",
    "</p></article><iframe src=javascript:alert(1)>",
    "&lt;script&gt; & <!-- -->",
];

/// The plan with every text field replaced by hostile strings, in turn; with a
/// blank preamble the legal bases are cited instead.
fn hostile_plan(blank_preamble: bool) -> Plan {
    fn poison(value: &mut Value, key: &str, counter: &mut usize) {
        match value {
            Value::String(s) if !matches!(key, "schema" | "profile" | "kind") => {
                *s = HOSTILE[*counter % HOSTILE.len()].to_string();
                *counter += 1;
            }
            Value::Array(items) => {
                for item in items {
                    poison(item, key, counter);
                }
            }
            Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    poison(v, k, counter);
                }
            }
            _ => {}
        }
    }
    let mut json = serde_json::to_value(lai_chau()).expect("plans serialise");
    json["parent_plan"] = serde_json::json!({"kind": "Kế hoạch", "number": "148/KH-UBND"});
    json["footnotes"] = serde_json::json!(["note"]);
    let mut counter = 0;
    poison(&mut json, "", &mut counter);
    if blank_preamble {
        json["preamble"] = Value::String(String::new());
    }
    from_value(json).expect("the poisoned plan is still a plan")
}

const OWN_TAGS: [&str; 20] = [
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "article", "table", "tbody",
    "tr", "td", "p", "h1", "h2", "section", "div", "span", "br", "sup",
];
const OWN_ATTRIBUTES: [&str; 7] = [
    "class",
    "data-path",
    "title",
    "lang",
    "charset",
    "name",
    "content",
];

/// Checks every `<` opens one of the assembler's own tags with its own attributes.
fn assert_only_own_markup(html: &str) {
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let close = rest[open..].find('>').expect("every tag is closed");
        let tag = &rest[open + 1..open + close];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let mut parts = tag.split_whitespace();
        let name = parts.next().unwrap_or("");
        assert!(OWN_TAGS.contains(&name), "foreign tag <{tag}>");
        // Attribute values are quoted and escaped, so no space or quote inside them
        // can start a new attribute: take each name before `="`.
        for attribute in tag.split('"').step_by(2) {
            let Some(attr) = attribute.trim().strip_suffix('=') else {
                continue;
            };
            let attr = attr.rsplit(' ').next().unwrap_or(attr);
            assert!(
                OWN_ATTRIBUTES.contains(&attr),
                "foreign attribute {attr} in <{tag}>"
            );
        }
        rest = &rest[open + close + 1..];
    }
}

#[test]
fn hostile_text_is_escaped_everywhere() {
    let draft = HtmlOptions {
        data_paths: true,
        show_placeholders: true,
        ..HtmlOptions::default()
    };
    for (plan, options) in [
        (hostile_plan(false), HtmlOptions::default()),
        (hostile_plan(true), draft),
    ] {
        let doc = assemble_html_document(&plan, &options);
        let body = doc
            .split("</style>")
            .nth(1)
            .expect("the document has a body");
        assert_only_own_markup(body);
        for forbidden in [
            "<script",
            "<img",
            "<iframe",
            "<!--",
            " onerror=\"",
            "'alert",
        ] {
            assert!(!body.contains(forbidden), "{forbidden} leaked");
        }
        let text = visible_text(body);
        for hostile in HOSTILE {
            assert!(text.contains(hostile.trim()), "{hostile} not shown as text");
        }
    }
}
