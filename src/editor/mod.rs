//! The stateful editor behind the drafting page: it owns the plan, takes small
//! edits, re-checks only what an edit can affect, and reports which
//! diagnostics appeared or disappeared since the last call.
//!
//! A text edit inside an item re-runs the item checks of that item alone (see
//! `Rule::check_item`) and the plan-wide checks that read that kind of item
//! field (`Rule::plan_reads`); an edit of a header text re-runs the plan-wide checks;
//! structural edits (insert, remove, move, non-text values) re-check everything.
//! The diagnostics shown are always those [`crate::validate`] would give.

mod edit;

pub use edit::EditError;

use crate::context::Context;
use crate::diagnostic::{Diagnostic, Report, Severity};
use crate::fast_map::FastMap;
use crate::model::fields::{text_mut, FieldScope};
use crate::model::Plan;
use crate::rules::{self, meta, ItemFields};
use std::collections::HashMap;

/// A diagnostic that appeared or disappeared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A new diagnostic with this id.
    Added(u32),
    /// The diagnostic with this id is gone.
    Removed(u32),
}

/// The findings of one scope: the plan-wide checks, one item, or the suppressions.
#[derive(Default)]
struct Scope {
    /// Findings before suppressions.
    raw: Vec<Diagnostic>,
    /// Findings shown, with their ids.
    shown: Vec<(u32, Diagnostic)>,
}

/// A plan being edited, with its diagnostics kept up to date.
pub struct Editor {
    plan: Plan,
    ctx: Context,
    /// Plan-wide scope first, then one scope per item in document order.
    scopes: Vec<Scope>,
    /// Findings about the plan's own suppressions, computed last.
    meta: Vec<(u32, Diagnostic)>,
    /// Item pointer → index into `scopes`.
    item_scopes: FastMap<String, usize>,
    next_id: u32,
    changes: Vec<Change>,
    /// Item fields the enabled plan-wide checks read.
    plan_reads: ItemFields,
    /// Diagnostic id → index of the scope showing it (finding one per change
    /// must not scan thousands of warnings).
    scope_of: FastMap<u32, usize>,
    /// Kinds of fields edited since the cross-item checks last ran.
    pending: ItemFields,
}

impl Editor {
    /// Starts editing `plan`; every diagnostic is reported as added.
    pub fn new(plan: Plan, ctx: Context) -> Editor {
        let mut editor = Editor {
            plan_reads: rules::plan_scope_reads(&ctx),
            pending: ItemFields::NONE,
            scope_of: FastMap::default(),
            plan,
            ctx,
            scopes: Vec::new(),
            meta: Vec::new(),
            item_scopes: FastMap::default(),
            next_id: 1,
            changes: Vec::new(),
        };
        editor.recheck_all();
        editor
    }

    /// The plan as it stands.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Replaces the whole plan (loading a file, undo to a snapshot).
    pub fn replace(&mut self, plan: Plan) {
        self.plan = plan;
        self.recheck_all();
    }

    /// Replaces the context (language, today, rule levels) and re-checks.
    pub fn set_context(&mut self, ctx: Context) {
        self.plan_reads = rules::plan_scope_reads(&ctx);
        self.ctx = ctx;
        self.recheck_all();
    }

    /// Sets the text field at `pointer` — the per-keystroke edit.
    pub fn set_text(&mut self, pointer: &str, text: &str) -> Result<(), EditError> {
        let (field, scope) = text_mut(&mut self.plan, pointer)
            .ok_or_else(|| EditError::not_a_text_field(pointer))?;
        if field == text {
            return Ok(());
        }
        field.clear();
        field.push_str(text);
        match scope {
            FieldScope::Item(end) => match self
                .item_scopes
                .get(pointer.get(..end).unwrap_or(pointer))
                .copied()
            {
                Some(index) => {
                    let item = pointer.get(..end).unwrap_or(pointer);
                    self.recheck_item(index, item);
                    // Checks that read sub-items see this field from the ancestors too.
                    let mut ancestor = item;
                    while let Some(cut) = ancestor.rfind("/items/") {
                        ancestor = ancestor.get(..cut).unwrap_or("");
                        if let Some(&index) = self.item_scopes.get(ancestor) {
                            self.recheck_ancestor(index, ancestor);
                        }
                    }
                    let fields = ItemFields::of_pointer(pointer);
                    if self.plan_reads.meets(fields) {
                        self.pending = self.pending.union(fields);
                    }
                }
                None => self.recheck_all(),
            },
            FieldScope::Plan if pointer.starts_with("/suppressions/") => self.recheck_all(),
            FieldScope::Plan => {
                let before = self.scopes.first().map_or(&[][..], |s| s.raw.as_slice());
                let raw = rules::recheck_plan_scope(&self.plan, &self.ctx, before, |rule| {
                    rule.plan_reads() == ItemFields::NONE
                });
                self.replace_scope(0, raw);
                // Cross-item checks may read header text too (the preamble's citations).
                self.pending = self.pending.union(self.plan_reads);
            }
        }
        self.refresh_meta();
        Ok(())
    }

    /// Runs the cross-item checks an edit has made stale (those whose
    /// plan-wide check reads the edited kind of field). A keystroke does not
    /// run them: they scan the whole plan, so the page calls this when typing
    /// pauses. After it, the diagnostics equal a full validation.
    pub fn flush(&mut self) {
        if self.pending == ItemFields::NONE {
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        let before = self.scopes.first().map_or(&[][..], |s| s.raw.as_slice());
        let raw = rules::recheck_plan_scope(&self.plan, &self.ctx, before, |rule| {
            rule.plan_reads().meets(pending)
        });
        self.replace_scope(0, raw);
        self.refresh_meta();
    }

    /// Whether cross-item checks wait for [`Editor::flush`].
    pub fn is_stale(&self) -> bool {
        self.pending != ItemFields::NONE
    }

    /// Sets any value (a number, an object, a list) at `pointer`; re-checks everything.
    pub fn set_value(&mut self, pointer: &str, value: serde_json::Value) -> Result<(), EditError> {
        self.restructure(|root| edit::set(root, pointer, value))
    }

    /// Inserts `value` into the list at `pointer` (its last token is the index, or "-" to append).
    pub fn insert(&mut self, pointer: &str, value: serde_json::Value) -> Result<(), EditError> {
        self.restructure(|root| edit::insert(root, pointer, value))
    }

    /// Removes the list entry or optional value at `pointer`.
    pub fn remove(&mut self, pointer: &str) -> Result<(), EditError> {
        self.restructure(|root| edit::remove(root, pointer).map(drop))
    }

    /// Moves the list entry at `from` to `to` (both pointers into lists).
    pub fn move_entry(&mut self, from: &str, to: &str) -> Result<(), EditError> {
        self.restructure(|root| edit::move_entry(root, from, to))
    }

    /// The changes since the last call, oldest first.
    pub fn take_changes(&mut self) -> Vec<Change> {
        std::mem::take(&mut self.changes)
    }

    /// Number of changes waiting to be taken.
    pub fn pending_changes(&self) -> usize {
        self.changes.len()
    }

    /// The diagnostic with this id, if it is still shown.
    pub fn diagnostic(&self, id: u32) -> Option<&Diagnostic> {
        let shown = match *self.scope_of.get(&id)? {
            META_SCOPE => &self.meta,
            index => &self.scopes.get(index)?.shown,
        };
        shown.iter().find(|(i, _)| *i == id).map(|(_, d)| d)
    }

    /// Every diagnostic shown, with its id, in the order `validate` gives.
    pub fn diagnostics(&self) -> Vec<(u32, &Diagnostic)> {
        self.shown().collect()
    }

    /// Errors, warnings and infos shown.
    pub fn counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for (_, d) in self.shown() {
            let slot = match d.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            };
            counts[slot] += 1;
        }
        counts
    }

    /// The shown diagnostics as a report (what `validate` returns).
    pub fn report(&self) -> Report {
        Report::new(self.shown().map(|(_, d)| d.clone()).collect())
    }

    fn shown(&self) -> impl Iterator<Item = (u32, &Diagnostic)> {
        self.scopes
            .iter()
            .flat_map(|s| s.shown.iter())
            .chain(self.meta.iter())
            .map(|(id, d)| (*id, d))
    }

    fn restructure(
        &mut self,
        change: impl FnOnce(&mut serde_json::Value) -> Result<(), EditError>,
    ) -> Result<(), EditError> {
        // Through JSON text rather than `serde_json::to_value`: one serializer
        // and one deserializer per model type keep the WebAssembly module small.
        let text = serde_json::to_string(&self.plan).map_err(|e| EditError::shape(&e))?;
        let mut root: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| EditError::shape(&e))?;
        change(&mut root)?;
        self.plan = crate::model::from_value(root).map_err(EditError::from)?;
        self.recheck_all();
        Ok(())
    }

    /// Re-runs only the plan-wide checks that read item fields of these kinds.
    fn recheck_item(&mut self, index: usize, pointer: &str) {
        let raw = match self.plan.item_at(pointer) {
            Some(entry) => rules::check_item_scope(&self.plan, &entry, &self.ctx),
            None => return self.recheck_all(),
        };
        self.replace_scope(index, raw);
    }

    fn recheck_ancestor(&mut self, index: usize, pointer: &str) {
        let before = self.scopes.get(index).map_or(&[][..], |s| s.raw.as_slice());
        let raw = match self.plan.item_at(pointer) {
            Some(entry) => rules::recheck_ancestor_scope(&self.plan, &entry, &self.ctx, before),
            None => return self.recheck_all(),
        };
        self.replace_scope(index, raw);
    }

    fn replace_scope(&mut self, index: usize, raw: Vec<Diagnostic>) {
        let Some(scope) = self.scopes.get_mut(index) else {
            return;
        };
        if scope.raw == raw {
            return;
        }
        let mut unused = vec![false; self.plan.suppressions.len()];
        let visible: Vec<Diagnostic> = raw
            .iter()
            .filter(|d| !meta::mark_suppressions(&self.plan, d, &mut unused))
            .cloned()
            .collect();
        scope.raw = raw;
        let old = std::mem::take(&mut scope.shown);
        let first_change = self.changes.len();
        scope.shown = diff(old, visible, &mut self.next_id, &mut self.changes);
        self.index_changes(first_change, index);
    }

    fn refresh_meta(&mut self) {
        if self.plan.suppressions.is_empty() && self.meta.is_empty() {
            return;
        }
        let mut used = vec![false; self.plan.suppressions.len()];
        for scope in &self.scopes {
            for d in &scope.raw {
                meta::mark_suppressions(&self.plan, d, &mut used);
            }
        }
        let mut found = Vec::new();
        meta::report_suppressions(&self.plan, &used, &self.ctx, &mut found);
        let old = std::mem::take(&mut self.meta);
        let first_change = self.changes.len();
        self.meta = diff(old, found, &mut self.next_id, &mut self.changes);
        self.index_changes(first_change, META_SCOPE);
    }

    fn recheck_all(&mut self) {
        self.pending = ItemFields::NONE;
        let mut scopes = vec![rules::check_plan_scope(&self.plan, &self.ctx)];
        let mut item_scopes = FastMap::default();
        for entry in self.plan.items() {
            scopes.push(rules::check_item_scope(&self.plan, &entry, &self.ctx));
            item_scopes.insert(entry.path.into(), scopes.len() - 1);
        }
        let old: Vec<(u32, Diagnostic)> = self.scopes.drain(..).flat_map(|s| s.shown).collect();
        let mut unused = vec![false; self.plan.suppressions.len()];
        let mut new_scopes: Vec<Scope> = scopes
            .into_iter()
            .map(|raw| {
                let shown_now = raw
                    .iter()
                    .filter(|d| !meta::mark_suppressions(&self.plan, d, &mut unused))
                    .map(|d| (0, d.clone()))
                    .collect();
                Scope {
                    raw,
                    shown: shown_now,
                }
            })
            .collect();
        // Keep the ids of diagnostics that are still there, wherever they moved.
        let mut by_content: HashMap<Diagnostic, Vec<u32>> = HashMap::new();
        for (id, d) in old {
            by_content.entry(d).or_default().push(id);
        }
        for scope in &mut new_scopes {
            for (id, d) in &mut scope.shown {
                match by_content.get_mut(d).and_then(Vec::pop) {
                    Some(kept) => *id = kept,
                    None => {
                        *id = self.next_id;
                        self.next_id += 1;
                        self.changes.push(Change::Added(*id));
                    }
                }
            }
        }
        for ids in by_content.into_values() {
            self.changes.extend(ids.into_iter().map(Change::Removed));
        }
        self.scopes = new_scopes;
        self.scope_of.clear();
        for (index, scope) in self.scopes.iter().enumerate() {
            for (id, _) in &scope.shown {
                self.scope_of.insert(*id, index);
            }
        }
        for (id, _) in &self.meta {
            self.scope_of.insert(*id, META_SCOPE);
        }
        self.item_scopes = item_scopes;
        self.refresh_meta();
    }
}

/// The scope index `scope_of` gives the suppression findings.
const META_SCOPE: usize = usize::MAX;

impl Editor {
    /// Keeps `scope_of` in step with the changes recorded since `first_change`.
    fn index_changes(&mut self, first_change: usize, scope: usize) {
        for change in self.changes.get(first_change..).unwrap_or_default() {
            match *change {
                Change::Added(id) => {
                    self.scope_of.insert(id, scope);
                }
                Change::Removed(id) => {
                    self.scope_of.remove(&id);
                }
            }
        }
    }
}

/// Matches `new` against `old` by content, keeping ids; records the changes.
fn diff(
    old: Vec<(u32, Diagnostic)>,
    new: Vec<Diagnostic>,
    next_id: &mut u32,
    changes: &mut Vec<Change>,
) -> Vec<(u32, Diagnostic)> {
    let mut old: Vec<Option<(u32, Diagnostic)>> = old.into_iter().map(Some).collect();
    let mut shown = Vec::with_capacity(new.len());
    for d in new {
        let kept = old
            .iter_mut()
            .find(|slot| slot.as_ref().is_some_and(|(_, o)| *o == d))
            .and_then(Option::take);
        let id = match kept {
            Some((id, _)) => id,
            None => {
                let id = *next_id;
                *next_id += 1;
                changes.push(Change::Added(id));
                id
            }
        };
        shown.push((id, d));
    }
    changes.extend(old.into_iter().flatten().map(|(id, _)| Change::Removed(id)));
    shown
}
