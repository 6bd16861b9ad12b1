// Drafts kept in the browser's localStorage: an index of drafts, one plan text
// per draft, and which draft is open. Nothing leaves the browser.

const INDEX = 'kehoach.drafts';
const CURRENT = 'kehoach.current';
const planKey = (id) => `kehoach.draft.${id}`;

/**
 * The drafts, most recently changed first: `{id, title, updated, quiet, dirty}`
 * (`quiet`: a new plan whose untouched fields are not checked yet; `dirty`: the
 * fields touched since).
 */
export function listDrafts() {
  try {
    const drafts = JSON.parse(localStorage.getItem(INDEX) ?? '[]');
    return Array.isArray(drafts) ? drafts.sort((a, b) => b.updated - a.updated) : [];
  } catch {
    return [];
  }
}

/** The plan text of a draft, or null. */
export function loadDraft(id) {
  return localStorage.getItem(planKey(id));
}

/** Stores a draft's plan text and its index entry; throws when storage is full. */
export function saveDraft(meta, planText) {
  localStorage.setItem(planKey(meta.id), planText);
  const others = listDrafts().filter((d) => d.id !== meta.id);
  localStorage.setItem(INDEX, JSON.stringify([meta, ...others]));
  localStorage.setItem(CURRENT, meta.id);
}

/** Forgets a draft. */
export function deleteDraft(id) {
  localStorage.removeItem(planKey(id));
  localStorage.setItem(INDEX, JSON.stringify(listDrafts().filter((d) => d.id !== id)));
  if (localStorage.getItem(CURRENT) === id) localStorage.removeItem(CURRENT);
}

/** The id of the draft open last time, or null. */
export function currentDraftId() {
  return localStorage.getItem(CURRENT);
}

/** A new draft id. */
export function newDraftId() {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Runs `save` once edits pause for `delay` ms; `flush` runs a pending save now. */
export class Debounced {
  constructor(save, delay) {
    this.save = save;
    this.delay = delay;
    this.timer = 0;
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  flush() {
    if (this.timer === 0) return;
    clearTimeout(this.timer);
    this.timer = 0;
    this.save();
  }

  cancel() {
    clearTimeout(this.timer);
    this.timer = 0;
  }
}
