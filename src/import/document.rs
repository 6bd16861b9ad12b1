//! The layout of a whole plan: header, "KẾ HOẠCH" and title, preamble, body,
//! and the closing, recipients and signature at the end.

use super::blocks::{block_marker, blocks, typical_width};
use super::body::read_body;
use super::draft::{Draft, DraftCitation, Kept, Note};
use super::fields::{read_activities, read_assignees};
use super::footer::{read_footer, starts_footer};
use super::header::read_header;
use super::lines::{Line, LineKind};
use super::marker::MarkerKind;
use super::tracked::{Builder, Tracked};
use super::words::{find_phrase, fold_char, starts_lowercase, strip_any, strip_phrase};
use crate::cite::{find_citations, DocKind};
use crate::model::Profile;
use crate::time::date::digits;
use std::collections::HashSet;

/// Openers of the preamble ("Căn cứ …", "Thực hiện …").
const PREAMBLE_OPENERS: &[&str] = &[
    "căn cứ",
    "thực hiện",
    "triển khai",
    "thi hành",
    "theo đề nghị",
    "xét đề nghị",
    "để",
    "nhằm",
    "trên cơ sở",
    "theo kế hoạch",
    "theo quyết định",
    "theo chỉ đạo",
    "theo nghị",
    "theo thông",
];

/// Openers that cannot start a title.
const STRONG_OPENERS: &[&str] = &[
    "căn cứ",
    "thực hiện",
    "thi hành",
    "theo đề nghị",
    "xét đề nghị",
];

/// Reads every part of the plan from its lines.
pub(crate) fn read_document(lines: &[Line]) -> Draft {
    let width = typical_width(lines);
    let starts_with = |kind: MarkerKind| {
        move |l: &Line| {
            l.kind == LineKind::Text && block_marker(l, true).is_some_and(|m| m.0 == kind)
        }
    };
    let first_part = lines.iter().position(starts_with(MarkerKind::Roman));
    let plan_line = lines
        .iter()
        .take(first_part.unwrap_or(lines.len()))
        .position(|l| l.kind == LineKind::Text && plan_word_len(l.as_str()).is_some());
    // A plan without Roman parts starts its body at its first numbered item.
    let body_start = first_part.or_else(|| {
        let after_title = plan_line.map_or(0, |k| k + 2);
        lines
            .iter()
            .skip(after_title)
            .position(starts_with(MarkerKind::Arabic(1)))
            .map(|i| i + after_title)
    });
    let mut draft = Draft::default();

    let search_from = plan_line.map_or(0, |k| k + 1);
    let top_end = body_start.unwrap_or(lines.len());
    let footer_start = footer_start(lines, body_start.unwrap_or(search_from));
    let top_end = top_end.min(footer_start);

    let preamble_start = match plan_line {
        Some(k) => {
            let header = read_header(lines, 0..k);
            draft.notes.extend(
                header
                    .other
                    .iter()
                    .map(|t| ("/issuer".to_string(), dropped(t))),
            );
            apply_header(&mut draft, header);
            let (title, next) = read_title(lines, k, top_end);
            draft.title = title;
            next
        }
        None => {
            let opener = (0..top_end).find(|&i| {
                lines.get(i).is_some_and(|l| {
                    l.kind == LineKind::Text
                        && strip_any(l.as_str(), PREAMBLE_OPENERS, false).is_some()
                })
            });
            let header_end = opener.unwrap_or(top_end);
            let header = read_header(lines, 0..header_end);
            if let Some(first) = lines.iter().take(header_end).find(|l| l.is_content()) {
                if starts_lowercase(first.as_str()) {
                    draft.truncated_start = Some(first.text.clone());
                }
            }
            let fragments = header.other.clone();
            apply_header(&mut draft, header);
            if opener.is_some() {
                draft.title = join_parts(&fragments, ' ');
            } else {
                draft.preamble = join_parts(&fragments, '\n');
            }
            header_end
        }
    };

    let preamble_blocks = blocks(lines, preamble_start..top_end, width, false);
    let preamble: Vec<Tracked> = preamble_blocks.into_iter().map(|b| b.text).collect();
    if let Some(joined) = join_parts(&preamble, '\n') {
        draft.preamble = Some(match draft.preamble.take() {
            Some(before) => join_parts(&[before, joined], '\n').unwrap_or_default(),
            None => joined,
        });
    }

    read_citations(&mut draft);

    if let Some(start) = body_start.filter(|&s| s < footer_start) {
        let mut sections = read_body(blocks(lines, start..footer_start, width, true));
        read_activities(&mut sections);
        read_assignees(&mut sections);
        draft.sections = sections;
    }

    let footer = read_footer(lines, footer_start..lines.len());
    draft.closing = footer.closing;
    draft.recipients = footer.recipients;
    draft.recipients_span = footer.recipients_span;
    draft.recipients_label = footer.recipients_label;
    draft.signature.authority = footer.authority;
    draft.signature.title = footer.title;
    draft.signature.name = footer.name;
    draft.notes.extend(
        footer
            .stray
            .iter()
            .map(|(p, t)| (p.to_string(), dropped(t))),
    );

    draft.footnotes = lines
        .iter()
        .filter(|l| l.kind == LineKind::Footnote)
        .map(|l| l.text.clone())
        .collect();
    draft.year = draft.title.as_ref().and_then(plan_year);
    draft.profile = profile(&draft);
    draft
}

/// The documents the preamble cites: a plan it implements ("Thực hiện Kế
/// hoạch số 148/KH-UBND …") is the parent plan, the others are legal bases.
/// Documents named inside another citation's subject, or named again ("sau
/// đây gọi tắt là Nghị định số 32/2020/NĐ-CP"), are not bases of their own.
fn read_citations(draft: &mut Draft) {
    let Some(preamble) = &draft.preamble else {
        return;
    };
    let mut seen = HashSet::new();
    for (clause_start, clause) in clauses(preamble.as_str()) {
        let mut outer_end = 0;
        for (span, parsed) in find_citations(clause) {
            if span.start < outer_end {
                continue;
            }
            outer_end = span.end;
            let citation = parsed.to_model();
            if !citation.number.is_empty() && !seen.insert(citation.number.clone()) {
                continue;
            }
            let source = preamble.slice(clause_start + span.start..clause_start + span.end);
            let citation = DraftCitation {
                citation,
                span: source.source_range(),
            };
            if parsed.kind == DocKind::Plan && draft.parent_plan.is_none() {
                draft.parent_plan = Some(citation);
            } else {
                draft.legal_bases.push(citation);
            }
        }
    }
}

/// Longest clause searched for citations; real ones are far shorter, and the
/// search grows with the square of the length.
const MAX_CLAUSE_BYTES: usize = 16 * 1024;

/// The clauses of a preamble (a citation never spans ";" or a new line), with
/// their byte offsets.
fn clauses(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive([';', '\n'])
        .scan(0, |start, clause| {
            let at = *start;
            *start += clause.len();
            Some((at, clause))
        })
        .filter(|(_, clause)| clause.len() <= MAX_CLAUSE_BYTES)
}

fn dropped(text: &Tracked) -> Note {
    Note {
        text: text.clone(),
        kept: Kept::Dropped,
    }
}

fn apply_header(draft: &mut Draft, header: super::header::Header) {
    draft.issuer_parent = header.issuer_parent;
    draft.issuer_name = header.issuer_name;
    draft.number = header.number;
    draft.place = header.place;
    draft.date = header.date;
}

/// Length of "KẾ HOẠCH" at the start of a line.
fn plan_word_len(text: &str) -> Option<usize> {
    let len = strip_phrase(text, "KẾ HOẠCH", true)?;
    super::words::is_all_caps(text.get(..len)?).then_some(len)
}

/// The title after the "KẾ HOẠCH" line `plan_line`: its first line and the
/// lines that continue it. Returns the title and the line after it.
fn read_title(lines: &[Line], plan_line: usize, end: usize) -> (Option<Tracked>, usize) {
    let mut builder = Builder::new();
    let mut next = plan_line + 1;
    if let Some(line) = lines.get(plan_line) {
        let rest = plan_word_len(line.as_str()).map(|len| line.text.tail(len).trim());
        if let Some(rest) = rest.filter(|r| !r.is_empty()) {
            builder.push_tracked(&rest);
        }
    }
    let mut last: Option<&Line> = None;
    for index in plan_line + 1..end {
        let Some(line) = lines.get(index) else { break };
        if !line.is_content() {
            continue;
        }
        let text = line.as_str();
        let takes = match last {
            None if builder.len() == 0 => {
                strip_any(text, STRONG_OPENERS, false).is_none()
                    && block_marker(line, true).is_none()
            }
            _ => starts_lowercase(text) && !last.is_some_and(|l| l.hard_break),
        };
        if !takes {
            break;
        }
        builder.space(line.span.start);
        builder.push_tracked(&line.text);
        last = Some(line);
        next = index + 1;
    }
    let title = builder.finish();
    ((!title.is_empty()).then_some(title), next)
}

/// Where the end of the plan starts: the closing, "Nơi nhận", a signature,
/// or the line after the end mark "./." when no part follows it.
fn footer_start(lines: &[Line], from: usize) -> usize {
    let mut after_end_mark = None;
    for (index, line) in lines.iter().enumerate().skip(from) {
        if line.kind != LineKind::Text {
            continue;
        }
        let marker = block_marker(line, true);
        if starts_footer(line) && marker.is_none() {
            return after_end_mark.unwrap_or(index);
        }
        if marker.is_some_and(|m| m.0 == MarkerKind::Roman) {
            after_end_mark = None;
        }
        if after_end_mark.is_none() && line.as_str().contains("./.") {
            after_end_mark = Some(index + 1);
        }
    }
    after_end_mark.unwrap_or(lines.len())
}

/// `parts` joined by `separator` (a space or a new line).
fn join_parts(parts: &[Tracked], separator: char) -> Option<Tracked> {
    let mut builder = Builder::new();
    for part in parts.iter().filter(|p| !p.is_empty()) {
        if separator == '\n' {
            builder.line_break(part.source_at(0));
        } else {
            builder.space(part.source_at(0));
        }
        builder.push_tracked(part);
    }
    let joined = builder.finish();
    (!joined.is_empty()).then_some(joined)
}

/// The year in the title ("… năm 2025"), the last one written.
fn plan_year(title: &Tracked) -> Option<(i32, Tracked)> {
    let text = title.as_str();
    let mut found = None;
    let mut from = 0;
    while let Some(r) = text.get(from..).and_then(|rest| find_phrase(rest, "năm")) {
        let at = from + r.end;
        let bytes = text.as_bytes();
        let start = crate::time::date::skip_space(bytes, at);
        if let Some((year, end)) = digits(bytes, start, 4, 4) {
            if let Ok(year) = i32::try_from(year) {
                found = Some((year, title.slice(start..end)));
            }
        }
        from = at;
    }
    found
}

/// A plan on monitoring law implementation says so in its title or preamble.
fn profile(draft: &Draft) -> Profile {
    let mentions = |t: &Option<Tracked>, phrases: &[&str]| {
        t.as_ref().is_some_and(|t| {
            let folded: String = t.as_str().chars().map(fold_char).collect();
            phrases.iter().any(|p| folded.contains(p))
        })
    };
    let in_title = mentions(
        &draft.title,
        &[
            "theo doi tinh hinh thi hanh phap luat",
            "theo doi thi hanh phap luat",
        ],
    );
    let in_preamble = mentions(
        &draft.preamble,
        &[
            "ke hoach theo doi tinh hinh thi hanh phap luat",
            "ke hoach theo doi thi hanh phap luat",
        ],
    );
    if in_title || in_preamble {
        Profile::LawMonitoring
    } else {
        Profile::Generic
    }
}
