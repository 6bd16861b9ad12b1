//! KH5003 `wrong-type-abbreviation`
//!
//! **What**: the plan's symbol does not start with "KH", the abbreviation of
//! Kế hoạch: it starts with "CV" (not an official abbreviation), with another
//! type's abbreviation ("QĐ-UBND" is a decision's), or with the issuer alone
//! ("Số: 12/UBND"). A blank symbol is a placeholder (KH5007).
//!
//! **Why**: Nghị định 30/2020/NĐ-CP: the symbol of a document with a type name
//! is the abbreviation of that type followed by the issuer's (Phụ lục I), and
//! the abbreviations are those of Phụ lục III, where a plan is "KH" and "CV"
//! does not exist (FACTS.md §3). A wrong abbreviation files the plan under
//! another type in the register of outgoing documents.
//!
//! **Wrong**: `"number": {"number": "12", "symbol": "CV-UBND"}`
//!
//! **Right**: `"number": {"number": "12", "symbol": "KH-UBND"}`

use super::symbol::groups;
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH5003.
pub struct WrongTypeAbbreviation;

static INFO: RuleInfo = RuleInfo {
    code: "KH5003",
    slug: "wrong-type-abbreviation",
    severity: Severity::Error,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Ký hiệu của kế hoạch không bắt đầu bằng KH",
    summary_en: "The plan's symbol does not start with KH",
};

impl Rule for WrongTypeAbbreviation {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let symbol = &plan.number.symbol;
        let Some(&(start, end)) = groups(symbol).first() else {
            return;
        };
        let first = symbol.get(start..end).unwrap_or("");
        let format = &checker.ctx.reference.format;
        let kh = format.plan_abbreviation.as_str();
        if first.eq_ignore_ascii_case(kh) {
            return;
        }
        let (vi, en, replaces) = if let Some(other) = format.unofficial(first) {
            (
                format!("\"{}\" không phải chữ viết tắt tên loại văn bản chính thức ({} không có chữ viết tắt trong Phụ lục III); kế hoạch dùng \"{kh}\".", other.abbr, other.name),
                format!("\"{}\" is not an official type abbreviation ({} has none in Appendix III); a plan uses \"{kh}\".", other.abbr, other.name),
                true,
            )
        } else if let Some(other) = format.official(first) {
            (
                format!(
                    "\"{}\" là chữ viết tắt của {}; kế hoạch dùng \"{kh}\".",
                    other.abbr, other.name
                ),
                format!(
                    "\"{}\" abbreviates {}; a plan uses \"{kh}\".",
                    other.abbr, other.name
                ),
                true,
            )
        } else {
            (
                format!(
                    "Ký hiệu \"{}\" không bắt đầu bằng chữ viết tắt tên loại \"{kh}\" (Kế hoạch).",
                    symbol.trim()
                ),
                format!(
                    "The symbol \"{}\" does not start with the type abbreviation \"{kh}\" (plan).",
                    symbol.trim()
                ),
                false,
            )
        };
        let path = Pointer::root().key("number").key("symbol");
        let (range, insert) = if replaces {
            (Range::from_bytes(symbol, start, end), kh.to_string())
        } else {
            (Range::from_bytes(symbol, start, start), format!("{kh}-"))
        };
        let right = if replaces {
            format!(
                "{}{kh}{}",
                symbol.get(..start).unwrap_or(""),
                symbol.get(end..).unwrap_or("")
            )
        } else {
            format!(
                "{}{kh}-{}",
                symbol.get(..start).unwrap_or(""),
                symbol.get(start..).unwrap_or("")
            )
        };
        let edit = Edit {
            path: path.as_str().to_string(),
            range: Some(range),
            insert,
        };
        let finding = Finding::new(path, text(vi, en))
            .range(Range::from_bytes(symbol, start, end))
            .help(text(
                "Ký hiệu của kế hoạch gồm \"KH\" và chữ viết tắt tên cơ quan ban hành: \"KH-UBND\" (Nghị định 30/2020/NĐ-CP, Phụ lục III).",
                "A plan's symbol is \"KH\" and the issuer's abbreviation: \"KH-UBND\" (Decree 30/2020, Appendix III).",
            ))
            .fix(
                text(format!("Viết thành \"{}\"", right.trim()), format!("Write \"{}\"", right.trim())),
                vec![edit],
            );
        checker.report(finding);
    }
}
