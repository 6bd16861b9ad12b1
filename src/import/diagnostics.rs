//! What the importer reports about the pasted text (meta group KH01xx).
//! Ranges of import diagnostics are UTF-16 spans of the pasted text, not of a field.

use super::draft::{Kept, Note};
use super::emit::PlacedNote;
use super::normalize::OffsetMap;
use super::source_map::SourceMap;
use crate::context::{Context, Level};
use crate::diagnostic::{Diagnostic, Range, Severity};
use crate::rules::{text, RuleInfo, Text};

/// KH0101 `import-unplaced-text`
///
/// **What**: text of the pasted plan that fits no part of a plan: stray marks
/// after the closing "./.", lines in the header that are neither issuer,
/// number nor date, words after the signer's name, web addresses in the body.
///
/// **Why**: an importer must never drop text silently; the officer checks
/// whether the text mattered and moves it where it belongs.
///
/// **Wrong**: `… trên địa bàn tỉnh Sóc Trăng./. *W*` (the "W" is left out and reported).
///
/// **Right**: `… trên địa bàn tỉnh Sóc Trăng./.`
pub static UNPLACED_TEXT: RuleInfo = RuleInfo {
    code: "KH0101",
    slug: "import-unplaced-text",
    severity: Severity::Info,
    fix: None,
    summary_vi: "Đoạn văn bản nhập vào không xếp được vào phần nào của kế hoạch",
    summary_en: "Imported text that fits no part of the plan",
};

/// KH0102 `import-broken-character`
///
/// **What**: the replacement character U+FFFD ("�") in the pasted text.
///
/// **Why**: it stands for a letter lost when the text was converted between
/// encodings (a PDF or an old font); names and agencies with a lost letter
/// cannot be matched and must not be printed in an issued plan.
///
/// **Wrong**: `Lê H�ng Sơn`
///
/// **Right**: `Lê Hồng Sơn` (the letter typed again from the original).
pub static BROKEN_CHARACTER: RuleInfo = RuleInfo {
    code: "KH0102",
    slug: "import-broken-character",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Ký tự hỏng (U+FFFD) trong văn bản nhập vào",
    summary_en: "Broken character (U+FFFD) in the imported text",
};

/// KH0103 `import-decomposed-unicode`
///
/// **What**: the pasted text writes Vietnamese diacritics as separate
/// combining marks (Unicode NFD, "a" + "◌́"); the importer converted it to
/// precomposed letters (NFC, "á").
///
/// **Why**: the same word in two forms does not compare equal, so names,
/// labels and searches would miss it; NFC is what Vietnamese keyboards type.
///
/// **Wrong**: `tha\u{301}ng 7` (as some PDF converters write "tháng 7")
///
/// **Right**: `tháng 7`
pub static DECOMPOSED_UNICODE: RuleInfo = RuleInfo {
    code: "KH0103",
    slug: "import-decomposed-unicode",
    severity: Severity::Info,
    fix: None,
    summary_vi: "Văn bản nhập vào dùng dấu dạng tổ hợp (NFD), đã chuyển sang dạng dựng sẵn (NFC)",
    summary_en: "Imported text used decomposed diacritics (NFD), converted to NFC",
};

/// KH0104 `import-truncated-start`
///
/// **What**: the pasted text has no "KẾ HOẠCH" line and starts in the middle
/// of a sentence, as when the first page was not copied.
///
/// **Why**: the issuer, number, date and the start of the title are then
/// missing from the imported plan; the officer should paste the whole text
/// or fill them in.
///
/// **Wrong**: a text starting `thành phố Hà Nội năm 2024.`
///
/// **Right**: a text starting with the header and `KẾ HOẠCH`.
pub static TRUNCATED_START: RuleInfo = RuleInfo {
    code: "KH0104",
    slug: "import-truncated-start",
    severity: Severity::Info,
    fix: None,
    summary_vi: "Văn bản nhập vào bắt đầu giữa chừng, thiếu phần đầu",
    summary_en: "Imported text starts mid-way, its beginning missing",
};

/// Longest excerpt quoted in a message about text kept in the plan.
const EXCERPT_CHARS: usize = 60;

/// Collects import diagnostics with their input positions.
pub(crate) struct Reporter<'a> {
    ctx: &'a Context,
    input: &'a str,
    offsets: &'a OffsetMap,
    /// Built on the first diagnostic: most imports report none.
    utf16: Option<Utf16Index>,
    out: Vec<Diagnostic>,
}

impl<'a> Reporter<'a> {
    pub(crate) fn new(ctx: &'a Context, input: &'a str, offsets: &'a OffsetMap) -> Self {
        Reporter {
            ctx,
            input,
            offsets,
            utf16: None,
            out: Vec::new(),
        }
    }

    /// The diagnostics, in order of their position in the input.
    pub(crate) fn finish(mut self) -> Vec<Diagnostic> {
        self.out.sort_by_key(|d| d.range.map(|r| r.start));
        self.out
    }

    fn report(
        &mut self,
        info: &'static RuleInfo,
        path: String,
        input_span: Option<std::ops::Range<usize>>,
        message: Text,
        help: Text,
    ) {
        let Level::On(severity) = self.ctx.level(info.code, info.severity) else {
            return;
        };
        let lang = self.ctx.lang;
        let range = input_span.map(|s| self.utf16_range(s));
        self.out.push(Diagnostic {
            code: info.code.to_string(),
            slug: info.slug.to_string(),
            severity,
            message: lang.pick(message.vi, message.en),
            path,
            range,
            help: Some(lang.pick(help.vi, help.en)),
            fix: None,
        });
    }

    /// The UTF-16 range of a byte span of the input.
    fn utf16_range(&mut self, span: std::ops::Range<usize>) -> Range {
        let input = self.input;
        let index = self.utf16.get_or_insert_with(|| Utf16Index::new(input));
        Range {
            start: index.at(input, span.start),
            end: index.at(input, span.end),
        }
    }

    /// Reports a "Nơi nhận" label read despite a misspelling ("Noi nhận"): the
    /// label is not kept in the plan, so the text rule KH6002 cannot see it.
    /// A broken character in it is KH0102's finding instead.
    pub(crate) fn misspelt_recipients_label(&mut self, label: &super::tracked::Tracked) {
        let written = label.as_str();
        if written == "Nơi nhận" || written.contains('\u{FFFD}') {
            return;
        }
        let span = self.offsets.range_to_input(label.source_range());
        self.report(
            &crate::rules::text::misspelling::MISSPELLING,
            "/recipients".to_string(),
            Some(span),
            text(
                format!("Sai chính tả: \"{written}\" — viết đúng là \"Nơi nhận\"."),
                format!("Misspelling: \"{written}\" should be \"Nơi nhận\"."),
            ),
            text("Sửa lại thành \"Nơi nhận:\".", "Write \"Nơi nhận:\"."),
        );
    }

    /// Reports text that was left out or kept without a clear place.
    pub(crate) fn unplaced(&mut self, notes: &[PlacedNote]) {
        for (path, note) in notes {
            self.unplaced_one(path.clone(), note);
        }
    }

    fn unplaced_one(&mut self, path: String, note: &Note) {
        let quoted = note.text.as_str();
        let (message, help) = match note.kept {
            Kept::Dropped => (
                text(
                    format!(
                        "Không xếp được \"{quoted}\" vào kế hoạch; đoạn này không được đưa vào."
                    ),
                    format!("Could not place \"{quoted}\" in the plan; it was left out."),
                ),
                text(
                    "Nếu đoạn này cần thiết, hãy chép vào đúng phần của kế hoạch.",
                    "If the text matters, copy it into the right part of the plan.",
                ),
            ),
            Kept::Paragraph(_) => {
                let excerpt = excerpt(quoted);
                (
                    text(
                        format!("Không rõ \"{excerpt}\" thuộc phần nào; đã giữ làm đoạn văn của mục gần nhất."),
                        format!("Could not tell where \"{excerpt}\" belongs; kept as a paragraph of the nearest item."),
                    ),
                    text(
                        "Kiểm tra lại vị trí của đoạn này hoặc xóa nếu thừa.",
                        "Check where the text belongs, or delete it if it is not needed.",
                    ),
                )
            }
        };
        let span = self.offsets.range_to_input(note.text.source_range());
        self.report(&UNPLACED_TEXT, path, Some(span), message, help);
    }

    /// Reports each line of the normalised text that holds U+FFFD, at its first run.
    pub(crate) fn broken_characters(&mut self, normalized: &str, map: &SourceMap) {
        let index = map.span_index();
        let mut line_start = 0;
        for line in normalized.split('\n') {
            if let Some(at) = line.find('\u{FFFD}') {
                let run = line[at..].chars().take_while(|&c| c == '\u{FFFD}').count()
                    * '\u{FFFD}'.len_utf8();
                let word = word_around(line, at, at + run);
                let start = line_start + at;
                let span = self.offsets.range_to_input(start..start + run);
                self.report(
                    &BROKEN_CHARACTER,
                    index.pointer_at(start),
                    Some(span),
                    text(
                        format!("Ký tự hỏng (U+FFFD) trong \"{word}\": một chữ đã mất khi chuyển mã."),
                        format!("Broken character (U+FFFD) in \"{word}\": a letter was lost in conversion."),
                    ),
                    text(
                        "Gõ lại chữ đúng theo bản gốc.",
                        "Type the letter again from the original.",
                    ),
                );
            }
            line_start += line.len() + 1;
        }
    }

    /// Reports that the input was converted to NFC, at its first converted character.
    pub(crate) fn decomposed(&mut self, first_change: std::ops::Range<usize>) {
        self.report(
            &DECOMPOSED_UNICODE,
            String::new(),
            Some(first_change),
            text(
                "Văn bản dùng dấu tiếng Việt dạng tổ hợp (Unicode NFD); đã chuyển sang dạng dựng sẵn (NFC).",
                "The text writes Vietnamese diacritics as combining marks (Unicode NFD); they were converted to precomposed letters (NFC).",
            ),
            text(
                "Không cần làm gì; nên dùng bộ gõ tạo chữ dựng sẵn.",
                "Nothing to do; prefer an input method that types precomposed letters.",
            ),
        );
    }

    /// Reports that the text starts in the middle of a sentence.
    pub(crate) fn truncated_start(&mut self, path: String, first: &super::tracked::Tracked) {
        let excerpt = excerpt(first.as_str());
        let span = self.offsets.range_to_input(first.source_range());
        self.report(
            &TRUNCATED_START,
            path,
            Some(span),
            text(
                format!("Văn bản bắt đầu giữa câu (\"{excerpt}\"): phần đầu (cơ quan ban hành, số, ngày, tên kế hoạch) có thể bị thiếu."),
                format!("The text starts mid-sentence (\"{excerpt}\"): its beginning (issuer, number, date, title) may be missing."),
            ),
            text(
                "Dán toàn bộ văn bản từ đầu, hoặc điền phần còn thiếu trong biểu mẫu.",
                "Paste the whole text from its start, or fill in the missing parts in the form.",
            ),
        );
    }
}

fn excerpt(s: &str) -> String {
    if s.chars().count() <= EXCERPT_CHARS {
        return s.to_string();
    }
    let mut out: String = s.chars().take(EXCERPT_CHARS).collect();
    out.push('…');
    out
}

/// The word of `line` around the byte span `start..end`.
fn word_around(line: &str, start: usize, end: usize) -> &str {
    let from = line[..start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1);
    let to = line[end..]
        .find(char::is_whitespace)
        .map_or(line.len(), |i| end + i);
    line.get(from..to).unwrap_or("")
}

/// UTF-16 offsets of byte offsets without rescanning the text from its start.
struct Utf16Index {
    /// (byte offset, UTF-16 offset) every few kilobytes, on character boundaries.
    checkpoints: Vec<(usize, u32)>,
}

const CHECKPOINT_BYTES: usize = 4096;

impl Utf16Index {
    fn new(text: &str) -> Self {
        let mut checkpoints = vec![(0, 0u32)];
        let mut units = 0u32;
        let mut next = CHECKPOINT_BYTES;
        for (i, c) in text.char_indices() {
            if i >= next {
                checkpoints.push((i, units));
                next = i + CHECKPOINT_BYTES;
            }
            units = units.saturating_add(u32::try_from(c.len_utf16()).unwrap_or(1));
        }
        Utf16Index { checkpoints }
    }

    fn at(&self, text: &str, byte: usize) -> u32 {
        let index = self.checkpoints.partition_point(|c| c.0 <= byte);
        let (start, units) = index
            .checked_sub(1)
            .and_then(|i| self.checkpoints.get(i))
            .copied()
            .unwrap_or((0, 0));
        let rest = text.get(start..byte.min(text.len())).unwrap_or("");
        units.saturating_add(Range::from_bytes(rest, 0, rest.len()).end)
    }
}
