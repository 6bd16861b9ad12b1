//! Suppressions: a plan may switch a rule off for a part of itself, with a reason.

mod suppression_without_reason;
mod unused_suppression;

pub use suppression_without_reason::SUPPRESSION_WITHOUT_REASON;
pub use unused_suppression::UNUSED_SUPPRESSION;

use crate::context::{Context, Level};
use crate::diagnostic::Diagnostic;
use crate::model::{Plan, Pointer};

/// Drops the findings a suppression covers; returns which suppressions were used.
pub(crate) fn apply_suppressions(plan: &Plan, found: &mut Vec<Diagnostic>) -> Vec<bool> {
    let mut used = vec![false; plan.suppressions.len()];
    found.retain(|d| !mark_suppressions(plan, d, &mut used));
    used
}

/// Marks in `used` every suppression covering `d`; true when one does.
pub(crate) fn mark_suppressions(plan: &Plan, d: &Diagnostic, used: &mut [bool]) -> bool {
    let mut covered = false;
    for (s, flag) in plan.suppressions.iter().zip(used.iter_mut()) {
        if (s.code == d.code || s.code == d.slug) && Pointer::contains(&s.path, &d.path) {
            *flag = true;
            covered = true;
        }
    }
    covered
}

/// Reports suppressions that covered nothing or give no reason.
pub(crate) fn report_suppressions(
    plan: &Plan,
    used: &[bool],
    ctx: &Context,
    found: &mut Vec<Diagnostic>,
) {
    for (i, (suppression, used)) in plan.suppressions.iter().zip(used).enumerate() {
        let path = Pointer::root().key("suppressions").index(i);
        if !used {
            emit(
                unused_suppression::finding(suppression, path.clone()),
                &UNUSED_SUPPRESSION,
                ctx,
                found,
            );
        }
        if suppression.reason.trim().is_empty() {
            emit(
                suppression_without_reason::finding(path),
                &SUPPRESSION_WITHOUT_REASON,
                ctx,
                found,
            );
        }
    }
}

fn emit(
    finding: super::Finding,
    info: &'static super::RuleInfo,
    ctx: &Context,
    found: &mut Vec<Diagnostic>,
) {
    if let Level::On(severity) = ctx.level(info.code, info.severity) {
        let mut checker = super::Checker {
            ctx,
            info,
            severity,
            out: found,
        };
        checker.report(finding);
    }
}
