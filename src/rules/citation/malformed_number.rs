//! KH4006 `malformed-number-symbol`
//!
//! **What**: a cited number-symbol written against the convention: spaces in
//! it ("59 /2012/NĐ-CP"), "-" instead of "/" ("59-2012-NĐ-CP"), a look-alike
//! letter — "Ð" (U+00D0, the Icelandic eth, common after a font conversion)
//! for "Đ" — or a dash other than the hyphen, and, for a document the
//! reference table knows, any other departure from its official form
//! ("59/2012/NĐCP", "8/2024/TT-BTP"). Checked in legal bases, the parent plan
//! and citations written in the text (where a number broken across a line is
//! left alone).
//!
//! **Why**: Nghị định 30/2020/NĐ-CP (Phụ lục I) writes a number-symbol with "/"
//! between number, year and symbol, "-" between the groups of the symbol, and
//! no spaces. A malformed one looks right on paper but cannot be found by
//! searching legal databases or the plan itself; the look-alike "Ð" is
//! invisible to the eye.
//!
//! **Wrong**: `{"kind": "Nghị định", "number": "59-2012-NĐ-CP", "date": "23/7/2012", "issuer": "Chính phủ"}`
//!
//! **Right**: `{"kind": "Nghị định", "number": "59/2012/NĐ-CP", "date": "23/7/2012", "issuer": "Chính phủ"}`

use super::cited::{self, Cited, Place};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan};
use crate::reference::documents::{lookup_key, Documents};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::memo::{memoized, TextMemo};
use std::cell::RefCell;

/// KH4006.
pub struct MalformedNumber;

static INFO: RuleInfo = RuleInfo {
    code: "KH4006",
    slug: "malformed-number-symbol",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Số, ký hiệu văn bản được trích dẫn viết sai quy cách",
    summary_en: "Cited number-symbol written against the convention",
};

impl Rule for MalformedNumber {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        for citation in cited::structured(plan) {
            check(&citation, checker);
        }
        cited::plan_texts(plan, |body, path| {
            for citation in cited::written(body, path) {
                check(&citation, checker);
            }
        });
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        cited::item_texts(entry, |body, path| {
            for citation in cited::written(body, path) {
                check(&citation, checker);
            }
        });
    }
}

fn check(citation: &Cited<'_>, checker: &mut Checker<'_>) {
    let (written, range) = match &citation.place {
        Place::Structured(_) => (citation.number.as_ref(), None),
        Place::Written { text, span, .. } => match written_token(text, span.clone()) {
            Some((start, end)) => (
                text.get(start..end).unwrap_or(""),
                Some(Range::from_bytes(text, start, end)),
            ),
            None => return,
        },
    };
    thread_local! {
        static MEMO: RefCell<TextMemo<Option<Correction>, usize>> = RefCell::default();
    }
    let docs = &checker.ctx.reference.documents;
    let found = memoized(&MEMO, written, std::ptr::from_ref(docs) as usize, |w| {
        correct(w, docs)
    });
    let Some(correction) = found.as_ref() else {
        return;
    };
    let written = written.trim();
    let right = &correction.corrected;
    let (vi, en): (Vec<_>, Vec<_>) = correction.reasons.iter().copied().unzip();
    let path = citation.path("number");
    let edit = Edit {
        path: path.as_str().to_string(),
        range,
        insert: right.clone(),
    };
    let mut finding = Finding::new(
        path,
        text(
            format!(
                "Số, ký hiệu \"{written}\" viết sai quy cách ({}); viết đúng là \"{right}\".",
                vi.join("; ")
            ),
            format!(
                "The number-symbol \"{written}\" is malformed ({}); write \"{right}\".",
                en.join("; ")
            ),
        ),
    )
    .help(text(
        "Số và năm cách nhau bằng \"/\", các nhóm chữ của ký hiệu nối bằng \"-\", không có dấu cách (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
        "Number and year are separated by \"/\", the groups of the symbol by \"-\", with no spaces (Decree 30/2020, Appendix I).",
    ))
    .fix(
        text(format!("Viết thành \"{right}\""), format!("Write \"{right}\"")),
        vec![edit],
    );
    finding.range = range;
    checker.report(finding);
}

/// The number-symbol as written inside a citation's span: from its first
/// digit over letters, digits, slashes and dashes. `None` when it is broken
/// across a line ("59/2012/NĐ- \nCP").
fn written_token(text: &str, span: std::ops::Range<usize>) -> Option<(usize, usize)> {
    let inside = text.get(span.clone())?;
    let start = span.start + inside.bytes().position(|b| b.is_ascii_digit())?;
    let rest = text.get(start..span.end)?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '/' || is_dash(c)))
        .map_or(rest.len(), |(i, _)| i);
    let token = rest.get(..len)?;
    (!token.ends_with(|c: char| c == '/' || is_dash(c))).then_some((start, start + len))
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// A corrected number-symbol and what was wrong.
struct Correction {
    corrected: String,
    reasons: Vec<(&'static str, &'static str)>,
}

fn correct(written: &str, docs: &Documents) -> Option<Correction> {
    let trimmed = written.trim();
    let mut reasons = Vec::new();
    let mut fixed = String::with_capacity(trimmed.len());
    let (mut space, mut eth, mut dash) = (false, false, false);
    for c in trimmed.chars() {
        match c {
            c if c.is_whitespace() => space = true,
            'Ð' => {
                eth = true;
                fixed.push('Đ');
            }
            'ð' => {
                eth = true;
                fixed.push('đ');
            }
            c if c != '-' && is_dash(c) => {
                dash = true;
                fixed.push('-');
            }
            c => fixed.push(c),
        }
    }
    if space {
        reasons.push(("có dấu cách", "it contains spaces"));
    }
    if eth {
        reasons.push((
            "chữ \"Ð\" (U+00D0) thay cho \"Đ\"",
            "\"Ð\" (U+00D0) instead of \"Đ\"",
        ));
    }
    if dash {
        reasons.push((
            "dấu gạch không phải dấu gạch nối",
            "a dash that is not a hyphen",
        ));
    }
    if let Some(slashed) = slashes_for_dashes(&fixed) {
        fixed = slashed;
        reasons.push((
            "dùng \"-\" thay cho \"/\" sau số và năm",
            "\"-\" instead of \"/\" after the number and year",
        ));
    }
    if let Some((official, hyphenless)) = official_form(&fixed, docs) {
        if official != fixed {
            if hyphenless {
                reasons.push((
                    "thiếu dấu gạch nối trong ký hiệu",
                    "a hyphen is missing from the symbol",
                ));
            } else if reasons.is_empty() {
                reasons.push((
                    "khác cách viết chính thức",
                    "it differs from the official form",
                ));
            }
            fixed = official;
        }
    }
    (fixed != trimmed && !reasons.is_empty()).then_some(Correction {
        corrected: fixed,
        reasons,
    })
}

/// "59-2012-NĐ-CP" → "59/2012/NĐ-CP", "148-KH-UBND" → "148/KH-UBND".
fn slashes_for_dashes(s: &str) -> Option<String> {
    if s.contains('/') {
        return None;
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || s.as_bytes().get(digits) != Some(&b'-') {
        return None;
    }
    let number = s.get(..digits)?;
    let rest = s.get(digits + 1..)?;
    let year_digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let fixed = if year_digits == 4 && rest.as_bytes().get(4) == Some(&b'-') {
        format!("{number}/{}/{}", rest.get(..4)?, rest.get(5..)?)
    } else {
        format!("{number}/{rest}")
    };
    Some(fixed)
}

/// The official form of a known document's number, and whether it was found
/// only by ignoring hyphens.
fn official_form(s: &str, docs: &Documents) -> Option<(String, bool)> {
    if let Some(doc) = docs.find(s) {
        return Some((doc.number.clone(), false));
    }
    let key = lookup_key(s).replace('-', "");
    docs.all()
        .iter()
        .find(|doc| lookup_key(&doc.number).replace('-', "") == key)
        .map(|doc| (doc.number.clone(), true))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(written: &str) -> Option<String> {
        correct(written, &Documents::builtin()).map(|c| c.corrected)
    }

    #[test]
    fn corrections() {
        assert_eq!(fixed("59-2012-NĐ-CP").as_deref(), Some("59/2012/NĐ-CP"));
        assert_eq!(fixed("59/2012/NĐCP").as_deref(), Some("59/2012/NĐ-CP"));
        assert_eq!(fixed("59/2012/NÐ-CP").as_deref(), Some("59/2012/NĐ-CP"));
        assert_eq!(fixed("59 / 2012 /NĐ-CP").as_deref(), Some("59/2012/NĐ-CP"));
        assert_eq!(fixed("8/2024/TT-BTP").as_deref(), Some("08/2024/TT-BTP"));
        assert_eq!(fixed("148-KH-UBND").as_deref(), Some("148/KH-UBND"));
        assert_eq!(fixed("30/2021/QĐ–UBND").as_deref(), Some("30/2021/QĐ-UBND"));
    }

    #[test]
    fn well_formed_numbers_pass() {
        for good in [
            "59/2012/NĐ-CP",
            "148/KH-UBND",
            "12/TTr-STP",
            "64/2025/QH15",
            "49/QĐ-TTg",
        ] {
            assert_eq!(fixed(good), None, "{good}");
        }
    }

    #[test]
    fn tokens_inside_text() {
        let text = "Thực hiện Nghị định số 59/2012/NÐ-CP ngày 23/7/2012";
        let (start, end) = written_token(text, 0..text.len()).unwrap();
        assert_eq!(&text[start..end], "59/2012/NÐ-CP");
        let wrapped = "Nghị định số 59/2012/NĐ- \nCP";
        assert_eq!(written_token(wrapped, 0..wrapped.len()), None);
    }
}
