// The drafting page: drafts in browser storage, the form, diagnostics and the
// live preview, wired to the WebAssembly Editor that owns and checks the plan.

import init, { completeAgency, describeDeadline, version } from './pkg/kehoach.js';
import { DiagnosticsView } from './diagnostics.js';
import { h } from './dom.js';
import { applyEdits, editsByField } from './fix.js';
import { PlanForm } from './form.js';
import { DEFAULT_HEADINGS, lang, setLang, t, translate } from './i18n.js';
import { PasteDialog } from './paste.js';
import { redundantLabels, roman, bare } from './numbering.js';
import { afterInsert, afterMove, afterRemove, child, getAt, lastIndex, parent } from './pointer.js';
import { Preview } from './preview.js';
import { Session } from './session.js';
import * as store from './store.js';

const SAMPLE_PLAN = new URL('./pkg/sample-plan.json', import.meta.url);
const EMPTY_PLAN = '{"schema": "kehoach/1"}';
const LANG_KEY = 'kehoach.lang';
const AUTOSAVE_MS = 500;
const SUGGESTIONS = 8;

/** New values for the "add" buttons, complete so the page's copy matches the Editor's. */
const TEMPLATES = {
  citation: () => ({ kind: '', number: '', date: '', issuer: '', subject: '' }),
  item: () => ({ label: '', heading: '', paragraphs: [], assignees: [], activity: null, items: [] }),
  activity: () => ({ lead: [''], partners: [], output: '', scope: '', target: '', deadline: '' }),
  suppression: () => ({ code: '', path: '', reason: '' }),
  parentPlan: () => ({ kind: 'Kế hoạch', number: '', date: '', issuer: '', subject: '' }),
  section: (kind) => ({ kind, label: '', heading: DEFAULT_HEADINGS[kind], paragraphs: [], items: [] }),
};

const byId = (id) => document.getElementById(id);
const view = {
  form: byId('plan-form'),
  drafts: byId('draft-select'),
  notice: byId('notice'),
  saveStatus: byId('save-status'),
  importFile: byId('import-file'),
  suggestions: byId('agency-suggestions'),
  langButtons: { vi: byId('lang-vi'), en: byId('lang-en') },
};

let session = null;
/** What the notice's action button does, if it has one. */
let noticeAction = null;
/** The open draft's index entry: {id, title, updated, quiet, dirty}. */
let draft = null;

/** Today's local date as YYYY-MM-DD: the core never reads the clock itself. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const options = () => ({ lang: lang(), today: today() });

const form = new PlanForm(view.form, {
  text: editText,
  value: editValue,
  action: (name, target, control) => guarded(() => act(name, target, control)),
  agency: suggestAgencies,
  deadline: (text) => describeDeadline(text, planYear() ?? undefined, lang()),
});

const diagnostics = new DiagnosticsView({
  list: byId('diagnostics'),
  counts: byId('counts'),
  note: byId('checks-note'),
  form,
  onFocus: (d) => form.focus(d.path, d.range),
  onFix: (d) => guarded(() => applyFix(d)),
});

const preview = new Preview(byId('preview-panel'), byId('preview'), {
  html: () => session.previewHtml(),
  printHtml: () => session.documentHtml(),
  flags: () => diagnostics.severityByPath(),
  onPick: (path) => form.focus(path),
});

const autosave = new store.Debounced(saveNow, AUTOSAVE_MS);

// Notices ---------------------------------------------------------------------

/** Shows a message above the form, with an optional action button. */
function notify(message, { kind = 'info', action } = {}) {
  const parts = [h('span', { text: message })];
  if (action) {
    parts.push(
      h('button', { type: 'button', class: 'notice-action', text: action.label }),
    );
  }
  parts.push(h('button', { type: 'button', class: 'notice-close', 'aria-label': t('dismiss'), text: '✕' }));
  view.notice.replaceChildren(...parts);
  view.notice.dataset.kind = kind;
  view.notice.hidden = false;
  noticeAction = action?.run ?? null;
}

view.notice.addEventListener('click', (event) => {
  if (event.target.classList.contains('notice-action')) {
    const run = noticeAction;
    view.notice.hidden = true;
    run?.();
  } else if (event.target.classList.contains('notice-close')) {
    view.notice.hidden = true;
  }
});

/** Runs an edit; a refused edit becomes a notice instead of an exception. */
function guarded(run) {
  try {
    run();
  } catch (error) {
    notify(t('editFailed', error.message), { kind: 'error' });
    console.warn(error);
  }
}

// Edits -------------------------------------------------------------------------

function planYear() {
  const plan = session.plan;
  return plan.year ?? plan.date.year ?? null;
}

/** The per-keystroke path: one setText, the changed diagnostics, and small updates. */
function editText(pointer, value) {
  const before = getAt(session.plan, pointer);
  let records;
  try {
    records = session.setText(pointer, value);
  } catch (error) {
    notify(t('editFailed', error.message), { kind: 'error' });
    return;
  }
  touch(pointer);
  diagnostics.apply(records, session);
  scheduleFlush();
  if (pointer.endsWith('/deadline')) form.showDeadline(pointer, value);
  // A first or last character in an item's paragraph can renumber its group (a) ↔ 1.1.).
  const section = /^\/sections\/(\d+)\/items\/.*\/paragraphs\/\d+$/.exec(pointer);
  if (section && (before ?? '').trim() === '' !== (value.trim() === '')) {
    form.relabel(session.plan, Number(section[1]));
  }
  changed();
}

/** How long typing must pause before the whole-plan checks run. */
const FLUSH_PAUSE_MS = 300;
let flushTimer = 0;

/** Runs the cross-item checks once typing pauses, outside the keystroke path. */
function scheduleFlush() {
  clearTimeout(flushTimer);
  flushTimer = setTimeout(() => {
    if (session && session.isStale()) diagnostics.apply(session.flush(), session);
  }, FLUSH_PAUSE_MS);
}

function editValue(pointer, value) {
  guarded(() => {
    // A part's kind decides which lists its items show (duties in an organisation part).
    if (/^\/sections\/\d+\/kind$/.test(pointer)) {
      restructure(pointer, () => session.setValue(pointer, value));
      form.focus(pointer);
      return;
    }
    const records = session.setValue(pointer, value);
    touch(pointer);
    diagnostics.apply(records, session);
    if (pointer === '/year' || pointer === '/date/year') form.refreshDeadlines();
    changed();
  });
}

/** Marks a field as touched, and the list holding it for list-wide findings. */
function touch(pointer) {
  diagnostics.touch(pointer);
  if (/\/(lead|partners|assignees|recipients|authority|paragraphs|footnotes)\/\d+$/.test(pointer)) {
    diagnostics.touch(parent(pointer));
  }
}

function changed() {
  preview.schedule();
  autosave.schedule();
}

/** Written labels that only repeat the numbering become automatic, so numbering follows moves. */
function automaticLabels(pointer) {
  const plan = session.plan;
  const match = /^\/sections\/(\d+)\//.exec(pointer);
  const stale = match
    ? redundantLabels(plan.sections[Number(match[1])], Number(match[1]))
    : plan.sections
        .map((s, i) => (s.label.trim() !== '' && bare(s.label) === roman(i + 1) ? `/sections/${i}/label` : null))
        .filter(Boolean);
  for (const label of stale) diagnostics.apply(session.setText(label, ''), session);
}

/**
 * A structural edit inside the part of the form holding `part`: numbering made
 * automatic, the edit, touched fields moved along (`remap`), the form redrawn
 * (`redraw`, by default the whole part), diagnostics re-attached.
 */
function restructure(part, edit, remap = null, redraw = () => form.rerender(part, session.plan)) {
  if (part.startsWith('/sections')) automaticLabels(part);
  const records = edit();
  if (remap) diagnostics.remapDirty(remap);
  redraw();
  diagnostics.apply(records, session);
  diagnostics.reattach();
  changed();
}

/**
 * Redraws a list whose entries changed from index `from` on: `span` entries
 * when its length stayed the same, else everything from there to the end
 * (later entries moved, and their pointers with them). Lists of items are
 * redrawn item by item; lists of texts alone; other lists with their part.
 */
function redrawList(list, from, before, span = null) {
  return () => {
    if (form.isTextList(list)) {
      form.rerenderList(list, session.plan);
    } else if (list.endsWith('/items')) {
      const start = Math.max(0, from);
      const after = getAt(session.plan, list).length;
      if (span === null) form.rerenderItems(list, start, before - start, after - start, session.plan);
      else form.rerenderItems(list, start, span, span, session.plan);
    } else {
      form.rerender(list, session.plan);
    }
  };
}

const lengthOf = (list) => getAt(session.plan, list).length;

/** Inserts `value` at `index` of `list` (null: at the end); returns the new entry's pointer. */
function insert(list, index, value) {
  const before = lengthOf(list);
  const at = index ?? before;
  const remap = index === null ? null : (p) => afterInsert(p, list, index);
  restructure(list, () => session.insert(child(list, at), value), remap, redrawList(list, at - 1, before));
  return child(list, at);
}

function remove(pointer) {
  const removed = structuredClone(getAt(session.plan, pointer));
  const list = parent(pointer);
  const index = lastIndex(pointer);
  const before = lengthOf(list);
  const what = form.fieldFor(pointer)?.describe() ?? pointer;
  restructure(
    list,
    () => session.remove(pointer),
    (p) => afterRemove(p, list, index),
    redrawList(list, index - 1, before),
  );
  notify(t('removed', what), {
    action: { label: t('undo'), run: () => guarded(() => form.focus(insert(list, index, removed))) },
  });
  const length = lengthOf(list);
  if (length > 0) form.focus(child(list, Math.min(index, length - 1)));
  else form.focusAction(list.endsWith('/items') ? 'add' : 'add-text', list);
}

/** Swaps an entry with its neighbour (`step` −1 or +1). */
function swap(pointer, step) {
  const list = parent(pointer);
  const index = lastIndex(pointer);
  const to = child(list, index + step);
  restructure(
    list,
    () => session.move(pointer, to),
    (p) => afterMove(p, pointer, to),
    redrawList(list, Math.min(index, index + step), lengthOf(list), 2),
  );
  return to;
}

/** Moves an item to `to` (another list); `list` and `from` say what to redraw. */
function moveItem(pointer, to, list, from) {
  restructure(
    list,
    () => session.move(pointer, to),
    (p) => afterMove(p, pointer, to),
    redrawList(list, from, lengthOf(list)),
  );
}

/** The buttons and checkboxes of the form. */
function act(name, target, control) {
  const index = () => lastIndex(target);
  switch (name) {
    case 'add-text':
      form.focus(insert(target, null, ''));
      break;
    case 'add':
      form.focus(child(insert(target, null, TEMPLATES[control.dataset.template]()), 'heading'));
      break;
    case 'add-section': {
      const kind = byId('new-section-kind').value;
      form.focus(child(insert('/sections', null, TEMPLATES.section(kind)), 'heading'));
      break;
    }
    case 'remove':
      remove(target);
      break;
    case 'up':
      form.focusAction('up', swap(target, -1));
      break;
    case 'down':
      form.focusAction('down', swap(target, 1));
      break;
    case 'indent': {
      // Becomes the last sub-item of the item above it.
      const list = parent(target);
      const above = child(list, index() - 1);
      const to = child(`${above}/items`, lengthOf(`${above}/items`));
      moveItem(target, to, list, index() - 1);
      form.focus(`${to}/heading`);
      break;
    }
    case 'outdent': {
      // Becomes the item right after its parent.
      const owner = parent(parent(target));
      const to = child(parent(owner), lastIndex(owner) + 1);
      moveItem(target, to, parent(owner), lastIndex(owner));
      form.focus(`${to}/heading`);
      break;
    }
    case 'toggle-activity': {
      const value = control.checked ? TEMPLATES.activity() : null;
      restructure(
        target,
        () => session.setValue(`${target}/activity`, value),
        null,
        redrawList(parent(target), index(), lengthOf(parent(target)), 1),
      );
      form.focus(control.checked ? `${target}/activity/lead/0` : `${target}/heading`);
      break;
    }
    case 'toggle-parent-plan':
      restructure(target, () => session.setValue(target, control.checked ? TEMPLATES.parentPlan() : null));
      form.focus(control.checked ? '/parent_plan/number' : '/parent_plan');
      break;
    default:
      break;
  }
}

/** Applies a safe fix: each edited field gets its new text through setText. */
function applyFix(d) {
  for (const [path, edits] of editsByField(d.fix)) {
    const text = applyEdits(getAt(session.plan, path) ?? '', edits);
    editText(path, text);
    form.setControlText(path, text);
  }
  form.focus(d.path);
}

/** Suggestions for an agency field: names valid on the plan's date that match what is typed. */
function suggestAgencies(control) {
  const names = completeAgency(control.value, planDate(), SUGGESTIONS);
  view.suggestions.replaceChildren(...names.map((name) => h('option', { value: name })));
}

/** The plan's date as YYYY-MM-DD, as far as it is filled in; '' for any date. */
function planDate() {
  const { day, month, year } = session.plan.date;
  const y = year ?? session.plan.year;
  if (!y) return '';
  const pad = (n) => String(n).padStart(2, '0');
  return `${y}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
}

// Drafts ------------------------------------------------------------------------

function saveNow() {
  if (!session) return;
  draft.title = session.plan.title.trim();
  draft.updated = Date.now();
  draft.quiet = diagnostics.quiet;
  draft.dirty = [...diagnostics.dirty];
  try {
    store.saveDraft(draft, session.planJson());
    view.saveStatus.textContent = t('saved', new Date(draft.updated).toLocaleTimeString(lang()));
  } catch (error) {
    notify(t('saveFailed', error.message), { kind: 'error' });
  }
  listDrafts();
}

/** Makes `next` the plan being edited, as draft `meta`. */
function open(next, meta) {
  autosave.flush();
  session?.close();
  session = next;
  draft = meta;
  form.render(session.plan);
  diagnostics.reset(session.diagnostics(), Boolean(meta.quiet), meta.dirty ?? []);
  preview.reset();
  listDrafts();
}

function startDraft(next, { quiet }) {
  open(next, { id: store.newDraftId(), title: '', updated: Date.now(), quiet, dirty: [] });
  saveNow();
}

function openEmpty() {
  startDraft(Session.fromJson(EMPTY_PLAN, options()), { quiet: true });
  form.focus('/issuer/name');
}

async function openSample() {
  const response = await fetch(SAMPLE_PLAN);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  startDraft(Session.fromJson(await response.text(), options()), { quiet: false });
}

function openStored(meta) {
  const text = store.loadDraft(meta.id);
  if (text === null) return false;
  try {
    open(Session.fromJson(text, options()), meta);
    return true;
  } catch (error) {
    notify(t('importFailed', meta.title || meta.id, error.message), { kind: 'error' });
    return false;
  }
}

function listDrafts() {
  const when = (ms) => new Date(ms).toLocaleString(lang(), { dateStyle: 'short', timeStyle: 'short' });
  view.drafts.replaceChildren(
    ...store.listDrafts().map((d) =>
      h('option', {
        value: d.id,
        text: t('draftOption', shorten(d.title) || t('untitled'), when(d.updated)),
        selected: d.id === draft?.id,
      }),
    ),
  );
}

const shorten = (text) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/** A file name from the title, without diacritics: "ke-hoach-theo-doi-….json". */
function fileName() {
  const slug = session.plan.title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `ke-hoach${slug ? `-${slug}` : ''}.json`;
}

function exportJson() {
  diagnostics.apply(session.flush(), session);
  diagnostics.reveal();
  preview.schedule();
  saveNow();
  const name = fileName();
  const url = URL.createObjectURL(new Blob([session.planJson()], { type: 'application/json' }));
  h('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  notify(t('exported', name));
}

async function importJson(file) {
  const text = await file.text();
  let next;
  try {
    next = Session.fromJson(text, options());
  } catch (error) {
    notify(t('importFailed', file.name, error.message), { kind: 'error' });
    return;
  }
  startDraft(next, { quiet: false });
  notify(t('imported', file.name));
}

/** The pasted text's plan as a new draft; the findings are listed by the dialog. */
function openPasted(planJson) {
  startDraft(Session.fromJson(planJson, options()), { quiet: false });
  notify(t('pasted'));
}

const paste = new PasteDialog(
  {
    dialog: byId('paste-dialog'),
    text: byId('paste-text'),
    file: byId('paste-file'),
    run: byId('paste-run'),
    cancel: byId('paste-cancel'),
    status: byId('paste-status'),
    findings: byId('paste-findings'),
  },
  { open: openPasted, options },
);

function deleteDraft() {
  const title = draft.title || t('untitled');
  if (!confirm(t('confirmDelete', title))) return;
  autosave.cancel();
  store.deleteDraft(draft.id);
  draft = null;
  const [next] = store.listDrafts();
  if (!next || !openStored(next)) openEmpty();
}

function switchLanguage(next) {
  setLang(next);
  localStorage.setItem(LANG_KEY, next);
  document.documentElement.lang = next;
  document.title = `${t('appTitle')} — kehoach`;
  translate(document);
  for (const [code, button] of Object.entries(view.langButtons)) {
    button.setAttribute('aria-pressed', String(code === next));
  }
  if (!session) return;
  session.setOptions(options());
  form.render(session.plan);
  diagnostics.reset(session.diagnostics());
  preview.reset();
  listDrafts();
}

// Start ---------------------------------------------------------------------------

function listen() {
  // Fields scrolled to stay clear of the sticky checks panel above them.
  new ResizeObserver(([entry]) => {
    const editing = byId('checks').parentElement;
    editing.style.setProperty('--checks-height', `${Math.ceil(entry.borderBoxSize[0].blockSize)}px`);
  }).observe(byId('checks'));
  byId('new-plan').addEventListener('click', () => guarded(openEmpty));
  byId('open-sample').addEventListener('click', () => openSample().catch(failed));
  byId('delete-draft').addEventListener('click', () => guarded(deleteDraft));
  byId('import-button').addEventListener('click', () => view.importFile.click());
  view.importFile.addEventListener('change', () => {
    const [file] = view.importFile.files;
    view.importFile.value = '';
    if (file) importJson(file).catch(failed);
  });
  byId('paste-button').addEventListener('click', () => paste.show());
  byId('export-button').addEventListener('click', () => guarded(exportJson));
  byId('print-button').addEventListener('click', () => print());
  byId('full-check').addEventListener('click', () => {
    diagnostics.apply(session.flush(), session);
    diagnostics.reveal();
    preview.schedule();
    autosave.schedule();
    notify(t('fullCheckDone'));
  });
  view.drafts.addEventListener('change', () => {
    const meta = store.listDrafts().find((d) => d.id === view.drafts.value);
    if (meta && meta.id !== draft.id) {
      autosave.flush();
      openStored(meta);
    }
  });
  for (const [code, button] of Object.entries(view.langButtons)) {
    button.addEventListener('click', () => switchLanguage(code));
  }
  // Nothing typed is lost when the tab is closed, hidden or reloaded.
  addEventListener('pagehide', () => autosave.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave.flush();
  });
}

function failed(error) {
  notify(t('loadFailed', error.message), { kind: 'error' });
  console.error(error);
}

async function start() {
  switchLanguage(localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi');
  await init();
  byId('version').textContent = version();
  listen();
  const drafts = store.listDrafts();
  const last = drafts.find((d) => d.id === store.currentDraftId()) ?? drafts[0];
  if (!last || !openStored(last)) {
    await openSample();
    notify(t('welcome'), { action: { label: t('startEmpty'), run: () => guarded(openEmpty) } });
  }
  document.body.dataset.ready = 'true';
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sw.js').catch(() => {});
}

start().catch(failed);
