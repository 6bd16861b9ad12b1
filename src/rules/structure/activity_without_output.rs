//! KH1006 `activity-without-output`
//!
//! **What**: an activity whose output ("sản phẩm đầu ra") is blank.
//!
//! **Why**: the output is what shows the activity was done (a plan, an
//! inspection conclusion, a report), and what the year-end review counts. No
//! legal text is relied on here: plans written to the Bộ Tư pháp guidance
//! name one for each activity (seeds 003 and 004: "Sản phẩm đầu ra: Kết
//! luận kiểm tra"), others do not (seed 002), hence a warning.
//!
//! **Wrong**: `"activity": {"lead": ["Sở Tư pháp"], "output": "", "deadline": "Quý II năm 2025"}`
//!
//! **Right**: `"activity": {"lead": ["Sở Tư pháp"], "output": "Danh mục các văn bản quy phạm pháp luật trong các lĩnh vực trọng tâm, liên ngành", "deadline": "Quý II năm 2025"}`

use crate::diagnostic::Severity;
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};

/// KH1006.
pub struct ActivityWithoutOutput;

static INFO: RuleInfo = RuleInfo {
    code: "KH1006",
    slug: "activity-without-output",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Hoạt động chưa nêu sản phẩm đầu ra",
    summary_en: "Activity without an output",
};

impl Rule for ActivityWithoutOutput {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let Some(activity) = &entry.item.activity else {
            return;
        };
        if !activity.output.trim().is_empty() {
            return;
        }
        checker.report(
            Finding::new(
                entry.path.key("activity").key("output"),
                text(
                    "Hoạt động chưa nêu sản phẩm đầu ra.",
                    "The activity names no output.",
                ),
            )
            .help(text(
                "Ghi sản phẩm đầu ra, ví dụ \"Kế hoạch\", \"Kết luận kiểm tra\", \"Báo cáo kết quả điều tra, khảo sát\".",
                "Name the output, e.g. \"Kế hoạch\" (a plan), \"Kết luận kiểm tra\" (inspection conclusions), \"Báo cáo\" (a report).",
            )),
        );
    }
}
