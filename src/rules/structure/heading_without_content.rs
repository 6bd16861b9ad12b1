//! KH1003 `heading-without-content`
//!
//! **What**: a part or a numbered item that has a heading and nothing under
//! it: no paragraph, no sub-item, no activity. An item whose "heading" is a
//! whole sentence (it ends with ".", ";", "!", "?" or "…") is content in
//! itself and is not reported; neither are bullets ("-", "+"). A heading
//! ending with ":" announces content, so it is reported when none follows.
//!
//! **Why**: a heading with nothing under it is a part left unwritten — often
//! a duty section ("1. Sở Tư pháp") whose tasks were never filled in, so the
//! agency is named but given nothing to do.
//!
//! **Wrong**: item "4. Sở Tư pháp" with no paragraph and no sub-item
//!
//! **Right**: item "4. Sở Tư pháp" with "a) Giúp UBND tỉnh theo dõi, đôn đốc,
//! kiểm tra các Sở, ban, ngành và UBND các huyện, thành phố trong việc thực
//! hiện kế hoạch này."

use crate::assemble::numbering::{kind_of, LabelKind};
use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH1003.
pub struct HeadingWithoutContent;

static INFO: RuleInfo = RuleInfo {
    code: "KH1003",
    slug: "heading-without-content",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Mục chỉ có tiêu đề, không có nội dung",
    summary_en: "Heading with no content under it",
};

impl Rule for HeadingWithoutContent {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        for (i, section) in plan.sections.iter().enumerate() {
            if section.heading.trim().is_empty()
                || !section.items.is_empty()
                || has_text(&section.paragraphs)
            {
                continue;
            }
            let path = Pointer::root().key("sections").index(i).key("heading");
            report(checker, path, &section.label, &section.heading);
        }
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let item = entry.item;
        if item.activity.is_some()
            || !item.items.is_empty()
            || has_text(&item.paragraphs)
            || matches!(kind_of(&item.label), LabelKind::Dash | LabelKind::Plus)
            || !is_title(&item.heading)
        {
            return;
        }
        report(
            checker,
            entry.path.key("heading"),
            &item.label,
            &item.heading,
        );
    }
}

fn has_text(paragraphs: &[String]) -> bool {
    paragraphs.iter().any(|p| !p.trim().is_empty())
}

/// Whether a heading reads as a title rather than a sentence.
fn is_title(heading: &str) -> bool {
    match heading.trim_end().chars().next_back() {
        None => false,
        Some(last) => !matches!(last, '.' | ';' | '!' | '?' | '…'),
    }
}

fn report(checker: &mut Checker<'_>, path: Pointer, label: &str, heading: &str) {
    let shown = format!("{} {}", label.trim(), heading.trim());
    let shown = shown.trim();
    checker.report(
        Finding::new(
            path,
            text(
                format!("Mục \"{shown}\" chỉ có tiêu đề, chưa có nội dung."),
                format!("\"{shown}\" has a heading but no content."),
            ),
        )
        .range(Range::whole(heading))
        .help(text(
            "Viết nội dung cho mục này (đoạn văn, các ý hoặc hoạt động), hoặc bỏ mục nếu không cần.",
            "Write the content of this part (paragraphs, points or activities), or remove it.",
        )),
    );
}

#[cfg(test)]
mod tests {
    use super::is_title;

    #[test]
    fn sentences_are_content_titles_are_not() {
        assert!(is_title("Sở Tư pháp"));
        assert!(is_title("Lĩnh vực theo dõi, đánh giá:"));
        assert!(!is_title(
            "Các cơ quan thông tin đại chúng cung cấp ý kiến phản ánh của dư luận xã hội về tình hình thi hành pháp luật."
        ));
        assert!(!is_title(
            "Viện kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh cung cấp thông tin;"
        ));
        assert!(!is_title("  "));
    }
}
