//! KH0002 `suppression-without-reason`
//!
//! **What**: a suppression whose `reason` is blank.
//!
//! **Why**: a reviewer (Sở Tư pháp) must see why a check was switched off;
//! an unexplained suppression cannot be reviewed.
//!
//! **Wrong**: `{"code": "KH3002", "path": "/sections/2", "reason": ""}`
//!
//! **Right**: `{"code": "KH3002", "path": "/sections/2", "reason": "Báo cáo năm gửi đầu năm sau theo quy định"}`

use crate::diagnostic::Severity;
use crate::model::Pointer;
use crate::rules::{text, Finding, RuleInfo};

/// Declaration of KH0002.
pub static SUPPRESSION_WITHOUT_REASON: RuleInfo = RuleInfo {
    code: "KH0002",
    slug: "suppression-without-reason",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Lệnh tắt quy tắc không ghi lý do",
    summary_en: "Suppression without a reason",
};

pub(super) fn finding(path: Pointer) -> Finding {
    Finding::new(
        path.key("reason"),
        text(
            "Lệnh tắt quy tắc chưa ghi lý do.",
            "The suppression gives no reason.",
        ),
    )
    .help(text(
        "Ghi rõ vì sao quy tắc không áp dụng cho phần này để người thẩm định nắm được.",
        "Say why the rule does not apply here, so a reviewer can follow.",
    ))
}
