//! The rule framework: each rule lives in its own file, declares its code,
//! default severity and fix safety, and reports findings through a [`Checker`].

pub mod agency;
pub mod citation;
pub mod deadline;
pub mod format;
pub mod meta;
pub mod registry;
pub mod structure;
pub mod text;

use crate::context::{Context, Lang, Level};
use crate::diagnostic::{Diagnostic, Edit, Fix, FixSafety, Range, Report, Severity};
use crate::model::{ItemRef, Plan, Pointer};

/// What a rule declares about itself.
#[derive(Debug)]
pub struct RuleInfo {
    /// Stable code, never reused ("KH3001").
    pub code: &'static str,
    /// Stable name ("invalid-calendar-date").
    pub slug: &'static str,
    /// Severity unless configured otherwise.
    pub severity: Severity,
    /// Safety of the fix the rule offers, if it offers one.
    pub fix: Option<FixSafety>,
    /// One line on what it checks, in Vietnamese.
    pub summary_vi: &'static str,
    /// One line on what it checks, in English.
    pub summary_en: &'static str,
}

/// Which fields of items a plan-wide check reads, so the editor knows to
/// re-run it when one of them is edited (a set of bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ItemFields(u8);

impl ItemFields {
    /// No item field.
    pub const NONE: ItemFields = ItemFields(0);
    /// Labels and headings (numbering, cross-references).
    pub const OUTLINE: ItemFields = ItemFields(1);
    /// Paragraphs, output, scope and target.
    pub const TEXT: ItemFields = ItemFields(2);
    /// Lead, partners and assignees.
    pub const AGENCIES: ItemFields = ItemFields(4);
    /// Deadlines.
    pub const DEADLINES: ItemFields = ItemFields(8);
    /// Every kind of item field.
    pub const ALL: ItemFields = ItemFields(15);

    /// Both sets.
    pub const fn union(self, other: ItemFields) -> ItemFields {
        ItemFields(self.0 | other.0)
    }

    /// Whether the two sets share a field.
    pub const fn meets(self, other: ItemFields) -> bool {
        self.0 & other.0 != 0
    }

    /// The kind of an item field, from the last tokens of its pointer.
    pub fn of_pointer(pointer: &str) -> ItemFields {
        let mut tokens = pointer.rsplit('/');
        let last = tokens.next().unwrap_or("");
        let field = if last.bytes().all(|b| b.is_ascii_digit()) {
            tokens.next().unwrap_or("")
        } else {
            last
        };
        match field {
            "label" | "heading" => ItemFields::OUTLINE,
            "lead" | "partners" | "assignees" => ItemFields::AGENCIES,
            "deadline" => ItemFields::DEADLINES,
            _ => ItemFields::TEXT,
        }
    }
}

/// A check over a plan. A rule looks at the plan as a whole, at one item at a
/// time, or both; item checks may read the plan's header (year, date, profile)
/// and the item, but no other item (its sub-items only when `reads_sub_items`
/// says so), so the editor can re-run them for the edited item alone.
/// A plan-wide check that reads item fields declares them in `plan_reads`.
pub trait Rule: Sync {
    /// The rule's declaration.
    fn info(&self) -> &'static RuleInfo;
    /// The severity unless configured: the declared one, or another the context
    /// asks for (a final check makes reminders about blanks errors).
    fn default_severity(&self, _ctx: &Context) -> Severity {
        self.info().severity
    }
    /// Whether `check_item` reads the text of the item's sub-items; the editor
    /// then re-runs it for the ancestors of an edited item.
    fn reads_sub_items(&self) -> bool {
        false
    }
    /// The item fields `check_plan` reads; editing one re-runs the plan-wide checks.
    fn plan_reads(&self) -> ItemFields {
        ItemFields::NONE
    }
    /// Reports findings about the plan as a whole (header, citations, structure).
    fn check_plan(&self, _plan: &Plan, _checker: &mut Checker<'_>) {}
    /// Reports findings about one item.
    fn check_item(&self, _plan: &Plan, _entry: &ItemRef<'_>, _checker: &mut Checker<'_>) {}
}

/// A text in both languages; the context picks one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// Vietnamese.
    pub vi: String,
    /// English.
    pub en: String,
}

/// Builds a [`Text`] from a Vietnamese and an English string.
pub fn text(vi: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        vi: vi.into(),
        en: en.into(),
    }
}

impl Text {
    fn pick(self, lang: Lang) -> String {
        lang.pick(self.vi, self.en)
    }
}

/// A finding as a rule reports it.
pub struct Finding {
    /// Where: a JSON Pointer into the plan.
    pub path: Pointer,
    /// Span inside the field, if narrower than the field.
    pub range: Option<Range>,
    /// What is wrong.
    pub message: Text,
    /// How to put it right.
    pub help: Option<Text>,
    /// A correction; its safety is the rule's declared fix safety.
    pub fix: Option<(Text, Vec<Edit>)>,
}

impl Finding {
    /// A finding with a message and nothing else.
    pub fn new(path: Pointer, message: Text) -> Finding {
        Finding {
            path,
            range: None,
            message,
            help: None,
            fix: None,
        }
    }

    /// Narrows the finding to a span of the field.
    pub fn range(mut self, range: Range) -> Finding {
        self.range = Some(range);
        self
    }

    /// Adds advice.
    pub fn help(mut self, help: Text) -> Finding {
        self.help = Some(help);
        self
    }

    /// Adds a correction.
    pub fn fix(mut self, title: Text, edits: Vec<Edit>) -> Finding {
        self.fix = Some((title, edits));
        self
    }
}

/// Collects the findings of one rule, applying the context's language and severity.
pub struct Checker<'a> {
    /// The context the check runs in.
    pub ctx: &'a Context,
    info: &'static RuleInfo,
    severity: Severity,
    out: &'a mut Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn for_rule(rule: &dyn Rule, ctx: &'a Context, out: &'a mut Vec<Diagnostic>) -> Option<Self> {
        let info = rule.info();
        match ctx.level(info.code, rule.default_severity(ctx)) {
            Level::On(severity) => Some(Checker {
                ctx,
                info,
                severity,
                out,
            }),
            Level::Off => None,
        }
    }

    /// Records a finding.
    pub fn report(&mut self, finding: Finding) {
        let lang = self.ctx.lang;
        let fix = match (finding.fix, self.info.fix) {
            (Some((title, edits)), Some(safety)) => Some(Fix {
                title: title.pick(lang),
                safety,
                edits,
            }),
            _ => None,
        };
        self.out.push(Diagnostic {
            code: self.info.code.to_string(),
            slug: self.info.slug.to_string(),
            severity: self.severity,
            message: finding.message.pick(lang),
            path: finding.path.into(),
            range: finding.range,
            help: finding.help.map(|h| h.pick(lang)),
            fix,
        });
    }
}

/// Runs every enabled rule over `plan` and applies the plan's suppressions.
pub fn validate(plan: &Plan, ctx: &Context) -> Report {
    let mut found = check_plan_scope(plan, ctx);
    for entry in plan.items() {
        found.extend(check_item_scope(plan, &entry, ctx));
    }
    let used = meta::apply_suppressions(plan, &mut found);
    meta::report_suppressions(plan, &used, ctx, &mut found);
    Report::new(found)
}

/// The item fields read by the plan-wide checks of the rules the context enables.
pub(crate) fn plan_scope_reads(ctx: &Context) -> ItemFields {
    registry::RULES
        .iter()
        .filter(|rule| {
            let info = rule.info();
            ctx.level(info.code, info.severity) != Level::Off
        })
        .fold(ItemFields::NONE, |all, rule| all.union(rule.plan_reads()))
}

/// The plan-wide findings of every enabled rule, before suppressions.
pub(crate) fn check_plan_scope(plan: &Plan, ctx: &Context) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for rule in registry::RULES {
        run_plan(*rule, plan, ctx, &mut found);
    }
    found
}

/// The plan-wide findings after an edit: the rules `rerun` selects run again,
/// the others keep their findings from `before` (an earlier plan-wide run), so
/// the result equals [`check_plan_scope`] at the cost of the selected rules only.
pub(crate) fn recheck_plan_scope(
    plan: &Plan,
    ctx: &Context,
    before: &[Diagnostic],
    rerun: impl Fn(&dyn Rule) -> bool,
) -> Vec<Diagnostic> {
    let mut found = Vec::with_capacity(before.len());
    for rule in registry::RULES {
        if rerun(*rule) {
            run_plan(*rule, plan, ctx, &mut found);
        } else {
            let code = rule.info().code;
            found.extend(before.iter().filter(|d| d.code == code).cloned());
        }
    }
    found
}

/// The findings of every enabled rule about one item, before suppressions.
pub(crate) fn check_item_scope(plan: &Plan, entry: &ItemRef<'_>, ctx: &Context) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for rule in registry::RULES {
        run_item(*rule, plan, entry, ctx, &mut found);
    }
    found
}

/// The findings about one item after an edit of one of its sub-items: the
/// rules that read sub-items run again, the others keep their findings from
/// `before`, so the result equals [`check_item_scope`].
pub(crate) fn recheck_ancestor_scope(
    plan: &Plan,
    entry: &ItemRef<'_>,
    ctx: &Context,
    before: &[Diagnostic],
) -> Vec<Diagnostic> {
    let mut found = Vec::with_capacity(before.len());
    for rule in registry::RULES {
        if rule.reads_sub_items() {
            run_item(*rule, plan, entry, ctx, &mut found);
        } else {
            let code = rule.info().code;
            found.extend(before.iter().filter(|d| d.code == code).cloned());
        }
    }
    found
}

/// Runs one rule's plan-wide check if the context enables it.
pub(crate) fn run_plan(rule: &dyn Rule, plan: &Plan, ctx: &Context, out: &mut Vec<Diagnostic>) {
    if let Some(mut checker) = Checker::for_rule(rule, ctx, out) {
        rule.check_plan(plan, &mut checker);
    }
}

/// Runs one rule's item check if the context enables it.
pub(crate) fn run_item(
    rule: &dyn Rule,
    plan: &Plan,
    entry: &ItemRef<'_>,
    ctx: &Context,
    out: &mut Vec<Diagnostic>,
) {
    if let Some(mut checker) = Checker::for_rule(rule, ctx, out) {
        rule.check_item(plan, entry, &mut checker);
    }
}

#[cfg(test)]
mod tests {
    use super::ItemFields;

    #[test]
    fn item_fields_of_pointers() {
        let of = ItemFields::of_pointer;
        assert_eq!(of("/sections/1/items/0/label"), ItemFields::OUTLINE);
        assert_eq!(
            of("/sections/1/items/0/activity/lead/2"),
            ItemFields::AGENCIES
        );
        assert_eq!(of("/sections/1/items/0/assignees/0"), ItemFields::AGENCIES);
        assert_eq!(
            of("/sections/1/items/0/activity/deadline"),
            ItemFields::DEADLINES
        );
        assert_eq!(of("/sections/1/items/0/paragraphs/3"), ItemFields::TEXT);
        assert!(ItemFields::OUTLINE
            .union(ItemFields::TEXT)
            .meets(ItemFields::TEXT));
        assert!(!ItemFields::AGENCIES.meets(ItemFields::DEADLINES));
    }
}
