//! KH0001 `unused-suppression`
//!
//! **What**: a suppression in the plan that hides no finding.
//!
//! **Why**: a stale suppression would silently hide a real problem if one
//! appeared later in that part of the plan; removing it keeps the plan honest.
//!
//! **Wrong**: `"suppressions": [{"code": "KH3002", "path": "/sections/0", "reason": "…"}]`
//! when no deadline in `/sections/0` is outside the plan year.
//!
//! **Right**: suppress only where the rule fires, or remove the entry.

use crate::diagnostic::Severity;
use crate::model::{Pointer, Suppression};
use crate::rules::{text, Finding, RuleInfo};

/// Declaration of KH0001.
pub static UNUSED_SUPPRESSION: RuleInfo = RuleInfo {
    code: "KH0001",
    slug: "unused-suppression",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Lệnh tắt quy tắc không còn tác dụng",
    summary_en: "Suppression that hides nothing",
};

pub(super) fn finding(suppression: &Suppression, path: Pointer) -> Finding {
    Finding::new(
        path,
        text(
            format!(
                "Lệnh tắt quy tắc {} tại \"{}\" không còn che lỗi nào.",
                suppression.code, suppression.path
            ),
            format!(
                "The suppression of {} at \"{}\" no longer hides anything.",
                suppression.code, suppression.path
            ),
        ),
    )
    .help(text(
        "Xóa lệnh tắt này để quy tắc lại được kiểm tra.",
        "Remove the suppression so the rule checks this part again.",
    ))
}
