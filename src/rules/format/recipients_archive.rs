//! KH5006 `recipients-archive-last`
//!
//! **What**: the "Nơi nhận" list does not end with the archive entry "Lưu: VT,
//! <drafting unit>": the entry is missing, is not the last one, or does not
//! name the records office ("VT"). An empty list is not checked (a draft may
//! not have one yet).
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I: the recipients end with the
//! copies kept by the records office (văn thư) and the drafting unit; the
//! official examples write "- Lưu: VT, …" last (FACTS.md §3).
//!
//! **Wrong**: `"recipients": ["Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL)", "Lưu: VT, Th5", "Các sở, ban, ngành tỉnh"]`
//!
//! **Right**: `"recipients": ["Bộ Tư pháp (Cục Quản lý XLVPHC&TDTHPL)", "Các sở, ban, ngành tỉnh", "Lưu: VT, Th5"]`

use crate::diagnostic::{Edit, FixSafety, Severity};
use crate::model::{Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo, Text};

/// KH5006.
pub struct RecipientsArchive;

static INFO: RuleInfo = RuleInfo {
    code: "KH5006",
    slug: "recipients-archive-last",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Nơi nhận không kết thúc bằng \"Lưu: VT, …\"",
    summary_en: "Recipients do not end with \"Lưu: VT, …\"",
};

impl Rule for RecipientsArchive {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let recipients = &plan.recipients;
        let Some(last_index) = recipients.len().checked_sub(1) else {
            return;
        };
        let entry = |i: usize| Pointer::root().key("recipients").index(i);
        let archive = recipients.iter().rposition(|r| is_archive(r));
        match archive {
            None => checker.report(
                Finding::new(
                    entry(last_index),
                    text(
                        "Nơi nhận phải kết thúc bằng \"Lưu: VT, …\" (văn thư và đơn vị soạn thảo).",
                        "The recipients must end with \"Lưu: VT, …\" (records office and drafting unit).",
                    ),
                )
                .help(help()),
            ),
            Some(i) if i != last_index => {
                let (archive_text, last_text) = (
                    recipients.get(i).cloned().unwrap_or_default(),
                    recipients.get(last_index).cloned().unwrap_or_default(),
                );
                let swap = vec![
                    Edit {
                        path: entry(i).into(),
                        range: None,
                        insert: last_text,
                    },
                    Edit {
                        path: entry(last_index).into(),
                        range: None,
                        insert: archive_text.clone(),
                    },
                ];
                checker.report(
                    Finding::new(
                        entry(i),
                        text(
                            format!("\"{}\" phải là dòng cuối cùng của nơi nhận.", archive_text.trim()),
                            format!("\"{}\" must be the last recipient.", archive_text.trim()),
                        ),
                    )
                    .help(help())
                    .fix(text("Chuyển xuống cuối", "Move it to the end"), swap),
                );
            }
            Some(i) => {
                let archive_text = recipients.get(i).map_or("", String::as_str);
                if !names_records_office(archive_text) {
                    checker.report(
                        Finding::new(
                            entry(i),
                            text(
                                format!("\"{}\" thiếu \"VT\" (văn thư): viết \"Lưu: VT, …\".", archive_text.trim()),
                                format!("\"{}\" lacks \"VT\" (records office): write \"Lưu: VT, …\".", archive_text.trim()),
                            ),
                        )
                        .help(help()),
                    );
                }
            }
        }
    }
}

/// "Lưu: VT, Th5", "- Lưu VT.", "LƯU: VT" — but not "Lưu trữ lịch sử tỉnh".
fn is_archive(entry: &str) -> bool {
    let body = entry.trim_start_matches(|c: char| c == '-' || c == '+' || c.is_whitespace());
    let Some(rest) = ["Lưu", "lưu", "LƯU"]
        .iter()
        .find_map(|word| body.strip_prefix(word))
    else {
        return false;
    };
    let rest = rest.trim_start();
    rest.starts_with(':') || rest.starts_with("VT")
}

/// Whether the archive entry names the records office ("VT").
fn names_records_office(entry: &str) -> bool {
    entry
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word == "VT")
}

fn help() -> Text {
    text(
        "Dòng cuối của nơi nhận là \"- Lưu: VT, <đơn vị soạn thảo>.\" (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        "The last recipient line is \"- Lưu: VT, <drafting unit>.\" (Decree 30/2020, Appendix I).",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn archive_entries() {
        assert!(is_archive("Lưu: VT, Th5"));
        assert!(is_archive("- Lưu: VT, VP UBND tỉnh."));
        assert!(is_archive("LƯU VT"));
        assert!(!is_archive("Lưu trữ lịch sử tỉnh"));
        assert!(!is_archive("Sở Tư pháp"));
        assert!(names_records_office("Lưu: VT, NC *W*"));
        assert!(!names_records_office("Lưu: Th5"));
    }
}
