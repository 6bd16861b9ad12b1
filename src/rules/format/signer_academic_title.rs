//! KH5005 `signer-academic-title`
//!
//! **What**: the signer's name starts with an academic rank or degree —
//! "TS. Nguyễn Văn A", "PGS.TS. …", "ThS. …".
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I: the signer's full name is
//! written without academic ranks, degrees or honorary titles (FACTS.md §3).
//!
//! **Wrong**: `"signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "TS. Tổng Thanh Hải"}`
//!
//! **Right**: `"signature": {"authority": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], "title": "PHÓ CHỦ TỊCH", "name": "Tổng Thanh Hải"}`

use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH5005.
pub struct SignerAcademicTitle;

static INFO: RuleInfo = RuleInfo {
    code: "KH5005",
    slug: "signer-academic-title",
    severity: Severity::Warning,
    fix: Some(FixSafety::Safe),
    summary_vi: "Ghi học hàm, học vị trước họ tên người ký",
    summary_en: "Academic title before the signer's name",
};

impl Rule for SignerAcademicTitle {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let name = &plan.signature.name;
        let len = checker.ctx.reference.format.academic_prefix_len(name);
        let Some(title) = name.get(..len).map(str::trim).filter(|t| !t.is_empty()) else {
            return;
        };
        let path = Pointer::root().key("signature").key("name");
        let range = Range::from_bytes(name, 0, len);
        let rest = name.get(len..).unwrap_or("");
        let edit = Edit {
            path: path.as_str().to_string(),
            range: Some(range),
            insert: String::new(),
        };
        checker.report(
            Finding::new(
                path,
                text(
                    format!("Không ghi học hàm, học vị (\"{title}\") trước họ tên người ký."),
                    format!("Do not write an academic title (\"{title}\") before the signer's name."),
                ),
            )
            .range(range)
            .help(text(
                "Họ tên người ký ghi đầy đủ, không ghi học hàm, học vị và các danh hiệu danh dự khác (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
                "Write the signer's full name without academic or honorary titles (Decree 30/2020, Appendix I).",
            ))
            .fix(text(format!("Chỉ ghi \"{rest}\""), format!("Write only \"{rest}\"")), vec![edit]),
        );
    }
}
