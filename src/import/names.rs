//! Agency names in a field value or at the start of a duty: "Sở Tư pháp làm
//! đầu mối tổng hợp …" names "Sở Tư pháp"; "Các Sở, ban, ngành tỉnh; UBND
//! các huyện, thành phố" is nothing but names.

use super::tracked::Tracked;
use super::words::strip_any;
use crate::agency::split_list;

/// Words that end the names at the start of a clause: verbs and the words
/// that introduce what the agencies do.
const CLAUSE_WORDS: &[&str] = &[
    "có trách nhiệm",
    "chịu trách nhiệm",
    "làm",
    "chủ trì",
    "phối hợp",
    "căn cứ",
    "thực hiện",
    "tổng hợp",
    "cung cấp",
    "tham mưu",
    "xây dựng",
    "ban hành",
    "triển khai",
    "chủ động",
    "theo dõi",
    "kiểm tra",
    "hướng dẫn",
    "được",
    "là",
    "để",
    "nhằm",
    "gửi",
    "giúp",
    "bố trí",
    "xác định",
    "lựa chọn",
    "thành lập",
    "tiến hành",
    "đề xuất",
    "kịp thời",
    "báo cáo",
    "tổ chức",
    "rà soát",
    "phổ biến",
    "quán triệt",
    "đôn đốc",
    "chỉ đạo",
    "tăng cường",
    "nghiên cứu",
    "tuyên truyền",
    "thường xuyên",
    "định kỳ",
    "khi",
    "nếu",
    "đảm bảo",
    "bảo đảm",
    "quan tâm",
    "trên cơ sở",
    "tùy",
    "tuỳ",
    "ngoài",
    "trong",
    "theo",
    "phụ trách",
];

/// Clause words that are also nouns inside names, and the words after which
/// they are ("các tổ chức", "Đoàn kiểm tra", "Ban Chỉ đạo"); after a comma
/// they are nouns too ("các cơ quan, tổ chức có liên quan").
const NOUNS_IN_NAMES: &[&str] = &["tổ chức", "kiểm tra", "chỉ đạo", "theo dõi"];
const NOUN_CONTEXT: &[&str] = &["các", "những", "và", "mọi", "đoàn", "ban"];

/// How names of agencies (or of the officials heading them) begin.
const AGENCY_HEADS: &[&str] = &[
    "sở",
    "các",
    "ubnd",
    "ủy ban",
    "uỷ ban",
    "hđnd",
    "hội đồng",
    "bộ",
    "phòng",
    "văn phòng",
    "tòa án",
    "toà án",
    "viện",
    "hội",
    "đoàn",
    "mặt trận",
    "công an",
    "ban",
    "trung tâm",
    "cục",
    "chi cục",
    "đài",
    "báo",
    "cổng",
    "thanh tra",
    "kho bạc",
    "giám đốc",
    "thủ trưởng",
    "chủ tịch",
    "thường trực",
    "liên đoàn",
    "cơ quan",
    "đơn vị",
    "tổ chức",
    "chính phủ",
    "thủ tướng",
    "lãnh đạo",
    "cấp",
    "bảo hiểm",
    "ngân hàng",
    "chi nhánh",
    "tỉnh ủy",
    "tỉnh đoàn",
    "huyện ủy",
    "thành ủy",
];

/// Longest name taken, in words; longer "names" are sentences.
const MAX_NAME_WORDS: usize = 16;

/// The agency names at the start of `text`, and whether the text is nothing
/// but those names. Names must begin like an agency when the text goes on
/// past them.
pub(crate) fn leading_names(text: &Tracked) -> (Vec<Tracked>, bool) {
    let s = text.as_str();
    let end = clause_start(s);
    let head = text.slice(0..end).trim_end_matches(&[',', ';', ':', '.']);
    let names = split_names(&head);
    let only_names = end >= s.trim_end().len()
        && names
            .iter()
            .all(|n| n.as_str().split_whitespace().count() <= MAX_NAME_WORDS);
    if only_names {
        return (names, true);
    }
    match names.first() {
        Some(first) if looks_like_agency(first.as_str()) => (names, false),
        _ => (Vec::new(), false),
    }
}

/// Whether `name` begins the way agency names do ("Sở …", "UBND …", "Các cơ quan …").
pub(crate) fn looks_like_agency(name: &str) -> bool {
    strip_any(name, AGENCY_HEADS, false).is_some() && strip_any(name, CLAUSE_WORDS, false).is_none()
}

/// A list of names split at its separators, each with its source span.
pub(crate) fn split_names(text: &Tracked) -> Vec<Tracked> {
    let s = text.as_str();
    let mut from = 0;
    let mut out = Vec::new();
    for name in split_list(s) {
        let name = name.trim();
        if name.is_empty() {
            continue;
        }
        match s.get(from..).and_then(|rest| rest.find(name)) {
            Some(at) => {
                let start = from + at;
                out.push(text.slice(start..start + name.len()));
                from = start + name.len();
            }
            None => out.push(text.clone()),
        }
    }
    out
}

/// Byte offset where the names end and the clause begins: a colon or a clause word.
fn clause_start(s: &str) -> usize {
    let colon = s.find(':').unwrap_or(s.len());
    let mut prev_word: Option<&str> = None;
    let mut word_start = None;
    for (i, c) in s.char_indices() {
        if i >= colon {
            break;
        }
        let starts_word = c.is_alphabetic() && word_start.is_none();
        if starts_word {
            word_start = Some(i);
            if i > 0 {
                let rest = &s[i..];
                if let Some((word, _)) = strip_any(rest, CLAUSE_WORDS, false) {
                    let after_comma = s[..i].trim_end().ends_with(',');
                    let noun = NOUNS_IN_NAMES.contains(&word)
                        && (after_comma
                            || prev_word.is_some_and(|p| {
                                NOUN_CONTEXT.contains(&p.to_lowercase().as_str())
                            }));
                    if !noun {
                        return i;
                    }
                }
            }
        } else if !c.is_alphanumeric() {
            if let Some(start) = word_start.take() {
                prev_word = s.get(start..i);
            }
        }
    }
    colon
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::tracked::Builder;

    fn tracked(s: &str) -> Tracked {
        let mut b = Builder::new();
        b.push(s, 0..s.len());
        b.finish()
    }

    fn names(s: &str) -> (Vec<String>, bool) {
        let (names, only) = leading_names(&tracked(s));
        (names.iter().map(Tracked::to_text).collect(), only)
    }

    #[test]
    fn names_before_what_they_do() {
        assert_eq!(
            names("Sở Tư pháp làm đầu mối tổng hợp tình hình tiếp nhận"),
            (vec!["Sở Tư pháp".to_string()], false)
        );
        assert_eq!(
            names("Các cơ quan chuyên môn thuộc UBND tỉnh có trách nhiệm kiểm tra"),
            (
                vec!["Các cơ quan chuyên môn thuộc UBND tỉnh".to_string()],
                false
            )
        );
        assert_eq!(
            names("Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh cung cấp thông tin"),
            (
                vec![
                    "Viện kiểm sát nhân dân tỉnh".to_string(),
                    "Tòa án nhân dân tỉnh".to_string()
                ],
                false
            )
        );
        assert_eq!(names("Xây dựng, ban hành kế hoạch").0, Vec::<String>::new());
        assert_eq!(names("Sở Tư pháp:").0, vec!["Sở Tư pháp".to_string()]);
    }

    #[test]
    fn a_plain_list_is_only_names() {
        let (list, only) =
            names("Các Sở, ban, ngành tỉnh; UBND các huyện, thành phố và các tổ chức, cá nhân có liên quan");
        assert!(only);
        assert_eq!(
            list,
            [
                "Các Sở, ban, ngành tỉnh",
                "UBND các huyện, thành phố",
                "các tổ chức, cá nhân có liên quan"
            ]
        );
    }
}
