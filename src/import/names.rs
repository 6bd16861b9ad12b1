//! Agency names in a field value or at the start of a duty: "Sở Tư pháp làm
//! đầu mối tổng hợp …" names "Sở Tư pháp"; "Các Sở, ban, ngành tỉnh; UBND
//! các huyện, thành phố" is nothing but names.

use super::tracked::Tracked;
use super::words::{starts_lowercase, strip_any};
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

/// Longest list of names read; a longer text is not a list of agencies, and
/// splitting it costs more than it is worth.
const MAX_LIST_BYTES: usize = 4096;

/// Longest name taken, in words; longer "names" are sentences.
const MAX_NAME_WORDS: usize = 16;

/// The agency names at the start of `text`, and whether the text is nothing
/// but those names. Names must begin like an agency when the text goes on
/// past them.
pub(crate) fn leading_names(text: &Tracked) -> (Vec<Tracked>, bool) {
    let s = text.as_str();
    let end = clause_start(s);
    let head = text.slice(0..end).trim_end_matches(&[',', ';', ':', '.']);
    let whole = end >= s.trim_end().len();
    if !whole && !looks_like_agency(head.as_str()) {
        return (Vec::new(), false);
    }
    let names = split_names(&head);
    let only_names = whole
        && names
            .iter()
            .all(|n| n.as_str().split_whitespace().count() <= MAX_NAME_WORDS);
    if only_names {
        return (names, true);
    }
    match names.first() {
        Some(first) if looks_like_agency(first.as_str()) => {
            let mut names = names;
            names.extend(trailing_names(&text.tail(end)));
            (names, false)
        }
        _ => (Vec::new(), false),
    }
}

/// Names joined by a last "và" after the clause: "Các Sở, ngành phụ trách tham
/// mưu trong lĩnh vực trọng tâm và các cơ quan, tổ chức có liên quan".
fn trailing_names(rest: &Tracked) -> Vec<Tracked> {
    let s = rest.as_str();
    let Some(at) = s.rfind(" và ") else {
        return Vec::new();
    };
    let tail = rest
        .tail(at + " và ".len())
        .trim_end_matches(&['.', ';', ',']);
    let whole = clause_start(tail.as_str()) >= tail.len();
    if whole && looks_like_agency(tail.as_str()) {
        split_names(&tail)
    } else {
        Vec::new()
    }
}

/// Whether `name` begins the way agency names do ("Sở …", "UBND …", "Các cơ quan …").
pub(crate) fn looks_like_agency(name: &str) -> bool {
    let noun = match strip_any(name, PLURALS, false) {
        Some((_, len)) => name.get(len..).unwrap_or("").trim_start(),
        None => name,
    };
    strip_any(noun, AGENCY_HEADS, false).is_some() && strip_any(noun, CLAUSE_WORDS, false).is_none()
}

/// Plural markers before a group of agencies ("các cơ quan", "những đơn vị").
const PLURALS: &[&str] = &["các", "những"];

/// Longest "Các …" group that lower-case kinds after a comma still extend
/// ("Các phòng, ban, trung tâm trực thuộc Văn phòng").
const MAX_GROUP_WORDS: usize = 4;

/// Titles of officials heading an agency ("Giám đốc Sở, Thủ trưởng ban, ngành").
const OFFICIALS: &[&str] = &[
    "giám đốc",
    "thủ trưởng",
    "chủ tịch",
    "phó chủ tịch",
    "chánh",
    "trưởng",
];

/// A list of names split at its separators, each with its source span: ";"
/// always separates, a list of officials is split before each title.
pub(crate) fn split_names(text: &Tracked) -> Vec<Tracked> {
    let s = text.as_str();
    if s.len() > MAX_LIST_BYTES {
        return Vec::new();
    }
    let mut from = 0;
    let mut out = Vec::new();
    let names = s
        .split(';')
        .flat_map(|part| join_groups(split_list(part)))
        .flat_map(|name| split_officials(&name));
    for name in names {
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

/// Rejoins kinds of agency that share one "Các": "Các phòng", "ban", "trung
/// tâm trực thuộc …" → "Các phòng, ban, trung tâm trực thuộc …".
fn join_groups(names: Vec<String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        match out.last_mut() {
            Some(group)
                if starts_lowercase(&name)
                    && strip_any(group, PLURALS, false).is_some()
                    && group.split_whitespace().count() <= MAX_GROUP_WORDS =>
            {
                group.push_str(", ");
                group.push_str(&name);
            }
            _ => out.push(name),
        }
    }
    out
}

/// "Giám đốc Sở, Thủ trưởng ban, ngành Thành phố" → one name per official.
fn split_officials(name: &str) -> Vec<String> {
    if strip_any(name, OFFICIALS, false).is_none() {
        return vec![name.to_string()];
    }
    let mut parts: Vec<String> = Vec::new();
    for piece in name.split(", ") {
        match parts.last_mut() {
            Some(last) if strip_any(piece, OFFICIALS, false).is_none() => {
                last.push_str(", ");
                last.push_str(piece);
            }
            _ => parts.push(piece.to_string()),
        }
    }
    parts
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
        assert_eq!(
            names("Các Sở, ngành phụ trách tham mưu trong lĩnh vực trọng tâm, liên ngành và các cơ quan, tổ chức có liên quan."),
            (
                vec!["Các Sở, ngành".to_string(), "các cơ quan, tổ chức có liên quan".to_string()],
                false
            )
        );
        assert_eq!(names("Sở Tư pháp:").0, vec!["Sở Tư pháp".to_string()]);
    }

    #[test]
    fn officials_are_named_one_by_one() {
        assert_eq!(
            names("Giám đốc Sở, Thủ trưởng ban, ngành Thành phố").0,
            ["Giám đốc Sở", "Thủ trưởng ban, ngành Thành phố"]
        );
        assert_eq!(
            names("Chủ tịch UBND quận, huyện, thị xã").0,
            ["Chủ tịch UBND quận, huyện, thị xã"]
        );
    }

    #[test]
    fn kinds_sharing_one_plural_stay_together() {
        assert_eq!(
            names("Các phòng, ban, trung tâm trực thuộc Văn phòng UBND tỉnh").0,
            ["Các phòng, ban, trung tâm trực thuộc Văn phòng UBND tỉnh"]
        );
        assert_eq!(
            names("Hội doanh nghiệp tỉnh cung cấp ý kiến về tính khả thi và các vấn đề có liên quan khác;").0,
            ["Hội doanh nghiệp tỉnh"]
        );
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
