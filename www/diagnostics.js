// Diagnostics where the user looks: under the field they concern (with
// aria-invalid and aria-describedby) and in one list with counts. Only the
// diagnostics that changed are touched on each edit.
//
// A new plan starts "quiet": a diagnostic is shown only once its field has been
// touched, until the user asks for a full check or exports.

import { ADDED } from './session.js';
import { h, describedBy } from './dom.js';
import { t } from './i18n.js';

const SEVERITIES = ['error', 'warning', 'info'];

export class DiagnosticsView {
  /**
   * `form.fieldFor(path)` gives `{id, control, box, describe()}` for a path;
   * `onFocus(d)` and `onFix(d)` answer clicks in the list.
   */
  constructor({ list, counts, note, form, onFocus, onFix }) {
    this.list = list;
    this.countsNode = counts;
    this.note = note;
    this.form = form;
    /** id → {d, visible, item, field, fieldItem} */
    this.entries = new Map();
    /** path → ids of the diagnostics at that path */
    this.byPath = new Map();
    this.quiet = false;
    this.dirty = new Set();
    this.totals = [0, 0, 0];
    this.hidden = 0;
    list.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      const entry = this.entries.get(Number(button?.closest('li')?.dataset.id));
      if (!entry) return;
      if (button.classList.contains('fix')) onFix(entry.d);
      else onFocus(entry.d);
    });
  }

  /** Starts over with these diagnostics, `quiet` or not, with the fields touched so far. */
  reset(diagnostics, quiet = this.quiet, dirty = this.dirty) {
    for (const entry of this.entries.values()) this.detach(entry);
    this.list.replaceChildren();
    this.entries.clear();
    this.byPath.clear();
    this.totals = [0, 0, 0];
    this.hidden = 0;
    this.quiet = quiet;
    this.dirty = new Set(dirty);
    for (const d of diagnostics) this.add(d);
    this.summary();
  }

  /** Applies the Editor's change records ([kind, id] pairs). */
  apply(records, session) {
    if (records.length === 0) return;
    for (let r = 0; r < records.length; r += 2) {
      const id = records[r + 1];
      if (records[r] === ADDED) {
        const d = session.diagnostic(id);
        if (d) this.add(d);
      } else {
        this.remove(id);
      }
    }
    this.summary();
  }

  /** Records that the user edited the field at `pointer`; shows what was held back for it. */
  touch(pointer) {
    if (!this.quiet || this.dirty.has(pointer)) return;
    this.dirty.add(pointer);
    for (const id of this.byPath.get(pointer) ?? []) {
      const entry = this.entries.get(id);
      if (!entry.visible) {
        this.hidden -= 1;
        this.show(entry);
      }
    }
    this.summary();
  }

  /** Shows everything from now on (a full check, an export). */
  reveal() {
    this.quiet = false;
    for (const entry of this.entries.values()) {
      if (!entry.visible) this.show(entry);
    }
    this.hidden = 0;
    this.summary();
  }

  /** Moves the touched fields along after a structural edit; `move(p)` gives the new pointer or null. */
  remapDirty(move) {
    this.dirty = new Set([...this.dirty].map(move).filter((p) => p !== null));
  }

  /** After the form was redrawn: puts every message back under its field, in form order. */
  reattach() {
    const visible = [...this.entries.values()].filter((e) => e.visible);
    for (const entry of visible) {
      this.detach(entry);
      this.attach(entry);
    }
    visible.sort((a, b) => (precedes(a, b) ? -1 : 1));
    this.list.replaceChildren(...visible.map((e) => e.item));
  }

  /** The paths with findings shown, each with its most serious severity. */
  severityByPath() {
    const worst = new Map();
    for (const { d, visible } of this.entries.values()) {
      const known = worst.get(d.path);
      if (visible && (!known || SEVERITIES.indexOf(d.severity) < SEVERITIES.indexOf(known))) {
        worst.set(d.path, d.severity);
      }
    }
    return worst;
  }

  add(d) {
    const entry = { d, visible: false, item: null, field: null, fieldItem: null };
    this.entries.set(d.id, entry);
    if (!this.byPath.has(d.path)) this.byPath.set(d.path, new Set());
    this.byPath.get(d.path).add(d.id);
    if (!this.quiet || this.dirty.has(d.path)) this.show(entry);
    else this.hidden += 1;
  }

  remove(id) {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (entry.visible) this.hide(entry);
    else this.hidden -= 1;
    this.entries.delete(id);
    const ids = this.byPath.get(entry.d.path);
    ids.delete(id);
    if (ids.size === 0) this.byPath.delete(entry.d.path);
  }

  show(entry) {
    entry.visible = true;
    this.totals[SEVERITIES.indexOf(entry.d.severity)] += 1;
    this.attach(entry);
    entry.item = this.listItem(entry);
    let after = this.list.lastElementChild;
    while (after && precedes(entry, this.entries.get(Number(after.dataset.id)))) {
      after = after.previousElementSibling;
    }
    if (after) after.after(entry.item);
    else this.list.prepend(entry.item);
  }

  hide(entry) {
    entry.visible = false;
    this.totals[SEVERITIES.indexOf(entry.d.severity)] -= 1;
    this.detach(entry);
    entry.item.remove();
    entry.item = null;
  }

  listItem(entry) {
    const { d } = entry;
    const where = entry.field?.describe() ?? d.path;
    const item = h(
      'li',
      { dataset: { id: d.id, code: d.code, severity: d.severity, for: d.path } },
      h(
        'button',
        { type: 'button', class: 'goto', title: t('goTo', where) },
        h('span', { class: 'severity', text: t('severity')[d.severity] }),
        h('span', { class: 'code', text: d.code }),
        h('span', { class: 'message', text: d.message }),
        h('span', { class: 'where', text: where }),
      ),
    );
    if (d.help) item.append(h('p', { class: 'help', text: d.help }));
    if (d.fix?.safety === 'safe') {
      item.append(
        h('button', { type: 'button', class: 'fix', title: d.fix.title, text: t('fix') }),
        h('span', { class: 'fix-title', text: d.fix.title }),
      );
    }
    return item;
  }

  /** Puts the message under its field and marks the field. */
  attach(entry) {
    const field = this.form.fieldFor(entry.d.path);
    if (!field) return;
    if (!field.messages) {
      field.messages = h('ul', { class: 'field-messages', id: `${field.id}-messages` });
      field.box.append(field.messages);
      if (field.control) describedBy(field.control, field.messages.id, true);
    }
    entry.fieldItem = h(
      'li',
      { dataset: { severity: entry.d.severity, code: entry.d.code } },
      h('span', { class: 'severity', text: `${t('severity')[entry.d.severity]}: ` }),
      entry.d.message,
    );
    field.messages.append(entry.fieldItem);
    entry.field = field;
    if (entry.d.severity !== 'info') {
      field.problems += 1;
      field.control?.setAttribute('aria-invalid', 'true');
    }
  }

  detach(entry) {
    const { field } = entry;
    if (!field) return;
    entry.fieldItem.remove();
    if (entry.d.severity !== 'info') {
      field.problems -= 1;
      if (field.problems === 0) field.control?.removeAttribute('aria-invalid');
    }
    if (!field.messages.firstChild) {
      if (field.control) describedBy(field.control, field.messages.id, false);
      field.messages.remove();
      field.messages = null;
    }
    entry.field = null;
    entry.fieldItem = null;
  }

  summary() {
    const [errors, warnings, infos] = this.totals;
    this.countsNode.textContent = t('counts', errors, warnings, infos);
    this.countsNode.dataset.errors = errors;
    this.note.textContent =
      this.hidden > 0 ? t('hiddenNote', this.hidden) : this.list.firstChild ? '' : t('noProblems');
  }
}

/** Whether `a` is listed before `b`: the order of their fields in the form, then age. */
function precedes(a, b) {
  const x = a.field?.box;
  const y = b.field?.box;
  if (x && y && x !== y) {
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return true;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return false;
  }
  return a.d.id < b.d.id;
}
