// The plan being edited: the WebAssembly Editor that owns and checks it, and a
// plain copy the form is drawn from. Every edit returns the diagnostics that
// appeared or disappeared, read from the Editor's change records.

import { Editor, wasmMemory } from './pkg/kehoach.js';
import { setAt } from './pointer.js';

/** Change record kinds written by the Editor. */
export const ADDED = 1;
export const REMOVED = 2;

export class Session {
  /** Opens a plan given as JSON text; throws a coded Error when it cannot be read. */
  static fromJson(text, options) {
    return new Session(Editor.fromJson(text, options));
  }

  constructor(editor) {
    this.editor = editor;
    this.plan = JSON.parse(editor.planJson());
  }

  /** Every diagnostic shown now. */
  diagnostics() {
    return this.editor.diagnostics();
  }

  /** One diagnostic by id. */
  diagnostic(id) {
    const json = this.editor.diagnosticJson(id);
    return json ? JSON.parse(json) : undefined;
  }

  /** Sets a text field: the per-keystroke edit. Returns the change records. */
  setText(pointer, text) {
    const count = this.editor.setText(pointer, text);
    setAt(this.plan, pointer, text);
    return this.records(count);
  }

  /**
   * Runs the cross-item checks (agency spelled several ways, report dates that
   * feed each other…) that keystrokes leave for when typing pauses.
   */
  flush() {
    return this.records(this.editor.flush());
  }

  /** Whether cross-item checks wait for `flush()`. */
  isStale() {
    return this.editor.isStale();
  }

  /** Sets a number, a choice, an object or null. */
  setValue(pointer, value) {
    return this.restructured(this.editor.setValue(pointer, value));
  }

  insert(pointer, value) {
    return this.restructured(this.editor.insert(pointer, value));
  }

  remove(pointer) {
    return this.restructured(this.editor.remove(pointer));
  }

  move(from, to) {
    return this.restructured(this.editor.moveEntry(from, to));
  }

  /** Changes language, today or rule levels; every diagnostic is re-issued. */
  setOptions(options) {
    return this.records(this.editor.setOptions(options));
  }

  previewHtml() {
    return this.editor.previewHtml();
  }

  documentHtml() {
    return this.editor.documentHtml();
  }

  planJson() {
    return this.editor.planJson();
  }

  close() {
    this.editor.free();
  }

  /** After a structural edit the copy is taken again from the Editor, which is the authority. */
  restructured(count) {
    const records = this.records(count);
    this.plan = JSON.parse(this.editor.planJson());
    return records;
  }

  /** A copy of the records: reading a diagnostic may grow the memory they sit in. */
  records(count) {
    if (count === 0) return EMPTY;
    return new Uint32Array(wasmMemory().buffer, this.editor.changesPtr(), count * 2).slice();
  }
}

const EMPTY = new Uint32Array(0);
