//! Lines → blocks: hard-wrapped lines are joined into paragraphs, and each
//! numbered line starts a block of its own.
//!
//! Blank lines carry no meaning (some pasted texts put one after every line,
//! others break paragraphs across pages); a paragraph ends where a line ends
//! a sentence and the next starts with a capital, where a numbered line
//! starts, or at a Markdown hard break.

use super::lines::{Line, LineKind};
use super::marker::{parse_marker, MarkerKind};
use super::tracked::{Builder, Tracked};
use super::words::{
    char_len, is_all_caps, is_terminated, starts_lowercase, starts_uppercase, starts_with_acronym,
    strip_any,
};
use std::ops::Range;

/// A paragraph or a numbered entry.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    /// Numbering style, when the block starts with a marker.
    pub marker: Option<MarkerKind>,
    /// The label as written ("3.1", "a", "-"); empty without a marker.
    pub label: Tracked,
    /// The text after the marker, lines joined with single spaces.
    pub text: Tracked,
    /// A Markdown heading.
    pub heading: bool,
    /// A web address alone on its line.
    pub url: bool,
    /// Indices of the first and one past the last line.
    pub lines: Range<usize>,
    /// How many content lines were joined.
    pub joined: usize,
}

/// Words that keep their capital inside a sentence: a wrapped line starting
/// with one of them usually continues a long heading ("… Văn phòng / UBND tỉnh").
const CAPITALISED_IN_SENTENCES: &[&str] = &[
    "ủy ban",
    "uỷ ban",
    "hội đồng",
    "hội",
    "sở",
    "bộ",
    "nhà nước",
    "chính phủ",
    "thủ tướng",
    "chủ tịch",
    "quốc hội",
    "nghị định",
    "nghị quyết",
    "thông tư",
    "quyết định",
    "luật",
    "kế hoạch",
    "văn phòng",
    "tòa án",
    "toà án",
    "viện",
    "đoàn",
    "mặt trận",
    "phòng",
    "cục",
    "chi cục",
    "quy chế",
    "trung ương",
    "tỉnh",
    "thành phố",
    "huyện",
    "quận",
    "thị xã",
    "xã",
    "phường",
    "công an",
    "cổng",
    "đài",
    "báo",
    "ban",
    "tư pháp",
    "nhân dân",
    "đảng",
    "việt nam",
    "hiến pháp",
    "chỉ thị",
    "thường trực",
    "giám đốc",
    "tổng cục",
    "liên đoàn",
    "kho bạc",
    "thanh tra",
    "trung tâm",
    "mục",
    "điều",
    "khoản",
    "phụ lục",
    "chương",
];

/// The typical length of a full line, in characters: the median of the
/// lines long enough to have been wrapped.
pub(crate) fn typical_width(lines: &[Line]) -> usize {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| l.kind == LineKind::Text)
        .map(|l| char_len(l.as_str()))
        .filter(|&n| n >= 40)
        .collect();
    lengths.sort_unstable();
    lengths.get(lengths.len() / 2).copied().unwrap_or(80)
}

/// A marker on `line` that starts a block, given whether the text before ended a clause.
pub(crate) fn block_marker(line: &Line, after_clause: bool) -> Option<(MarkerKind, usize, usize)> {
    let text = line.as_str();
    let marker = parse_marker(text)?;
    let body = text.get(marker.body..).unwrap_or("");
    let accepted = match marker.kind {
        MarkerKind::Letter => true,
        MarkerKind::Roman | MarkerKind::Arabic(_) | MarkerKind::ArabicParen => {
            !starts_lowercase(body)
        }
        MarkerKind::Dash | MarkerKind::Plus | MarkerKind::Bullet(_) => {
            after_clause || !starts_lowercase(body)
        }
    };
    accepted.then_some((marker.kind, marker.label_len, marker.body))
}

/// Joins the content lines `range` of `lines` into blocks. Without
/// `numbered`, a marker still starts a block but stays in its text.
pub(crate) fn blocks(
    lines: &[Line],
    range: Range<usize>,
    width: usize,
    numbered: bool,
) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut current: Option<(Block, Builder, usize)> = None;
    for index in range {
        let Some(line) = lines.get(index) else { break };
        if !line.is_content() {
            continue;
        }
        let prev = current.as_ref().and_then(|(_, _, last)| lines.get(*last));
        let after_clause = prev.is_none_or(|p| is_terminated(p.as_str()) || p.hard_break);
        let marker = if line.kind == LineKind::Url {
            None
        } else {
            block_marker(line, after_clause)
        };
        let starts_block = marker.is_some();
        let marker = marker.filter(|_| numbered);
        if let (Some((block, builder, last)), false) = (current.as_mut(), starts_block) {
            if continues(block, builder, &lines[*last], line, width) {
                if !ends_in_hyphenated_word(lines[*last].as_str()) {
                    builder.space(lines[*last].span.end);
                }
                builder.push_tracked(&line.text);
                block.lines.end = index + 1;
                block.joined += 1;
                *last = index;
                continue;
            }
        }
        if let Some((block, builder, _)) = current.take() {
            out.push(finish(block, builder));
        }
        let (kind, label, body) = match marker {
            Some((kind, label_len, body)) => (
                Some(kind),
                line.text.slice(0..label_len),
                line.text.tail(body),
            ),
            None => (
                None,
                Tracked::empty_at(line.text.source_at(0)),
                line.text.clone(),
            ),
        };
        let mut builder = Builder::new();
        builder.push_tracked(&body);
        let block = Block {
            marker: kind,
            label,
            text: body.slice(0..0),
            heading: line.heading,
            url: line.kind == LineKind::Url,
            lines: index..index + 1,
            joined: 1,
        };
        current = Some((block, builder, index));
    }
    if let Some((block, builder)) = current.map(|(b, builder, _)| (b, builder)) {
        out.push(finish(block, builder));
    }
    out
}

/// "… số 59/2012/NĐ-" wrapped before "CP": the word goes on without a space
/// (unlike "kinh tế -" before "xã hội").
fn ends_in_hyphenated_word(line: &str) -> bool {
    let mut chars = line.chars().rev();
    chars.next() == Some('-') && chars.next().is_some_and(|c| !c.is_whitespace())
}

fn finish(mut block: Block, builder: Builder) -> Block {
    let text = builder.finish();
    if !text.is_empty() {
        block.text = text;
    }
    block
}

/// Whether `next` continues the block whose last line is `prev`.
fn continues(block: &Block, builder: &Builder, prev: &Line, next: &Line, width: usize) -> bool {
    if block.heading || block.url || next.heading || next.kind == LineKind::Url || prev.hard_break {
        return false;
    }
    let text = next.as_str();
    if builder.len() == 0 {
        // "I." alone on its line: the heading follows on the next one.
        return true;
    }
    if prev.as_str().trim_end().ends_with("./.") {
        return false;
    }
    if is_terminated(prev.as_str()) {
        return starts_lowercase(text);
    }
    if !is_heading_so_far(block, builder) || !starts_uppercase(text) {
        return true;
    }
    // An unfinished heading followed by a capitalised line: a new paragraph,
    // unless the heading was cut in the middle of a name.
    let heading_so_far = prev.as_str();
    if is_all_caps(heading_so_far) {
        return is_all_caps(text);
    }
    let long_enough = char_len(heading_so_far) * 2 >= width;
    let capitalised =
        starts_with_acronym(text) || strip_any(text, CAPITALISED_IN_SENTENCES, false).is_some();
    long_enough && capitalised
}

/// Lines a numbered heading may wrap over.
const MAX_HEADING_LINES: usize = 2;

/// Whether the block so far reads as a numbered heading: a few lines with no
/// sentence punctuation inside.
fn is_heading_so_far(block: &Block, builder: &Builder) -> bool {
    block.marker.is_some()
        && block.joined <= MAX_HEADING_LINES
        && ![". ", "; ", ": "]
            .iter()
            .any(|p| builder.text().contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::lines::split_lines;

    fn texts(input: &str) -> Vec<(String, String)> {
        let lines = split_lines(input);
        let width = typical_width(&lines);
        blocks(&lines, 0..lines.len(), width, true)
            .into_iter()
            .map(|b| (b.label.to_text(), b.text.to_text()))
            .collect()
    }

    #[test]
    fn double_spaced_wrapped_lines_join() {
        let input = "- Tiếp tục triển khai đồng bộ, hiệu quả Nghị định số 59/2012/NĐ-CP ngày \n\n23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật \n\n(viết tắt là Nghị định số 59/2012/NĐ-CP của Chính phủ). \n\n- Tiếp tục triển khai";
        let got = texts(input);
        assert_eq!(got.len(), 2);
        assert!(got[0].1.starts_with("Tiếp tục triển khai đồng bộ"));
        assert!(got[0].1.ends_with("của Chính phủ)."));
        assert!(got[0].1.contains("ngày 23 tháng 7"));
    }

    #[test]
    fn short_heading_then_paragraph() {
        let input = "1. Mục đích \n\nTriển khai thực hiện có hiệu quả công tác theo dõi tình hình thi hành \n\npháp luật tại Văn phòng UBND tỉnh.";
        let got = texts(input);
        assert_eq!(got[0], ("1".into(), "Mục đích".into()));
        assert!(got[1].1.starts_with("Triển khai"));
    }

    #[test]
    fn heading_cut_inside_a_name_continues() {
        let input = "III. Trách nhiệm của phòng, ban, trung tâm trực thuộc Văn phòng \n\nUBND tỉnh \n\n1. Phòng Nội chính";
        let got = texts(input);
        assert_eq!(
            got[0].1,
            "Trách nhiệm của phòng, ban, trung tâm trực thuộc Văn phòng UBND tỉnh"
        );
        assert_eq!(got[1], ("1".into(), "Phòng Nội chính".into()));
    }

    #[test]
    fn long_heading_then_sentence_breaks() {
        let input = "3. Tập huấn, bồi dưỡng nghiệp vụ và triển khai các văn bản quy \n\nphạm pháp luật quy định về công tác theo dõi tình hình thi hành pháp luật \n\nCử công chức tham gia các lớp bồi dưỡng, tập huấn nghiệp vụ và triển \n\nkhai các văn bản quy định.";
        let got = texts(input);
        assert_eq!(got.len(), 2);
        assert!(got[0].1.ends_with("thi hành pháp luật"));
        assert!(got[1].1.starts_with("Cử công chức"));
    }

    #[test]
    fn page_break_inside_a_paragraph_joins() {
        let input = "Lĩnh vực được xác định theo Quyết định của Thủ tướng\n\nChính phủ, hướng dẫn của Bộ Tư pháp.\n\n2. Các hoạt động";
        let got = texts(input);
        assert_eq!(got.len(), 2);
        assert!(got[0].1.contains("Thủ tướng Chính phủ"));
    }

    #[test]
    fn a_reference_on_the_next_line_continues() {
        let input = "- Xây dựng báo cáo công tác theo dõi tình hình thi hành pháp luật năm 2024 \ntrên địa bàn, trong đó có lĩnh vực trọng tâm liên ngành, gửi về Sở, ngành được giao \nchủ trì và Sở Tư pháp đúng thời hạn, đảm bảo đầy đủ về nội dung theo yêu cầu tại \n\nMục III.6 của Kế hoạch. ";
        let got = texts(input);
        assert_eq!(got.len(), 1);
        assert!(got[0].1.ends_with("yêu cầu tại Mục III.6 của Kế hoạch."));
    }

    #[test]
    fn a_number_cut_at_its_hyphen_is_rejoined() {
        let input = "3. UBND quận, huyện, thị xã căn cứ quy định của Nghị định số 59/2012/NĐ- \nCP, Nghị định số 32/2020/NĐ-CP, Kế hoạch phát triển kinh tế - \nxã hội.";
        let got = texts(input);
        assert!(
            got[0].1.contains("59/2012/NĐ-CP, Nghị định"),
            "{}",
            got[0].1
        );
        assert!(got[0].1.contains("kinh tế - xã hội."));
    }

    #[test]
    fn a_long_item_continues_across_a_page_break() {
        let input = "- Thực hiện đầy đủ nguyên tắc; đồng thời, thực hiện hiệu quả Quy chế phối hợp trên địa bàn tỉnh Kon \n\n2 \n\nTum (ban hành kèm theo Quyết định số 30/2021/QĐ-UBND). \n\n- Xác định rõ";
        let got = texts(input);
        assert_eq!(got.len(), 2);
        assert!(got[0].1.contains("tỉnh Kon Tum (ban hành"));
    }
}
