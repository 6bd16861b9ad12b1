//! KH5007 `blank-placeholder`
//!
//! **What**: parts of the document left blank to be filled in at issue: the
//! number ("Số: /KH-UBND"), the symbol, the place, a part of the date
//! ("ngày    tháng 01 năm 2025"), the signer's name. While drafting this is a
//! reminder (info); in a final check (`--final`, `{"final": true}`) it is an
//! error, because a plan cannot be issued with blanks.
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I: an issued document carries its
//! number, place and date of issue and the signer's full name; the number and
//! the day are usually filled in by the records office at registration, which
//! is why a draft has them blank (FACTS.md §6, seed 002).
//!
//! **Wrong**: `"number": {"number": "", "symbol": "KH-UBND"}, "date": {"day": null, "month": 1, "year": 2025}`
//!
//! **Right**: `"number": {"number": "12", "symbol": "KH-UBND"}, "date": {"day": 21, "month": 1, "year": 2025}`

use crate::context::Context;
use crate::diagnostic::Severity;
use crate::model::{Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo, Text};

/// KH5007.
pub struct BlankPlaceholder;

static INFO: RuleInfo = RuleInfo {
    code: "KH5007",
    slug: "blank-placeholder",
    severity: Severity::Info,
    fix: None,
    summary_vi: "Chỗ còn để trống (số, ngày, người ký) — lỗi khi kiểm tra bản ban hành",
    summary_en: "Blank left to fill in (number, date, signer) — an error in a final check",
};

impl Rule for BlankPlaceholder {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn default_severity(&self, ctx: &Context) -> Severity {
        if ctx.final_check {
            Severity::Error
        } else {
            INFO.severity
        }
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let root = Pointer::root;
        let symbol = plan.number.symbol.trim();
        let shown_symbol = if symbol.is_empty() { "KH-…" } else { symbol };
        if plan.number.number.trim().is_empty() {
            checker.report(blank(
                root().key("number").key("number"),
                text(
                    format!("Số văn bản còn để trống (\"Số: /{shown_symbol}\")."),
                    format!("The number is blank (\"Số: /{shown_symbol}\")."),
                ),
                text(
                    "Văn thư ghi số khi đăng ký văn bản đi; kiểm tra lại trước khi ban hành.",
                    "The records office fills in the number at registration; check before issuing.",
                ),
            ));
        }
        if symbol.is_empty() {
            checker.report(blank(
                root().key("number").key("symbol"),
                text(
                    "Ký hiệu văn bản còn để trống (\"KH-…\").",
                    "The symbol is blank (\"KH-…\").",
                ),
                text(
                    "Ghi ký hiệu: \"KH\" và chữ viết tắt tên cơ quan ban hành.",
                    "Write the symbol: \"KH\" and the issuer's abbreviation.",
                ),
            ));
        }
        if plan.place.trim().is_empty() {
            checker.report(blank(
                root().key("place"),
                text(
                    "Địa danh ban hành còn để trống.",
                    "The place of issue is blank.",
                ),
                text(
                    "Ghi địa danh trước ngày tháng: \"Lai Châu, ngày … \".",
                    "Write the place before the date: \"Lai Châu, ngày …\".",
                ),
            ));
        }
        let date = plan.date;
        if date.day.is_none() || date.month.is_none() || date.year.is_none() {
            let part = |value: Option<String>| value.unwrap_or_else(|| "…".to_string());
            let shown = format!(
                "ngày {} tháng {} năm {}",
                part(date.day.map(|d| format!("{d:02}"))),
                part(date.month.map(super::month_text)),
                part(date.year.map(|y| y.to_string())),
            );
            checker.report(blank(
                root().key("date"),
                text(
                    format!("Ngày ban hành chưa đủ (\"{shown}\")."),
                    format!("The date of issue is incomplete (\"{shown}\")."),
                ),
                text(
                    "Ghi đủ ngày, tháng, năm khi ký ban hành.",
                    "Fill in the day, month and year when the plan is signed.",
                ),
            ));
        }
        if plan.signature.name.trim().is_empty() {
            checker.report(blank(
                root().key("signature").key("name"),
                text("Chưa ghi họ tên người ký.", "The signer's name is missing."),
                text(
                    "Ghi đầy đủ họ tên người ký dưới chữ ký.",
                    "Write the signer's full name under the signature.",
                ),
            ));
        }
    }
}

fn blank(path: Pointer, message: Text, help: Text) -> Finding {
    Finding::new(path, message).help(help)
}

#[cfg(test)]
mod tests {
    use crate::model::{PartialDate, Plan};
    use crate::{validate, Context, Severity};

    fn severities(ctx: &Context) -> Vec<Severity> {
        let plan = Plan {
            place: "Lai Châu".into(),
            date: PartialDate {
                day: None,
                month: Some(1),
                year: Some(2025),
            },
            ..Plan::default()
        };
        validate(&plan, ctx)
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "KH5007")
            .map(|d| d.severity)
            .collect()
    }

    #[test]
    fn reminders_while_drafting_errors_in_a_final_check() {
        // Number, symbol, date and signer are blank; the place is filled in.
        assert_eq!(severities(&Context::default()), [Severity::Info; 4]);
        let final_check = Context {
            final_check: true,
            ..Context::default()
        };
        assert_eq!(severities(&final_check), [Severity::Error; 4]);
    }
}
