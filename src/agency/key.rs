//! Lookup keys for agency names: the text key ([`fold_key`]) with the usual
//! abbreviations written out ("UBND" → "ủy ban nhân dân"), one spelling of
//! commas and dashes, and no leading "các".

use crate::text::fold_key;

/// Abbreviations used in agency names (lowercase, sorted by bytes), matched as
/// whole words.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("bch", "bộ chỉ huy"),
    ("bchqs", "bộ chỉ huy quân sự"),
    ("btp", "bộ tư pháp"),
    ("ca", "công an"),
    ("chqs", "chỉ huy quân sự"),
    ("cqcm", "cơ quan chuyên môn"),
    ("ct", "chủ tịch"),
    ("gd&đt", "giáo dục và đào tạo"),
    ("gdđt", "giáo dục và đào tạo"),
    ("gtvt", "giao thông vận tải"),
    ("hccb", "hội cựu chiến binh"),
    ("hlhpn", "hội liên hiệp phụ nữ"),
    ("hđnd", "hội đồng nhân dân"),
    ("kh&cn", "khoa học và công nghệ"),
    ("kh&đt", "kế hoạch và đầu tư"),
    ("khcn", "khoa học và công nghệ"),
    ("khđt", "kế hoạch và đầu tư"),
    ("lđlđ", "liên đoàn lao động"),
    ("lđtb&xh", "lao động - thương binh và xã hội"),
    ("lđtbxh", "lao động - thương binh và xã hội"),
    ("mttq", "mặt trận tổ quốc"),
    ("mttqvn", "mặt trận tổ quốc việt nam"),
    ("nn&mt", "nông nghiệp và môi trường"),
    ("nn&ptnt", "nông nghiệp và phát triển nông thôn"),
    ("pct", "phó chủ tịch"),
    ("ptth", "phát thanh - truyền hình"),
    (
        "qlxlvphc&tdthpl",
        "quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật",
    ),
    ("qs", "quân sự"),
    ("stp", "sở tư pháp"),
    ("tand", "tòa án nhân dân"),
    ("tn&mt", "tài nguyên và môi trường"),
    ("tnmt", "tài nguyên và môi trường"),
    ("tp", "thành phố"),
    ("tt&tt", "thông tin và truyền thông"),
    ("tx", "thị xã"),
    ("ubmttq", "ủy ban mặt trận tổ quốc"),
    ("ubmttqvn", "ủy ban mặt trận tổ quốc việt nam"),
    ("ubnd", "ủy ban nhân dân"),
    ("vhttdl", "văn hóa, thể thao và du lịch"),
    ("vksnd", "viện kiểm sát nhân dân"),
    ("vn", "việt nam"),
    ("vp", "văn phòng"),
    ("vpub", "văn phòng ủy ban nhân dân"),
    ("vpubnd", "văn phòng ủy ban nhân dân"),
    (
        "xlvphc&tdthpl",
        "xử lý vi phạm hành chính và theo dõi thi hành pháp luật",
    ),
];

/// The key under which an agency name is looked up: [`fold_key`], then
/// abbreviations expanded, ", " and " - " spaced one way, leading "các" dropped.
pub fn agency_key(name: &str) -> String {
    let folded = fold_key(name);
    let mut spelled = String::with_capacity(folded.len() + 32);
    let mut rest = folded.as_str();
    while let Some(c) = rest.chars().next() {
        if is_word_char(c) {
            let end = rest.find(|c| !is_word_char(c)).unwrap_or(rest.len());
            let (word, tail) = rest.split_at(end);
            rest = tail;
            match expansion(word) {
                Some(full) => {
                    spelled.push_str(full);
                    // "TP." and "PCT.UBND": the dot only marks the abbreviation.
                    if let Some(after_dot) = rest.strip_prefix('.') {
                        spelled.push(' ');
                        rest = after_dot;
                    }
                }
                None => spelled.push_str(word),
            }
            continue;
        }
        match c {
            ',' | ';' => spelled.push_str(", "),
            '-' | '–' | '—' => spelled.push_str(" - "),
            _ => spelled.push(c),
        }
        rest = rest.get(c.len_utf8()..).unwrap_or_default();
    }
    let mut key = spelled.split_whitespace().collect::<Vec<_>>().join(" ");
    key = key.replace(" ,", ",");
    let trimmed = key.trim_end_matches([',', '.', ' ']);
    trimmed.strip_prefix("các ").unwrap_or(trimmed).to_owned()
}

fn expansion(word: &str) -> Option<&'static str> {
    ABBREVIATIONS
        .binary_search_by(|&(short, _)| short.cmp(word))
        .ok()
        .and_then(|i| ABBREVIATIONS.get(i))
        .map(|&(_, full)| full)
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '&' || (!c.is_ascii() && c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_sorted_for_binary_search() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn expands_abbreviations_as_whole_words() {
        assert_eq!(agency_key("UBND tỉnh"), "ủy ban nhân dân tỉnh");
        assert_eq!(agency_key("STP"), "sở tư pháp");
        assert_eq!(
            agency_key("Uỷ ban MTTQ VN tỉnh"),
            "ủy ban mặt trận tổ quốc việt nam tỉnh"
        );
        assert_eq!(
            agency_key("Các PCT.UBND tỉnh"),
            "phó chủ tịch ủy ban nhân dân tỉnh"
        );
        assert_eq!(agency_key("TP. Hà Nội"), "thành phố hà nội");
        assert_eq!(agency_key("Cà Mau"), "cà mau");
        assert_eq!(agency_key("Bảo vệ"), "bảo vệ");
    }

    #[test]
    fn expands_the_ministry_unit_from_seed_003() {
        assert_eq!(
            agency_key("Cục QLXLVPHC&TDTHPL (BTP);"),
            "cục quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật (bộ tư pháp)"
        );
    }

    #[test]
    fn one_spelling_of_commas_and_dashes() {
        assert_eq!(
            agency_key("Sở Lao động-Thương binh và Xã hội"),
            agency_key("Sở Lao động – Thương binh và Xã hội")
        );
        assert_eq!(
            agency_key("UBND các huyện ,thành phố."),
            "ủy ban nhân dân các huyện, thành phố"
        );
        assert_eq!(agency_key("Bà Rịa-Vũng Tàu"), "bà rịa - vũng tàu");
    }
}
