//! KH2003 `unknown-agency`
//!
//! **What**: a lead, partner or assignee that the agency table does not know,
//! with the closest known names ("did you mean") that existed on the plan's
//! date. Groups ("Các Sở, ban, ngành tỉnh", "các cơ quan, đơn vị liên quan",
//! "cấp xã") are known names; a field listing several agencies is read name
//! by name.
//!
//! **Why**: a misspelt agency ("So Tu phap", "Sở Tư Pháp tỉnh" typed in a
//! hurry) cannot be matched with the organisation part, the other rules or
//! the agency's own follow-up. Only information: the table cannot hold every
//! unit a plan may name (a Phòng, a Trung tâm), so an unknown name is often
//! right. The fix, when there is a suggestion, replaces the name with it and
//! is unsafe: the suggestion is a guess.
//!
//! **Wrong**: `"partners": ["Sở Tư phap"]`
//!
//! **Right**: `"partners": ["Sở Tư pháp"]`

use super::names::{agency_fields, names_in};
use crate::diagnostic::{Edit, FixSafety, Range, Severity};
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH2003.
pub struct UnknownAgency;

static INFO: RuleInfo = RuleInfo {
    code: "KH2003",
    slug: "unknown-agency",
    severity: Severity::Info,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Tên cơ quan không có trong danh mục",
    summary_en: "Agency name not in the table",
};

impl Rule for UnknownAgency {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let agencies = &checker.ctx.reference.agencies;
        let on = plan.judged_on();
        for (role, index, field) in agency_fields(entry.item) {
            for name in names_in(field, agencies, on).iter() {
                if name.entry.is_some() {
                    continue;
                }
                let written = name.text(field);
                let range = Range::from_bytes(field, name.span.start, name.span.end);
                let quoted: Vec<String> = name
                    .suggestions
                    .iter()
                    .map(|s| format!("\"{s}\""))
                    .collect();
                let message = if quoted.is_empty() {
                    text(
                        format!("Không nhận ra cơ quan \"{written}\"."),
                        format!("Unknown agency \"{written}\"."),
                    )
                } else {
                    let list = quoted.join(", ");
                    text(
                        format!("Không nhận ra cơ quan \"{written}\". Có phải là {list}?"),
                        format!("Unknown agency \"{written}\". Did you mean {list}?"),
                    )
                };
                let path = role.pointer(&entry.path, index);
                let mut finding = Finding::new(path.clone(), message)
                    .range(range)
                    .help(text(
                        "Kiểm tra lại tên cơ quan; nếu tên đúng mà chưa có trong danh mục thì có thể bỏ qua.",
                        "Check the name; if it is right but not in the table, this can be ignored.",
                    ));
                if let Some(best) = name.suggestions.first() {
                    finding = finding.fix(
                        text(
                            format!("Thay bằng \"{best}\""),
                            format!("Replace with \"{best}\""),
                        ),
                        vec![Edit {
                            path: path.as_str().to_string(),
                            range: Some(range),
                            insert: (*best).to_string(),
                        }],
                    );
                }
                checker.report(finding);
            }
        }
    }
}
