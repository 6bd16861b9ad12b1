//! An agency field as written → the individual names in it.
//!
//! The longest run of pieces the table knows is one name, commas and "và"
//! included ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các huyện,
//! thành phố"). Elsewhere "và" separates two names only when both sides look
//! like agencies, so "Sở Kế hoạch và Đầu tư" stays whole even when the table
//! lacks it; and after text the table does not know, a comma separates only
//! when an agency follows ("Các Sở, ngành phụ trách …, liên ngành").

use super::key::agency_key;
use super::resolve::find_hit;
use crate::reference::agencies::Agencies;
use crate::text::to_nfc;
use std::ops::Range;

/// Longest run of pieces tried as one name.
const MAX_RUN: usize = 10;

/// First words of agency names (keys), for "và" between names not in the table.
const HEADS: &[&str] = &[
    "bộ",
    "báo",
    "ban",
    "bệnh viện",
    "chi cục",
    "chi nhánh",
    "chủ tịch",
    "cơ quan",
    "công an",
    "cổng",
    "cục",
    "đài",
    "đoàn",
    "đơn vị",
    "hiệp hội",
    "hội",
    "kho bạc",
    "liên đoàn",
    "mặt trận",
    "ngân hàng",
    "phó chủ tịch",
    "phòng",
    "quỹ",
    "sở",
    "thanh tra",
    "thường trực",
    "tỉnh đoàn",
    "tòa án",
    "tổ chức",
    "tổng cục",
    "trung tâm",
    "trường",
    "ủy ban",
    "văn phòng",
    "viện",
    "vụ",
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Separator {
    List,
    And,
    End,
}

struct Piece {
    span: Range<usize>,
    then: Separator,
}

/// Splits an agency field into names, each trimmed, with single spaces and in
/// NFC; no other text is dropped. Uses the built-in table.
pub fn split_list(s: &str) -> Vec<String> {
    split_with(s, &crate::reference::Reference::builtin().agencies)
}

/// [`split_list`] against a given table.
pub(crate) fn split_with(s: &str, agencies: &Agencies) -> Vec<String> {
    let text = to_nfc(s);
    let pieces = pieces(&text);
    let run_text = |from: usize, to: usize| -> &str {
        match (pieces.get(from), pieces.get(to)) {
            (Some(a), Some(b)) => text.get(a.span.start..b.span.end).unwrap_or_default(),
            _ => "",
        }
    };
    let known_run_from = |from: usize| -> Option<usize> {
        (from..pieces.len().min(from + MAX_RUN))
            .rev()
            .find(|&to| find_hit(run_text(from, to), agencies).is_some())
    };

    let mut names = Vec::new();
    let mut from = 0;
    while from < pieces.len() {
        let known = known_run_from(from);
        let mut to = known.unwrap_or(from);
        let mut whole_is_known = known.is_some();
        let left_is_agency = whole_is_known || looks_like_agency(run_text(from, from));
        while let Some(piece) = pieces.get(to).filter(|_| to + 1 < pieces.len()) {
            let right_is_agency =
                || known_run_from(to + 1).is_some() || looks_like_agency(run_text(to + 1, to + 1));
            let split = match piece.then {
                Separator::End => true,
                Separator::List => whole_is_known || right_is_agency(),
                Separator::And => left_is_agency && right_is_agency(),
            };
            if split {
                break;
            }
            to += 1;
            whole_is_known = false;
        }
        let name = run_text(from, to)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if !name.is_empty() {
            names.push(name);
        }
        from = to + 1;
    }
    names
}

/// Cuts `text` at commas, semicolons and the word "và"; pieces are trimmed and
/// empty ones dropped.
fn pieces(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut push = |span: Range<usize>, then: Separator| {
        if let Some(trimmed) = trim_span(text, span) {
            pieces.push(Piece {
                span: trimmed,
                then,
            });
        }
    };
    let mut skip_until = 0;
    for (i, c) in text.char_indices() {
        if i < skip_until {
            continue;
        }
        if c == ',' || c == ';' {
            push(start..i, Separator::List);
            start = i + 1;
        } else if c.is_whitespace() {
            let after = i + c.len_utf8();
            let Some(end_of_and) = text
                .get(after..)
                .and_then(and_word_len)
                .map(|len| after + len)
            else {
                continue;
            };
            push(start..i, Separator::And);
            start = end_of_and;
            skip_until = end_of_and;
        }
    }
    push(start..text.len(), Separator::End);
    pieces
}

/// Length of "và" (any case) at the start of `rest`, if a space follows it.
fn and_word_len(rest: &str) -> Option<usize> {
    let word = ["và", "Và", "VÀ"]
        .into_iter()
        .find(|w| rest.starts_with(w))?;
    rest.get(word.len()..)?
        .starts_with(char::is_whitespace)
        .then_some(word.len())
}

/// `span` without surrounding spaces or a final full stop; `None` when empty.
fn trim_span(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let piece = text.get(span.clone())?;
    let start = span.start + (piece.len() - piece.trim_start().len());
    let trimmed = piece.trim().trim_end_matches('.').trim_end();
    (!trimmed.is_empty()).then_some(start..start + trimmed.len())
}

fn looks_like_agency(name: &str) -> bool {
    let key = agency_key(name);
    HEADS.iter().any(|head| {
        key.strip_prefix(head)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_inside_known_names_do_not_split() {
        assert_eq!(
            split_list("Sở Văn hóa, Thể thao và Du lịch"),
            ["Sở Văn hóa, Thể thao và Du lịch"]
        );
        assert_eq!(
            split_list("Ủy ban nhân dân các huyện, thành phố"),
            ["Ủy ban nhân dân các huyện, thành phố"]
        );
    }

    #[test]
    fn and_between_two_agencies_splits() {
        assert_eq!(
            split_list("Sở Tư pháp và các đơn vị, địa phương liên quan."),
            ["Sở Tư pháp", "các đơn vị, địa phương liên quan"]
        );
        assert_eq!(
            split_list("Sở Tư pháp và Sở Nội vụ"),
            ["Sở Tư pháp", "Sở Nội vụ"]
        );
    }

    #[test]
    fn and_inside_a_name_outside_the_table_does_not_split() {
        assert_eq!(
            split_list("Phòng Văn hóa và Thông tin, Sở Tư pháp"),
            ["Phòng Văn hóa và Thông tin", "Sở Tư pháp"]
        );
    }

    #[test]
    fn a_description_after_a_group_stays_with_it() {
        assert_eq!(
            split_list(
                "Các Sở, ngành phụ trách tham mưu trong lĩnh vực trọng tâm, liên ngành \
                 và các cơ quan, tổ chức có liên quan."
            ),
            [
                "Các Sở, ngành phụ trách tham mưu trong lĩnh vực trọng tâm, liên ngành",
                "các cơ quan, tổ chức có liên quan"
            ]
        );
    }

    #[test]
    fn nothing_is_dropped_from_unknown_text() {
        assert_eq!(
            split_list("Ban A, Ban B; Ban C"),
            ["Ban A", "Ban B", "Ban C"]
        );
        assert_eq!(split_list("  ;  "), Vec::<String>::new());
        assert_eq!(split_list("và"), ["và"]);
    }
}
