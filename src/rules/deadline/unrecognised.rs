//! KH3003 `deadline-unrecognised`
//!
//! **What**: an activity's deadline that cannot be read as a date, a period or
//! an event: words the reader does not know ("Sớm nhất có thể"), text after a
//! readable deadline ("Quý I năm 2025 và sau đó"), a quarter that does not
//! exist ("Quý V"), or a day and month with no year in a plan that has no year
//! either. The message quotes the part not understood and, where there is
//! one, the part that was. Impossible dates and months are KH3001's; an empty
//! deadline is a structure finding.
//!
//! **Why**: a deadline nobody can place on a calendar cannot be followed or
//! checked; the plan's own monitoring (Nghị định 59/2012 Art. 11a; Nghị định
//! 80/2025) needs a time for every activity.
//!
//! **Wrong**: `"deadline": "Quý I năm 2025 và sau đó"`
//!
//! **Right**: `"deadline": "Quý I năm 2025"`

use crate::diagnostic::{Range, Severity};
use crate::model::{ItemRef, Plan};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo, Text};
use crate::time::DeadlineErrorKind;

/// KH3003.
pub struct Unrecognised;

static INFO: RuleInfo = RuleInfo {
    code: "KH3003",
    slug: "deadline-unrecognised",
    severity: Severity::Warning,
    fix: None,
    summary_vi: "Thời hạn không hiểu được",
    summary_en: "Deadline that cannot be interpreted",
};

impl Rule for Unrecognised {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_item(&self, _plan: &Plan, entry: &ItemRef<'_>, checker: &mut Checker<'_>) {
        let (Some(Err(err)), Some(activity)) = (entry.deadline(), &entry.item.activity) else {
            return;
        };
        let written = activity.deadline.as_str();
        let part = written.get(err.span.clone()).unwrap_or(written).trim();
        let message = match err.kind {
            DeadlineErrorKind::Unrecognised => not_understood(written, part, err.span.start),
            DeadlineErrorKind::NoSuchQuarter(quarter) => text(
                format!("Không có quý \"{part}\" ({quarter}): một năm chỉ có bốn quý, I đến IV."),
                format!("There is no quarter \"{part}\" ({quarter}): a year has four, I to IV."),
            ),
            DeadlineErrorKind::MissingYear => text(
                format!("Ngày \"{part}\" không ghi năm, và kế hoạch cũng chưa có năm."),
                format!("The date \"{part}\" has no year, and neither has the plan."),
            ),
            _ => return,
        };
        checker.report(
            Finding::new(entry.path.key("activity").key("deadline"), message)
                .range(Range::from_bytes(written, err.span.start, err.span.end))
                .help(text(
                    "Ghi thời hạn theo một dạng quen thuộc: \"Quý III năm 2025\", \"Trong tháng 6 năm 2025\", \"trước ngày 03/12/2025\", \"Thường xuyên trong năm 2025\" hoặc \"Sau khi …\".",
                    "Write the deadline in a usual form: \"Quý III năm 2025\", \"Trong tháng 6 năm 2025\", \"trước ngày 03/12/2025\", \"Thường xuyên trong năm 2025\" or \"Sau khi …\".",
                )),
        );
    }
}

/// Quotes the part not understood, and what came before it when that was
/// read as a deadline (not merely a label such as "Thời gian thực hiện:").
fn not_understood(written: &str, part: &str, start: usize) -> Text {
    let before = written.get(..start).unwrap_or_default().trim();
    let understood = before.trim_end_matches([',', ';', '-']).trim_end();
    if understood.is_empty() || before.ends_with(':') {
        text(
            format!("Không hiểu thời hạn \"{part}\"."),
            format!("The deadline \"{part}\" cannot be interpreted."),
        )
    } else {
        text(
            format!("Đã hiểu \"{understood}\" nhưng không hiểu phần \"{part}\" của thời hạn."),
            format!("Read \"{understood}\" but not \"{part}\" in the deadline."),
        )
    }
}
