//! The rule framework: each rule lives in its own file, declares its code,
//! default severity and fix safety, and reports findings through a [`Checker`].

pub mod agency;
pub mod citation;
pub mod deadline;
pub mod meta;
pub mod registry;
pub mod structure;

use crate::context::{Context, Lang, Level};
use crate::diagnostic::{Diagnostic, Edit, Fix, FixSafety, Range, Report, Severity};
use crate::model::{Plan, Pointer};

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

/// A check over a plan.
pub trait Rule: Sync {
    /// The rule's declaration.
    fn info(&self) -> &'static RuleInfo;
    /// Reports every finding in `plan`.
    fn check(&self, plan: &Plan, checker: &mut Checker<'_>);
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

impl Checker<'_> {
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
    let mut found = Vec::new();
    for rule in registry::RULES {
        run(*rule, plan, ctx, &mut found);
    }
    let used = meta::apply_suppressions(plan, &mut found);
    meta::report_suppressions(plan, &used, ctx, &mut found);
    Report::new(found)
}

/// Runs one rule if the context enables it.
pub(crate) fn run(rule: &dyn Rule, plan: &Plan, ctx: &Context, out: &mut Vec<Diagnostic>) {
    let info = rule.info();
    if let Level::On(severity) = ctx.level(info.code, info.severity) {
        let mut checker = Checker {
            ctx,
            info,
            severity,
            out,
        };
        rule.check(plan, &mut checker);
    }
}
