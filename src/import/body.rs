//! Blocks of the body → parts and nested items, by numbering style: an item
//! is a sibling of the nearest open item numbered the same way, otherwise a
//! child of the innermost open item. Markdown heading levels are ignored.

use super::blocks::Block;
use super::draft::{cover, DraftItem, DraftSection, Kept, Note};
use super::marker::MarkerKind;
use super::tracked::Tracked;
use super::words::{fold_char, is_all_caps};
use crate::model::SectionKind;

/// Deepest nesting kept; deeper items become siblings at this depth.
pub(crate) const MAX_DEPTH: usize = 32;

/// Where the body ends: "./." closes the document.
const END_MARK: &str = "./.";

/// Reads the body blocks into parts.
pub(crate) fn read_body(blocks: Vec<Block>) -> Vec<DraftSection> {
    let mut sections: Vec<DraftSection> = Vec::new();
    let mut stack: Vec<(MarkerKind, usize)> = Vec::new();
    for block in blocks {
        let (text, stray) = cut_at_end_mark(&block.text);
        let span = cover(&block.label.source_range(), &text.source_range());
        match block.marker {
            Some(MarkerKind::Roman) => {
                stack.clear();
                sections.push(new_section(block.label, &text));
            }
            Some(style) => {
                if sections.is_empty() {
                    sections.push(implicit_section(span.start));
                }
                if let Some(at) = stack.iter().position(|(s, _)| *s == style) {
                    stack.truncate(at);
                }
                stack.truncate(MAX_DEPTH - 1);
                let Some(section) = sections.last_mut() else {
                    continue;
                };
                let item = DraftItem {
                    label: block.label,
                    heading: text,
                    paragraphs: Vec::new(),
                    assignees: Vec::new(),
                    activity: None,
                    items: Vec::new(),
                    span: span.clone(),
                    notes: Vec::new(),
                };
                let siblings = match open_item(&mut section.items, &stack) {
                    Some(parent) => &mut parent.items,
                    None => &mut section.items,
                };
                siblings.push(item);
                let index = siblings.len() - 1;
                stack.push((style, index));
            }
            None => {
                if sections.is_empty() {
                    sections.push(implicit_section(span.start));
                }
                let Some(section) = sections.last_mut() else {
                    continue;
                };
                let url = block.url;
                let (paragraphs, notes) = match open_item(&mut section.items, &stack) {
                    Some(item) => (&mut item.paragraphs, &mut item.notes),
                    None => (&mut section.paragraphs, &mut section.notes),
                };
                if url {
                    notes.push(Note {
                        text: text.clone(),
                        kept: Kept::Paragraph(paragraphs.len()),
                    });
                }
                paragraphs.push(text);
            }
        }
        let Some(section) = sections.last_mut() else {
            continue;
        };
        if let Some(stray) = stray {
            let notes = match open_item(&mut section.items, &stack) {
                Some(item) => &mut item.notes,
                None => &mut section.notes,
            };
            notes.push(Note {
                text: stray,
                kept: Kept::Dropped,
            });
        }
        extend_spans(section, &stack, &span);
    }
    sections
}

/// Splits text at the end mark "./.": what follows it is stray.
fn cut_at_end_mark(text: &Tracked) -> (Tracked, Option<Tracked>) {
    match text.as_str().find(END_MARK) {
        Some(at) => {
            let end = at + END_MARK.len();
            let stray = text.tail(end).trim();
            (text.slice(0..end), (!stray.is_empty()).then_some(stray))
        }
        None => (text.clone(), None),
    }
}

fn new_section(label: Tracked, text: &Tracked) -> DraftSection {
    // "III. KINH PHÍ THỰC HIỆN: Thực hiện theo quy định hiện hành."
    let (heading, paragraph) = match text.as_str().find(':') {
        Some(colon) if is_all_caps(&text.as_str()[..colon]) => {
            let rest = text.tail(colon + 1).trim();
            (
                text.slice(0..colon).trim(),
                (!rest.is_empty()).then_some(rest),
            )
        }
        _ => (text.clone(), None),
    };
    let span = cover(&label.source_range(), &text.source_range());
    DraftSection {
        kind: section_kind(heading.as_str()),
        label,
        heading,
        paragraphs: paragraph.into_iter().collect(),
        items: Vec::new(),
        span,
        notes: Vec::new(),
    }
}

/// A part without a Roman numeral, for items that come before the first one.
fn implicit_section(at: usize) -> DraftSection {
    DraftSection {
        kind: SectionKind::Other,
        label: Tracked::empty_at(at),
        heading: Tracked::empty_at(at),
        paragraphs: Vec::new(),
        items: Vec::new(),
        span: at..at,
        notes: Vec::new(),
    }
}

/// What a part is about, from its heading.
pub(crate) fn section_kind(heading: &str) -> SectionKind {
    let folded: String = heading.chars().map(fold_char).collect();
    let has = |words: &[&str]| words.iter().any(|w| folded.contains(w));
    if has(&["muc dich", "yeu cau"]) {
        SectionKind::Purpose
    } else if has(&["kinh phi"]) {
        SectionKind::Budget
    } else if has(&["to chuc thuc hien", "trach nhiem"]) {
        SectionKind::Organisation
    } else if has(&["bao cao"]) {
        SectionKind::Reporting
    } else if has(&["linh vuc"]) {
        SectionKind::Fields
    } else if has(&["noi dung", "hoat dong", "nhiem vu"]) {
        SectionKind::Activities
    } else {
        SectionKind::Other
    }
}

/// The innermost open item.
fn open_item<'a>(
    items: &'a mut Vec<DraftItem>,
    stack: &[(MarkerKind, usize)],
) -> Option<&'a mut DraftItem> {
    let ((_, last), path) = stack.split_last()?;
    let mut items = items;
    for (_, index) in path {
        items = &mut items.get_mut(*index)?.items;
    }
    items.get_mut(*last)
}

/// Widens the spans of the section and of every open item to cover `span`.
fn extend_spans(
    section: &mut DraftSection,
    stack: &[(MarkerKind, usize)],
    span: &std::ops::Range<usize>,
) {
    section.span = cover(&section.span, span);
    let mut items = &mut section.items;
    for (_, index) in stack {
        let Some(item) = items.get_mut(*index) else {
            return;
        };
        item.span = cover(&item.span, span);
        items = &mut item.items;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::blocks::{blocks, typical_width};
    use crate::import::lines::split_lines;

    fn body(text: &str) -> Vec<DraftSection> {
        let lines = split_lines(text);
        read_body(blocks(&lines, 0..lines.len(), typical_width(&lines), true))
    }

    fn labels(items: &[DraftItem]) -> Vec<String> {
        items.iter().map(|i| i.label.to_text()).collect()
    }

    #[test]
    fn numbering_not_markdown_levels_decides_nesting() {
        let sections = body(
            "### **III. CÁC HOẠT ĐỘNG**\n#### **1. Tiếp nhận**\nMô tả.\n#### **2. Kiểm tra**\n##### **2.1. Kiểm tra thường xuyên**\na) Cơ quan thực hiện: Sở Tư pháp.\n### **3. Điều tra**\n### **IV. KINH PHÍ**\nKinh phí thực hiện.",
        );
        assert_eq!(sections.len(), 2);
        assert_eq!(sections[0].kind, SectionKind::Activities);
        assert_eq!(labels(&sections[0].items), ["1", "2", "3"]);
        assert_eq!(sections[0].items[0].paragraphs[0].as_str(), "Mô tả.");
        assert_eq!(labels(&sections[0].items[1].items), ["2.1"]);
        assert_eq!(labels(&sections[0].items[1].items[0].items), ["a"]);
        assert_eq!(sections[1].kind, SectionKind::Budget);
        assert_eq!(sections[1].paragraphs.len(), 1);
    }

    #[test]
    fn heading_and_text_on_one_line() {
        let sections = body("III. KINH PHÍ THỰC HIỆN: Thực hiện theo quy định hiện hành. ");
        assert_eq!(sections[0].heading.as_str(), "KINH PHÍ THỰC HIỆN");
        assert_eq!(
            sections[0].paragraphs[0].as_str(),
            "Thực hiện theo quy định hiện hành."
        );
    }

    #[test]
    fn items_before_any_part_get_a_part_without_label() {
        let sections = body("1. Mục đích\nNội dung.\n2. Yêu cầu");
        assert_eq!(sections.len(), 1);
        assert_eq!(sections[0].label.as_str(), "");
        assert_eq!(labels(&sections[0].items), ["1", "2"]);
    }

    #[test]
    fn stray_marks_after_the_end_are_noted() {
        let sections = body("V. TỔ CHỨC THỰC HIỆN\n4. Đề nghị các cơ quan phối hợp./. *W*");
        let item = &sections[0].items[0];
        assert!(item.heading.as_str().ends_with("phối hợp./."));
        assert_eq!(item.notes[0].text.as_str(), "W");
        assert_eq!(item.notes[0].kept, Kept::Dropped);
    }

    #[test]
    fn deep_numbering_is_capped() {
        let mut text = String::from("I. A\n");
        for depth in 1..=40 {
            let label: Vec<String> = (0..depth.min(20)).map(|_| "1".to_string()).collect();
            let bullet = if depth <= 20 {
                format!("{}.", label.join("."))
            } else {
                "-".to_string()
            };
            text.push_str(&format!("{bullet} Mục {depth}\n"));
        }
        let sections = body(&text);
        let mut depth = 0;
        let mut items = &sections[0].items;
        while let Some(first) = items.first() {
            depth += 1;
            items = &first.items;
        }
        assert!((20..=MAX_DEPTH).contains(&depth), "{depth}");
    }
}
