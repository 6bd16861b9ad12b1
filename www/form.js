// The form: every part of the plan as fields, drawn from the page's copy of the
// plan. Each field knows its JSON Pointer; edits and clicks are passed to the
// controller, which owns the Editor. Parts are redrawn after structural edits.

import { h } from './dom.js';
import { t } from './i18n.js';
import { partLabels } from './numbering.js';
import { child, entryIndex, getAt, within } from './pointer.js';

const SECTION_KINDS = ['purpose', 'fields', 'activities', 'budget', 'reporting', 'organisation', 'other'];
const PROFILES = ['law-monitoring', 'generic'];

/** Parts of the form redrawn as a whole after a structural edit inside them. */
const PART_KEYS = ['/legal_bases', '/parent_plan', '/recipients', '/signature', '/footnotes', '/suppressions'];

/** The part of the form that holds `pointer`: "/sections/2", "/sections", "/legal_bases" … */
export function partKey(pointer) {
  const section = /^\/sections\/\d+/.exec(pointer);
  if (section) return section[0];
  if (within(pointer, '/sections')) return '/sections';
  return PART_KEYS.find((key) => within(pointer, key)) ?? '/general';
}

export class PlanForm {
  /**
   * `on.text(pointer, value, control)`, `on.value(pointer, value)`,
   * `on.action(name, target, control)`, `on.agency(control)` (an agency field
   * is focused or typed in),
   * `on.deadline(text)` → `{ok, text}` or null.
   */
  constructor(root, on) {
    this.root = root;
    this.on = on;
    this.fields = new Map();
    this.parts = new Map();
    this.badges = new Map();
    /** Containers of item lists and text lists, by the list's pointer. */
    this.itemLists = new Map();
    this.textLists = new Map();
    this.seq = 0;
    this.composing = false;
    this.listen();
  }

  /** Draws the whole form for `plan`. */
  render(plan) {
    this.fields.clear();
    this.parts.clear();
    this.badges.clear();
    this.itemLists.clear();
    this.textLists.clear();
    this.plan = plan;
    const parts = [
      this.general(plan),
      this.legalBases(plan),
      this.parentPlan(plan),
      this.field('/preamble', plan.preamble, t('preamble'), { multiline: true, hint: t('preambleHint') }),
      this.sections(plan),
      this.field('/closing', plan.closing, t('closing'), { multiline: true }),
      this.recipients(plan),
      this.signature(plan),
      this.footnotes(plan),
      this.suppressions(plan),
    ];
    this.register('', { box: this.root, describe: () => t('formTitle') });
    this.root.replaceChildren(...parts);
  }

  /** Redraws the part holding `pointer` from `plan`. */
  rerender(pointer, plan) {
    this.plan = plan;
    const key = partKey(pointer);
    const old = this.parts.get(key);
    if (!old || key === '/general') return;
    this.forget((path) => within(path, key));
    old.replaceWith(this.build(key, plan));
  }

  /**
   * Redraws items `from` … of the item list at `list`: `removed` drawn items
   * make way for `added` ones from `plan`. Items before and after keep their
   * fields; every label of the part is brought up to date.
   */
  rerenderItems(list, from, removed, added, plan) {
    const container = this.itemLists.get(list);
    const match = /^\/sections\/(\d+)/.exec(list);
    if (!container || !match) {
      this.rerender(list, plan);
      return;
    }
    this.plan = plan;
    const index = Number(match[1]);
    const section = plan.sections[index];
    const drawn = [...container.children].slice(from, from + removed);
    this.forget((path) => {
      const at = entryIndex(path, list);
      return at >= from && at < from + removed;
    });
    const labels = partLabels(section, index);
    const items = getAt(plan, list);
    const depth = (list.match(/\/items/g) ?? []).length - 1;
    const fresh = items
      .slice(from, from + added)
      .map((item, k) => this.item(item, `${list}/${from + k}`, from + k, items.length, labels, section.kind, depth));
    const next = container.children[from + removed] ?? null;
    for (const node of drawn) node.remove();
    if (next) next.before(...fresh);
    else container.append(...fresh);
    this.relabel(plan, index);
  }

  /** Redraws one list of texts (paragraphs, agencies, recipients …). */
  rerenderList(list, plan) {
    const drawn = this.textLists.get(list);
    if (!drawn) {
      this.rerender(list, plan);
      return;
    }
    this.plan = plan;
    this.forget((path) => within(path, list));
    drawn.box.replaceWith(this.textList(list, getAt(plan, list), drawn.options));
  }

  /** Whether `list` is drawn as a list of texts. */
  isTextList(list) {
    return this.textLists.has(list);
  }

  /** Drops the registered fields, labels and lists whose pointer `gone(pointer)` accepts. */
  forget(gone) {
    for (const registry of [this.fields, this.badges, this.itemLists, this.textLists]) {
      for (const path of [...registry.keys()]) {
        if (gone(path)) registry.delete(path);
      }
    }
  }

  build(key, plan) {
    const index = /^\/sections\/(\d+)$/.exec(key);
    if (index) {
      const i = Number(index[1]);
      return this.section(plan.sections[i], i);
    }
    switch (key) {
      case '/sections':
        return this.sections(plan);
      case '/legal_bases':
        return this.legalBases(plan);
      case '/parent_plan':
        return this.parentPlan(plan);
      case '/recipients':
        return this.recipients(plan);
      case '/signature':
        return this.signature(plan);
      case '/footnotes':
        return this.footnotes(plan);
      default:
        return this.suppressions(plan);
    }
  }

  /** The field showing `path`, or the nearest part of the form that holds it. */
  fieldFor(path) {
    let at = path;
    for (;;) {
      const field = this.fields.get(at);
      if (field) return field;
      if (at === '') return null;
      at = at.slice(0, at.lastIndexOf('/'));
    }
  }

  /** Focuses the field for `path`, selecting `range` (UTF-16) in its text. */
  focus(path, range = null) {
    const field = this.fieldFor(path);
    if (!field) return;
    const target =
      field.control ?? field.box.querySelector('input, textarea, select, button') ?? field.box;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    if (range && field.control && typeof target.setSelectionRange === 'function') {
      target.setSelectionRange(range.start, range.end);
    }
  }

  /** Focuses an action button (after moving an item, to keep moving it). */
  focusAction(action, target) {
    const scope = this.fields.get(target)?.box ?? this.root;
    const button = scope.querySelector(`button[data-action="${action}"][data-target="${CSS.escape(target)}"]`);
    if (button && !button.disabled) button.focus();
    else this.focus(target);
  }

  /** Puts a new value into a text control (a fix was applied). */
  setControlText(pointer, text) {
    const control = this.fields.get(pointer)?.control;
    if (control) control.value = text;
  }

  /** Updates the labels of one part after a change that can renumber it. */
  relabel(plan, index) {
    for (const [pointer, { shown }] of partLabels(plan.sections[index], index)) {
      const badge = this.badges.get(pointer);
      if (badge && badge.textContent !== shown) badge.textContent = shown;
    }
  }

  /** Shows how a deadline is understood, next to its field. */
  showDeadline(pointer, text) {
    const output = this.fields.get(pointer)?.understood;
    if (!output) return;
    const reading = text.trim() === '' ? null : this.on.deadline(text);
    output.textContent = reading ? (reading.ok ? t('understood', reading.text) : reading.text) : '';
    output.classList.toggle('unclear', reading !== null && !reading.ok);
  }

  /** Reads every deadline again (the plan year changed). */
  refreshDeadlines() {
    for (const [pointer, field] of this.fields) {
      if (field.understood) this.showDeadline(pointer, field.control.value);
    }
  }

  // Events ------------------------------------------------------------------

  listen() {
    const root = this.root;
    root.addEventListener('submit', (event) => event.preventDefault());
    // Vietnamese is typed through an IME (Telex, VNI): nothing is checked mid-syllable.
    root.addEventListener('compositionstart', () => {
      this.composing = true;
    });
    root.addEventListener('compositionend', (event) => {
      this.composing = false;
      this.edited(event.target);
    });
    root.addEventListener('input', (event) => {
      if (this.composing || event.isComposing) return;
      this.edited(event.target);
    });
    root.addEventListener('change', (event) => {
      const control = event.target;
      if (control.dataset.edit === 'choice') this.on.value(control.dataset.pointer, control.value);
      else if (control.dataset.action) this.on.action(control.dataset.action, control.dataset.target, control);
    });
    root.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-action]');
      if (button) this.on.action(button.dataset.action, button.dataset.target, button);
    });
    root.addEventListener('focusin', (event) => {
      if (event.target.dataset.agency !== undefined) this.on.agency(event.target);
    });
  }

  edited(control) {
    const { pointer, edit } = control.dataset;
    if (edit === 'text') {
      this.on.text(pointer, control.value, control);
      if (control.dataset.agency !== undefined) this.on.agency(control);
    } else if (edit === 'int') {
      const text = control.value.trim();
      const number = Number(text);
      if (text === '') this.on.value(pointer, null);
      else if (Number.isInteger(number)) this.on.value(pointer, number);
    }
  }

  // Building blocks -----------------------------------------------------------

  id() {
    this.seq += 1;
    return `f${this.seq}`;
  }

  register(pointer, field) {
    const entry = { id: field.id ?? this.id(), control: null, messages: null, problems: 0, ...field };
    this.fields.set(pointer, entry);
    return entry;
  }

  /** A labelled text field. */
  field(pointer, value, label, options = {}) {
    const { multiline = false, hint, deadline = false, agency = false, describe, wide } = options;
    const id = this.id();
    const control = multiline
      ? h('textarea', { id, rows: 2, value, dataset: { pointer, edit: 'text' } })
      : h('input', { id, type: 'text', value, dataset: { pointer, edit: 'text' } });
    if (agency) {
      control.setAttribute('list', 'agency-suggestions');
      control.dataset.agency = '';
      control.autocomplete = 'off';
    }
    const box = h('div', { class: `field${wide ? ' wide' : ''}` }, h('label', { for: id, text: label }), control);
    const ids = [];
    if (hint) {
      box.append(h('p', { class: 'hint', id: `${id}-hint`, text: hint }));
      ids.push(`${id}-hint`);
    }
    const entry = this.register(pointer, {
      id,
      control,
      box,
      describe: describe ?? (() => label),
    });
    if (deadline) {
      entry.understood = h('output', { class: 'understood', id: `${id}-understood`, for: id });
      box.append(entry.understood);
      ids.push(entry.understood.id);
      this.showDeadline(pointer, value);
    }
    if (ids.length) control.setAttribute('aria-describedby', ids.join(' '));
    return box;
  }

  /** A number field (day, month, year) edited as a value. */
  numberField(pointer, value, label, { min, max }) {
    const id = this.id();
    const control = h('input', {
      id,
      type: 'number',
      inputmode: 'numeric',
      min,
      max,
      value: value ?? '',
      dataset: { pointer, edit: 'int' },
    });
    const box = h('div', { class: 'field number' }, h('label', { for: id, text: label }), control);
    this.register(pointer, { id, control, box, describe: () => label });
    return box;
  }

  select(pointer, value, label, choices) {
    const id = this.id();
    const control = h(
      'select',
      { id, dataset: { pointer, edit: 'choice' } },
      choices.map(([key, text]) => h('option', { value: key, text, selected: key === value })),
    );
    const box = h('div', { class: 'field' }, h('label', { for: id, text: label }), control);
    this.register(pointer, { id, control, box, describe: () => label });
    return box;
  }

  button(action, target, text, { label, symbol, disabled, extra } = {}) {
    return h('button', {
      type: 'button',
      class: symbol ? 'icon' : 'add',
      text: symbol ?? text,
      title: label ?? text,
      'aria-label': label ?? text,
      disabled,
      dataset: { action, target, ...extra },
    });
  }

  /** Move up / move down / remove buttons for an entry of a list of `length`. */
  entryTools(pointer, index, length, what) {
    return h(
      'span',
      { class: 'tools' },
      this.button('up', pointer, t('moveUp'), { symbol: '↑', label: `${t('moveUp')}: ${what}`, disabled: index === 0 }),
      this.button('down', pointer, t('moveDown'), {
        symbol: '↓',
        label: `${t('moveDown')}: ${what}`,
        disabled: index === length - 1,
      }),
      this.button('remove', pointer, t('remove'), { symbol: '✕', label: t('removeWhat', what) }),
    );
  }

  /** A list of texts (agencies, recipients, paragraphs …), each removable and movable. */
  textList(pointer, values, options) {
    const { legend, entryName, addLabel, multiline = false, agency = false, cls = '' } = options;
    const entries = values.map((value, i) => {
      const entryPointer = child(pointer, i);
      const what = t('entry', entryName, i + 1);
      const id = this.id();
      const control = multiline
        ? h('textarea', { id, rows: 2, value, 'aria-label': `${legend} ${i + 1}`, dataset: { pointer: entryPointer, edit: 'text' } })
        : h('input', { id, type: 'text', value, 'aria-label': `${legend} ${i + 1}`, dataset: { pointer: entryPointer, edit: 'text' } });
      if (agency) {
        control.setAttribute('list', 'agency-suggestions');
        control.dataset.agency = '';
        control.autocomplete = 'off';
      }
      const box = h('div', { class: 'entry' }, control, this.entryTools(entryPointer, i, values.length, what));
      this.register(entryPointer, { id, control, box, describe: () => `${legend} ${i + 1}` });
      return box;
    });
    const box = h(
      'fieldset',
      { class: `list ${cls}`, dataset: { list: pointer } },
      h('legend', { text: legend }),
      entries,
      this.button('add-text', pointer, `+ ${addLabel}`),
    );
    this.register(pointer, { box, describe: () => legend });
    this.textLists.set(pointer, { box, options });
    return box;
  }

  // Parts of the plan --------------------------------------------------------

  general(plan) {
    const box = h(
      'fieldset',
      { class: 'part', id: 'part-general' },
      h('legend', { text: t('general') }),
      this.select('/profile', plan.profile, t('profile'), PROFILES.map((p) => [p, t('profiles')[p]])),
      this.field('/issuer/parent', plan.issuer.parent, t('issuerParent')),
      this.field('/issuer/name', plan.issuer.name, t('issuerName')),
      h(
        'div',
        { class: 'row' },
        this.field('/number/number', plan.number.number, t('number'), { hint: t('numberHint') }),
        this.field('/number/symbol', plan.number.symbol, t('symbol')),
      ),
      this.field('/place', plan.place, t('place')),
      h(
        'fieldset',
        { class: 'row date' },
        h('legend', { text: t('date') }),
        this.numberField('/date/day', plan.date.day, t('day'), { min: 1, max: 31 }),
        this.numberField('/date/month', plan.date.month, t('month'), { min: 1, max: 12 }),
        this.numberField('/date/year', plan.date.year, t('year'), { min: 1945, max: 2100 }),
      ),
      this.numberField('/year', plan.year, t('planYear'), { min: 1945, max: 2100 }),
      this.field('/title', plan.title, t('title'), { multiline: true }),
    );
    this.parts.set('/general', box);
    return box;
  }

  citationFields(pointer, citation) {
    return [
      h(
        'div',
        { class: 'row' },
        this.field(`${pointer}/kind`, citation.kind, t('citationKind')),
        this.field(`${pointer}/number`, citation.number, t('citationNumber')),
        this.field(`${pointer}/date`, citation.date, t('citationDate')),
      ),
      this.field(`${pointer}/issuer`, citation.issuer, t('citationIssuer')),
      this.field(`${pointer}/subject`, citation.subject, t('citationSubject'), { multiline: true }),
    ];
  }

  legalBases(plan) {
    const list = plan.legal_bases;
    const box = h(
      'fieldset',
      { class: 'part', id: 'part-legal-bases' },
      h('legend', { text: t('legalBases') }),
      list.map((citation, i) => {
        const pointer = `/legal_bases/${i}`;
        const what = t('legalBasis', i + 1);
        const entry = h(
          'fieldset',
          { class: 'entry-block' },
          h('legend', { text: what }),
          this.entryTools(pointer, i, list.length, what),
          this.citationFields(pointer, citation),
        );
        this.register(pointer, { box: entry, describe: () => what });
        return entry;
      }),
      this.button('add', '/legal_bases', `+ ${t('addLegalBasis')}`, { extra: { template: 'citation' } }),
    );
    this.register('/legal_bases', { box, describe: () => t('legalBases') });
    this.parts.set('/legal_bases', box);
    return box;
  }

  parentPlan(plan) {
    const id = this.id();
    const present = plan.parent_plan !== null;
    const box = h(
      'fieldset',
      { class: 'part', id: 'part-parent-plan' },
      h('legend', { text: t('parentPlan') }),
      h(
        'div',
        { class: 'check' },
        h('input', {
          id,
          type: 'checkbox',
          checked: present,
          dataset: { action: 'toggle-parent-plan', target: '/parent_plan' },
        }),
        h('label', { for: id, text: t('hasParentPlan') }),
      ),
      present ? this.citationFields('/parent_plan', plan.parent_plan) : null,
    );
    this.register('/parent_plan', { box, describe: () => t('parentPlan') });
    this.parts.set('/parent_plan', box);
    return box;
  }

  sections(plan) {
    const box = h(
      'fieldset',
      { class: 'part', id: 'part-sections' },
      h('legend', { text: t('sections') }),
      plan.sections.map((section, i) => this.section(section, i)),
      h(
        'div',
        { class: 'add-section' },
        h('label', { for: 'new-section-kind', text: t('newSectionKind') }),
        // The kind chooser edits nothing itself; the add button reads it.
        h(
          'select',
          { id: 'new-section-kind' },
          SECTION_KINDS.map((k) => h('option', { value: k, text: t('sectionKinds')[k], selected: k === 'activities' })),
        ),
        this.button('add-section', '/sections', `+ ${t('addSection')}`),
      ),
    );
    this.register('/sections', { box, describe: () => t('sections') });
    this.parts.set('/sections', box);
    return box;
  }

  section(section, i) {
    const pointer = `/sections/${i}`;
    const labels = partLabels(section, i);
    const label = labels.get(pointer).shown;
    const badge = h('span', { class: 'badge', text: label });
    this.badges.set(pointer, badge);
    const describe = () => t('part', badge.textContent);
    const count = this.plan.sections.length;
    const box = h(
      'fieldset',
      { class: 'section', dataset: { section: i } },
      h('legend', {}, `${t('partWord')} `, badge),
      this.entryTools(pointer, i, count, t('part', label)),
      h(
        'div',
        { class: 'row' },
        this.select(`${pointer}/kind`, section.kind, t('sectionKind'), SECTION_KINDS.map((k) => [k, t('sectionKinds')[k]])),
        this.field(`${pointer}/heading`, section.heading, t('sectionHeading'), {
          describe: () => `${describe()} — ${t('sectionHeading')}`,
          wide: true,
        }),
      ),
      this.textList(`${pointer}/paragraphs`, section.paragraphs, {
        legend: t('paragraphs'),
        entryName: t('paragraph'),
        addLabel: t('addParagraph'),
        multiline: true,
      }),
      this.itemList(
        `${pointer}/items`,
        section.items.map((item, j) => this.item(item, `${pointer}/items/${j}`, j, section.items.length, labels, section.kind, 0)),
      ),
      this.button('add', `${pointer}/items`, `+ ${t('addItem')}`, { extra: { template: 'item' } }),
    );
    this.register(pointer, { box, describe });
    this.parts.set(pointer, box);
    return box;
  }

  itemList(pointer, items) {
    const container = h('div', { class: 'items', role: 'list' }, items);
    this.itemLists.set(pointer, container);
    return container;
  }

  item(item, pointer, index, count, labels, sectionKind, depth) {
    const badge = h('span', { class: 'badge', text: labels.get(pointer).shown });
    this.badges.set(pointer, badge);
    const describe = () => t('item', badge.textContent);
    const toggle = this.id();
    const nested = depth > 0;
    const tools = h(
      'span',
      { class: 'tools' },
      this.button('up', pointer, t('moveUp'), { symbol: '↑', label: `${t('moveUp')}: ${describe()}`, disabled: index === 0 }),
      this.button('down', pointer, t('moveDown'), {
        symbol: '↓',
        label: `${t('moveDown')}: ${describe()}`,
        disabled: index === count - 1,
      }),
      this.button('outdent', pointer, t('outdent'), { symbol: '←', label: `${t('outdent')}: ${describe()}`, disabled: !nested }),
      this.button('indent', pointer, t('indent'), { symbol: '→', label: `${t('indent')}: ${describe()}`, disabled: index === 0 }),
      this.button('remove', pointer, t('remove'), { symbol: '✕', label: t('removeWhat', describe()) }),
    );
    const box = h(
      'div',
      { class: 'item', role: 'listitem', dataset: { item: pointer, depth } },
      h('div', { class: 'item-head' }, badge, tools),
      this.field(`${pointer}/heading`, item.heading, t('itemHeading'), {
        multiline: true,
        describe: () => `${describe()} — ${t('itemHeading')}`,
      }),
      this.textList(`${pointer}/paragraphs`, item.paragraphs, {
        legend: t('paragraphs'),
        entryName: t('paragraph'),
        addLabel: t('addParagraph'),
        multiline: true,
        cls: 'compact',
      }),
      h(
        'div',
        { class: 'check' },
        h('input', {
          id: toggle,
          type: 'checkbox',
          checked: item.activity !== null,
          dataset: { action: 'toggle-activity', target: pointer },
        }),
        h('label', { for: toggle, text: t('isActivity') }),
      ),
      item.activity ? this.activity(item.activity, `${pointer}/activity`, describe) : null,
      sectionKind === 'organisation' || item.assignees.length > 0
        ? this.textList(`${pointer}/assignees`, item.assignees, {
            legend: t('assignees'),
            entryName: t('agency'),
            addLabel: t('addAgency'),
            agency: true,
            cls: 'agencies',
          })
        : null,
      this.itemList(
        `${pointer}/items`,
        item.items.map((sub, j) =>
          this.item(sub, `${pointer}/items/${j}`, j, item.items.length, labels, sectionKind, depth + 1),
        ),
      ),
      this.button('add', `${pointer}/items`, `+ ${t('addSubItem')}`, { extra: { template: 'item' } }),
    );
    this.register(pointer, { box, describe });
    return box;
  }

  activity(activity, pointer, describeItem) {
    const labelled = (key) => () => `${describeItem()} — ${t(key)}`;
    const box = h(
      'div',
      { class: 'activity' },
      this.textList(`${pointer}/lead`, activity.lead, {
        legend: t('lead'),
        entryName: t('agency'),
        addLabel: t('addAgency'),
        agency: true,
        cls: 'agencies',
      }),
      this.textList(`${pointer}/partners`, activity.partners, {
        legend: t('partners'),
        entryName: t('agency'),
        addLabel: t('addAgency'),
        agency: true,
        cls: 'agencies',
      }),
      this.field(`${pointer}/deadline`, activity.deadline, t('deadline'), {
        deadline: true,
        hint: t('deadlineHint'),
        describe: labelled('deadline'),
      }),
      this.field(`${pointer}/output`, activity.output, t('output'), { describe: labelled('output') }),
      h(
        'div',
        { class: 'row' },
        this.field(`${pointer}/scope`, activity.scope, t('scope'), { describe: labelled('scope') }),
        this.field(`${pointer}/target`, activity.target, t('target'), { describe: labelled('target') }),
      ),
    );
    this.register(pointer, { box, describe: describeItem });
    return box;
  }

  recipients(plan) {
    const box = this.textList('/recipients', plan.recipients, {
      legend: t('recipients'),
      entryName: t('recipient'),
      addLabel: t('addRecipient'),
    });
    box.classList.add('part');
    this.parts.set('/recipients', box);
    return box;
  }

  signature(plan) {
    const s = plan.signature;
    const box = h(
      'fieldset',
      { class: 'part', id: 'part-signature' },
      h('legend', { text: t('signature') }),
      this.textList('/signature/authority', s.authority, {
        legend: t('authority'),
        entryName: t('authorityLine'),
        addLabel: t('addAuthority'),
      }),
      this.field('/signature/title', s.title, t('signerTitle')),
      this.field('/signature/name', s.name, t('signerName')),
    );
    this.register('/signature', { box, describe: () => t('signature') });
    this.parts.set('/signature', box);
    return box;
  }

  footnotes(plan) {
    const box = this.textList('/footnotes', plan.footnotes, {
      legend: t('footnotes'),
      entryName: t('footnote'),
      addLabel: t('addFootnote'),
      multiline: true,
    });
    box.classList.add('part');
    this.parts.set('/footnotes', box);
    return box;
  }

  suppressions(plan) {
    const list = plan.suppressions;
    const box = h(
      'fieldset',
      { class: 'part', id: 'part-suppressions' },
      h('legend', { text: t('suppressions') }),
      list.map((s, i) => {
        const pointer = `/suppressions/${i}`;
        const what = t('entry', t('suppression'), i + 1);
        const entry = h(
          'fieldset',
          { class: 'entry-block' },
          h('legend', { text: what }),
          this.entryTools(pointer, i, list.length, what),
          h(
            'div',
            { class: 'row' },
            this.field(`${pointer}/code`, s.code, t('suppressionCode')),
            this.field(`${pointer}/path`, s.path, t('suppressionPath')),
          ),
          this.field(`${pointer}/reason`, s.reason, t('suppressionReason')),
        );
        this.register(pointer, { box: entry, describe: () => what });
        return entry;
      }),
      this.button('add', '/suppressions', `+ ${t('addSuppression')}`, { extra: { template: 'suppression' } }),
    );
    this.register('/suppressions', { box, describe: () => t('suppressions') });
    this.parts.set('/suppressions', box);
    return box;
  }
}
