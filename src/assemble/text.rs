//! A plan as plain text in the official layout (Nghị định 30/2020): header,
//! "KẾ HOẠCH" and title, preamble, parts numbered I, 1, 1.1, a), -, +,
//! closing, recipients and signature.
//!
//! The text reads back into the same plan with [`crate::import::import_text`]:
//! each paragraph is one line, and a line that the importer could join to the
//! next one (no final punctuation, or a next line in lower case) ends with a
//! Markdown hard break (two spaces).

use super::dateline::{day_text, month_text};
use super::numbering::{
    bare, child_kind, is_sentence, kind_of, numbering, punctuated, written_or, LabelKind,
};
use crate::model::{Activity, Item, Plan, Section};

/// The national motto written in every header.
const MOTTO: [&str; 2] = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
];

/// Bullets tried, in order, for the activity fields of an item.
const FIELD_BULLETS: [&str; 4] = ["-", "+", "•", "*"];

/// One written line and whether a paragraph ends after it.
struct Out {
    lines: Vec<Line>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Starts with a marker (or is a header or signature line): always a block of its own.
    Marker,
    /// Running text, which the importer may join to the next line.
    Text,
    /// A blank line.
    Blank,
}

struct Line {
    text: String,
    kind: Kind,
}

impl Out {
    fn marker(&mut self, text: String) {
        self.lines.push(Line {
            text,
            kind: Kind::Marker,
        });
    }

    fn text(&mut self, text: &str) {
        self.lines.push(Line {
            text: text.to_string(),
            kind: Kind::Text,
        });
    }

    fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| l.kind != Kind::Blank) {
            self.lines.push(Line {
                text: String::new(),
                kind: Kind::Blank,
            });
        }
    }

    /// The text, with a hard break after each line the importer could join to the next.
    fn finish(self) -> String {
        let mut out = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            out.push_str(&line.text);
            let next = self.lines[i + 1..].iter().find(|l| l.kind != Kind::Blank);
            let joinable = next.is_some_and(|n| {
                n.kind == Kind::Text
                    && line.kind != Kind::Blank
                    && (!ends_clause(&line.text) || starts_lowercase(&n.text))
            });
            if joinable {
                out.push_str("  ");
            }
            out.push('\n');
        }
        out
    }
}

/// Writes `plan` as plain text.
pub fn assemble_text(plan: &Plan) -> String {
    let mut out = Out { lines: Vec::new() };
    header(plan, &mut out);
    out.blank();
    out.marker("KẾ HOẠCH".to_string());
    if !plan.title.is_empty() {
        out.marker(plan.title.clone());
    }
    out.blank();
    for paragraph in plan.preamble.split('\n').filter(|p| !p.is_empty()) {
        out.text(paragraph);
        out.blank();
    }
    for (index, section) in plan.sections.iter().enumerate() {
        write_section(section, index, &mut out);
    }
    if !plan.closing.is_empty() {
        out.text(&plan.closing);
        out.blank();
    }
    footer(plan, &mut out);
    out.finish()
}

fn header(plan: &Plan, out: &mut Out) {
    for name in [&plan.issuer.parent, &plan.issuer.name] {
        if !name.is_empty() {
            out.marker(name.clone());
        }
    }
    for motto in MOTTO {
        out.marker(motto.to_string());
    }
    if !plan.number.number.is_empty() || !plan.number.symbol.is_empty() {
        out.marker(format!("Số: {}/{}", plan.number.number, plan.number.symbol));
    }
    let date = &plan.date;
    if !plan.place.is_empty() || date.day.is_some() || date.month.is_some() || date.year.is_some() {
        let blank = "   ".to_string();
        let when = format!(
            "ngày {} tháng {} năm {}",
            date.day.map_or_else(|| blank.clone(), day_text),
            date.month.map_or_else(|| blank.clone(), month_text),
            date.year.map_or(blank, |y| y.to_string())
        );
        let line = if plan.place.is_empty() {
            when
        } else {
            format!("{}, {when}", plan.place)
        };
        out.marker(line);
    }
}

fn write_section(section: &Section, index: usize, out: &mut Out) {
    let label = written_or(&section.label, || numbering(LabelKind::Part, index, ""));
    out.blank();
    // Items that came before any part have a part with neither label nor heading.
    if !section.label.is_empty() || !section.heading.is_empty() {
        out.marker(format!("{} {}", punctuated(&label), section.heading));
    }
    for paragraph in &section.paragraphs {
        out.text(paragraph);
    }
    let mut ancestors = Vec::new();
    write_items(
        &section.items,
        kind_of(&label),
        bare(&label),
        &mut ancestors,
        out,
    );
}

/// Items of one group, numbered automatically where their labels are blank;
/// `ancestors` holds the labels of the items they are nested in.
fn write_items(
    items: &[Item],
    parent_kind: LabelKind,
    parent_label: &str,
    ancestors: &mut Vec<String>,
    out: &mut Out,
) {
    let group_kind = child_kind(parent_kind, items.iter().all(is_sentence));
    for (i, item) in items.iter().enumerate() {
        let label = written_or(&item.label, || numbering(group_kind, i, parent_label));
        out.marker(format!("{} {}", punctuated(&label), item.heading));
        for paragraph in &item.paragraphs {
            out.text(paragraph);
        }
        ancestors.push(bare(&label).to_string());
        if let Some(activity) = &item.activity {
            let bullet = FIELD_BULLETS
                .iter()
                .find(|b| !ancestors.iter().any(|a| a == *b))
                .unwrap_or(&"*");
            for (name, value) in fields(activity) {
                out.marker(format!("{bullet} {name}: {value}"));
            }
        }
        write_items(&item.items, kind_of(&label), bare(&label), ancestors, out);
        ancestors.pop();
    }
}

/// The activity's fields as "label: value" pairs; an activity with no field
/// filled still writes its (empty) deadline, so it reads back as an activity.
fn fields(activity: &Activity) -> Vec<(&'static str, String)> {
    let mut fields = Vec::new();
    if !activity.lead.is_empty() {
        fields.push(("Đơn vị chủ trì", activity.lead.join("; ")));
    }
    if !activity.partners.is_empty() {
        fields.push(("Đơn vị phối hợp", activity.partners.join("; ")));
    }
    for (name, value) in [
        ("Phạm vi", &activity.scope),
        ("Đối tượng", &activity.target),
        ("Sản phẩm", &activity.output),
        ("Thời gian thực hiện", &activity.deadline),
    ] {
        if !value.is_empty() {
            fields.push((name, value.clone()));
        }
    }
    if fields.is_empty() {
        fields.push(("Thời gian thực hiện", String::new()));
    }
    fields
}

fn footer(plan: &Plan, out: &mut Out) {
    if !plan.recipients.is_empty() {
        out.blank();
        out.marker("Nơi nhận:".to_string());
        let last = plan.recipients.len() - 1;
        for (i, recipient) in plan.recipients.iter().enumerate() {
            let end = if i == last { '.' } else { ';' };
            out.marker(format!("- {recipient}{end}"));
        }
    }
    let signature = &plan.signature;
    if !signature.authority.is_empty() || !signature.title.is_empty() || !signature.name.is_empty()
    {
        out.blank();
        for line in &signature.authority {
            out.marker(line.clone());
        }
        if !signature.title.is_empty() {
            out.marker(signature.title.clone());
        }
        if !signature.name.is_empty() {
            out.blank();
            out.marker(signature.name.clone());
        }
    }
    if !plan.footnotes.is_empty() {
        out.blank();
        for (i, note) in plan.footnotes.iter().enumerate() {
            out.marker(format!("({}) {note}", i + 1));
        }
    }
}

fn ends_clause(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches([')', ']', '"', '”', '’', '\'', '»', '*'])
        .ends_with(['.', ';', ':', '!', '?', '…'])
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfinished_lines_get_a_hard_break() {
        let mut out = Out { lines: Vec::new() };
        out.marker("1. Mục đích".to_string());
        out.text("Kinh phí thực hiện.");
        out.text("xem thêm");
        out.marker("2. Yêu cầu".to_string());
        assert_eq!(
            out.finish(),
            "1. Mục đích  \nKinh phí thực hiện.  \nxem thêm\n2. Yêu cầu\n"
        );
    }
}
