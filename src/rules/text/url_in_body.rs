//! KH6006 `url-in-body`
//!
//! **What**: a web address ("https://…", "http://…", "www.…") in the running
//! text of the plan — title, preamble, headings, paragraphs, output, scope,
//! target, closing. Footnotes may hold addresses and are not checked.
//!
//! **Why**: an administrative document cites documents by type, number-symbol,
//! date and issuer (Nghị định 30/2020/NĐ-CP, Phụ lục I), not by a link to a
//! private website; an address in the body is usually left over from pasting
//! (FACTS.md §6, seed 001: two thuvienphapluat.vn links among the activities).
//!
//! **Wrong**: `"paragraphs": ["https://thuvienphapluat.vn/van-ban/linh-vuc-khac/nghi-dinh-59-2012-nd-cp-theo-doi-tinh-hinh-thi-hanh-phap-luat-144158.aspx"]`
//!
//! **Right**: `"paragraphs": ["Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật"]`

use super::fields::{item_fields, plan_fields, FieldKind};
use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH6006.
pub struct UrlInBody;

static INFO: RuleInfo = RuleInfo {
    code: "KH6006",
    slug: "url-in-body",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Đường dẫn trang web trong nội dung kế hoạch",
    summary_en: "Web address in the body of the plan",
};

impl Rule for UrlInBody {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        plan_fields(plan, &mut |body, kind, path| {
            if kind == FieldKind::Prose {
                check(body, path, checker);
            }
        });
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        item_fields(entry, &mut |body, kind, path| {
            if kind == FieldKind::Prose {
                check(body, path, checker);
            }
        });
    }
}

fn check(body: &str, path: &dyn Fn() -> Pointer, checker: &mut Checker<'_>) {
    for (start, end) in urls(body) {
        let url = body.get(start..end).unwrap_or("");
        checker.report(
            Finding::new(
                path(),
                text(
                    format!("Đường dẫn \"{url}\" trong nội dung kế hoạch."),
                    format!("Web address \"{url}\" in the body of the plan."),
                ),
            )
            .range(Range::from_bytes(body, start, end))
            .help(text(
                "Trích dẫn văn bản bằng tên loại, số, ký hiệu, ngày ban hành và cơ quan ban hành; bỏ đường dẫn hoặc đưa vào chú thích.",
                "Cite documents by type, number-symbol, date and issuer; remove the address or move it to a footnote.",
            )),
        );
    }
}

/// Byte spans of the web addresses in `s`: from "http://", "https://" or
/// "www." to the next space or quote, without trailing punctuation. Both ends
/// are ASCII bytes or the end of `s`, so they fall on character boundaries.
fn urls(s: &str) -> Vec<(usize, usize)> {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(offset) = find_start(bytes.get(from..).unwrap_or_default()) {
        let start = from + offset;
        let mut end = start;
        while bytes
            .get(end)
            .is_some_and(|&b| !(b.is_ascii_whitespace() || b == b'"'))
        {
            end += 1;
        }
        while end > start && bytes.get(end - 1).is_some_and(|b| b".,;:)]".contains(b)) {
            end -= 1;
        }
        out.push((start, end));
        from = end.max(start + 1);
    }
    out
}

fn find_start(bytes: &[u8]) -> Option<usize> {
    (0..bytes.len()).find(|&i| {
        if !bytes
            .get(i)
            .is_some_and(|b| matches!(b, b'h' | b'H' | b'w' | b'W'))
        {
            return false;
        }
        let rest = bytes.get(i..).unwrap_or_default();
        let at_word_start = i == 0 || bytes.get(i - 1).is_some_and(|b| !b.is_ascii_alphanumeric());
        at_word_start
            && (starts_with_ignore_case(rest, b"http://")
                || starts_with_ignore_case(rest, b"https://")
                || starts_with_ignore_case(rest, b"www."))
    })
}

fn starts_with_ignore_case(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .get(..needle.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::urls;

    #[test]
    fn addresses_in_text() {
        let s = "xem https://thuvienphapluat.vn/van-ban/a-144158.aspx; và www.moj.gov.vn.";
        let found: Vec<_> = urls(s).into_iter().map(|(a, b)| &s[a..b]).collect();
        assert_eq!(
            found,
            [
                "https://thuvienphapluat.vn/van-ban/a-144158.aspx",
                "www.moj.gov.vn"
            ]
        );
        assert!(urls("Cổng thông tin điện tử tỉnh; Website và các hình thức khác").is_empty());
    }
}
