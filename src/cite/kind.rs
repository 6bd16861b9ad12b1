//! Document types that open a citation ("Nghị định", "Thông tư", "Kế hoạch" …).

use super::scan::match_words;

/// The type of a cited document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// Luật (a law of the National Assembly).
    Law,
    /// Bộ luật (a code: Bộ luật Lao động, Bộ luật Hình sự).
    Code,
    /// Nghị quyết (resolution).
    Resolution,
    /// Nghị định (government decree).
    Decree,
    /// Quyết định (decision).
    Decision,
    /// Thông tư (ministerial circular), including "Thông tư liên tịch".
    Circular,
    /// Chỉ thị (directive).
    Directive,
    /// Kế hoạch (plan).
    Plan,
    /// Công văn (official letter).
    OfficialLetter,
    /// Tờ trình (submission).
    Submission,
    /// Báo cáo (report).
    Report,
    /// Quy chế (regulation).
    Regulation,
    /// Hướng dẫn (guidance).
    Guidance,
    /// Thông báo (notice).
    Notice,
    /// Any other type ("Chương trình", "Đề án", "Văn bản" …); the written form is kept.
    Other,
}

impl DocKind {
    /// The usual Vietnamese name; `None` for [`DocKind::Other`].
    pub fn name(self) -> Option<&'static str> {
        KINDS
            .iter()
            .find(|(_, kind)| *kind == self && self != DocKind::Other)
            .map(|(written, _)| *written)
    }
}

/// Written forms, longest first so "Thông tư liên tịch" wins over "Thông tư".
const KINDS: &[(&str, DocKind)] = &[
    ("Bộ luật", DocKind::Code),
    ("Luật", DocKind::Law),
    ("Nghị quyết", DocKind::Resolution),
    ("Nghị quyết liên tịch", DocKind::Resolution),
    ("Nghị định", DocKind::Decree),
    ("Quyết định", DocKind::Decision),
    ("Thông tư", DocKind::Circular),
    ("Thông tư liên tịch", DocKind::Circular),
    ("Chỉ thị", DocKind::Directive),
    ("Kế hoạch", DocKind::Plan),
    ("Công văn", DocKind::OfficialLetter),
    ("Tờ trình", DocKind::Submission),
    ("Báo cáo", DocKind::Report),
    ("Quy chế", DocKind::Regulation),
    ("Hướng dẫn", DocKind::Guidance),
    ("Thông báo", DocKind::Notice),
    ("Chương trình", DocKind::Other),
    ("Đề án", DocKind::Other),
    ("Kết luận", DocKind::Other),
    ("Pháp lệnh", DocKind::Other),
    ("Công điện", DocKind::Other),
    ("Văn bản", DocKind::Other),
];

/// Matches a document type at `pos` (words may be split by line breaks);
/// returns the longest match and where it ends.
pub(crate) fn match_kind(s: &str, pos: usize) -> Option<(DocKind, usize)> {
    let first = s.as_bytes().get(pos)?.to_ascii_uppercase();
    KINDS
        .iter()
        .filter(|(written, _)| written.as_bytes().first() == Some(&first))
        .filter_map(|(written, kind)| match_words(s, pos, written).map(|end| (*kind, end)))
        .max_by_key(|(_, end)| *end)
}

/// Whether a type can start at this byte (a cheap pre-filter for scanning).
pub(crate) fn may_start_kind(byte: u8) -> bool {
    matches!(
        byte.to_ascii_uppercase(),
        b'B' | b'L' | b'N' | b'Q' | b'T' | b'C' | b'K' | b'H' | b'P' | b'V'
    ) || byte == 0xC4 // "Đ"/"đ" as in "Đề án"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_type_wins_across_line_breaks() {
        assert_eq!(
            match_kind("Nghị \n\nđịnh số 32/2020/NĐ-CP", 0),
            Some((DocKind::Decree, "Nghị \n\nđịnh".len()))
        );
        let text = "Thông tư liên tịch số 01";
        assert_eq!(
            match_kind(text, 0),
            Some((DocKind::Circular, "Thông tư liên tịch".len()))
        );
        assert_eq!(match_kind("Thông tin", 0), None);
        assert_eq!(
            match_kind("đề án số 06/ĐA-UBND", 0),
            Some((DocKind::Other, "đề án".len()))
        );
        assert_eq!(match_kind("Luật sư", 0).map(|(k, _)| k), Some(DocKind::Law));
    }

    #[test]
    fn names() {
        assert_eq!(DocKind::Decree.name(), Some("Nghị định"));
        assert_eq!(DocKind::Other.name(), None);
    }
}
