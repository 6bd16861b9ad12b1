// The "Nhập từ văn bản" dialog: a pasted or dropped plan text is imported in a
// Web Worker, opened by the page as a new draft, and the import findings are
// listed with the line and column of the pasted text.

import { h } from './dom.js';
import { t } from './i18n.js';

const TEXT_FILE = /\.(txt|md|markdown)$/i;

/** Offsets where each line of `text` starts. */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (in characters) of the UTF-16 offset `offset`. */
function position(starts, text, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  const column = [...text.slice(starts[low], offset)].length + 1;
  return { line: low + 1, column };
}

/** The dialog's controller: reads the text, runs the worker, lists the findings. */
export class PasteDialog {
  /**
   * `elements`: {dialog, text, file, run, cancel, status, findings};
   * `open(planJson)` opens the imported plan as a new draft (throws when it cannot);
   * `options()` the import options ({lang, today}).
   */
  constructor(elements, { open, options }) {
    this.el = elements;
    this.openPlan = open;
    this.options = options;
    this.worker = null;
    this.pending = 0;
    this.listen();
  }

  show() {
    this.reset();
    this.el.dialog.showModal();
    this.el.text.focus();
  }

  reset() {
    this.el.status.textContent = '';
    this.el.findings.replaceChildren();
    this.el.findings.hidden = true;
    this.el.run.disabled = false;
    this.el.run.hidden = false;
    this.el.text.readOnly = false;
    this.el.cancel.textContent = t('pasteCancel');
  }

  listen() {
    const { dialog, text, file, run, cancel } = this.el;
    run.addEventListener('click', () => this.start());
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => this.stop());
    file.addEventListener('change', () => {
      const [chosen] = file.files;
      file.value = '';
      if (chosen) this.read(chosen);
    });
    text.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
    text.addEventListener('drop', (event) => {
      const [dropped] = event.dataTransfer?.files ?? [];
      if (!dropped) return;
      event.preventDefault();
      this.read(dropped);
    });
  }

  /** Puts a .txt/.md file's text into the text box. */
  async read(chosen) {
    if (!TEXT_FILE.test(chosen.name) && !chosen.type.startsWith('text/')) {
      this.el.status.textContent = t('pasteNotText', chosen.name);
      return;
    }
    this.el.text.value = await chosen.text();
    this.el.status.textContent = t('pasteFileRead', chosen.name);
  }

  start() {
    const text = this.el.text.value;
    if (text.trim() === '') {
      this.el.status.textContent = t('pasteEmpty');
      return;
    }
    this.worker ??= this.createWorker();
    this.pending += 1;
    this.el.run.disabled = true;
    this.el.text.readOnly = true;
    this.el.status.textContent = t('pasteBusy');
    this.el.dialog.setAttribute('aria-busy', 'true');
    this.worker.postMessage({ id: this.pending, text, options: this.options() });
  }

  createWorker() {
    const worker = new Worker(new URL('./import-worker.js', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event) => this.finish(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.finish({ id: this.pending, error: event.message || t('pasteWorkerFailed') });
    });
    return worker;
  }

  /** Closing the dialog during an import abandons it. */
  stop() {
    this.el.dialog.removeAttribute('aria-busy');
    if (this.el.run.disabled && !this.el.run.hidden) {
      this.worker?.terminate();
      this.worker = null;
    }
    if (this.el.run.hidden) this.el.text.value = '';
    this.reset();
  }

  finish({ id, planJson, diagnostics, error }) {
    if (id !== this.pending || !this.el.dialog.open) return;
    this.el.dialog.removeAttribute('aria-busy');
    this.el.text.readOnly = false;
    this.el.run.disabled = false;
    if (error === undefined) {
      try {
        this.openPlan(planJson);
      } catch (failure) {
        error = failure.message;
      }
    }
    if (error !== undefined) {
      this.el.status.textContent = t('pasteFailed', error);
      return;
    }
    this.showFindings(this.el.text.value, diagnostics);
  }

  showFindings(text, diagnostics) {
    const starts = lineStarts(text);
    this.el.status.textContent =
      diagnostics.length === 0 ? t('pasteClean') : t('pasteDone', diagnostics.length);
    this.el.findings.replaceChildren(
      ...diagnostics.map((d) => {
        const at = d.range ? position(starts, text, d.range.start) : null;
        return h(
          'li',
          { dataset: { code: d.code, severity: d.severity, line: at?.line ?? '' } },
          h('span', { class: 'finding-place', text: at ? t('pasteAt', at.line, at.column) : '' }),
          ' ',
          h('span', { class: 'finding-code', text: d.code }),
          ' ',
          h('span', { class: 'message', text: d.message }),
        );
      }),
    );
    this.el.findings.hidden = diagnostics.length === 0;
    this.el.run.hidden = true;
    this.el.cancel.textContent = t('pasteContinue');
    this.el.cancel.focus();
  }
}
