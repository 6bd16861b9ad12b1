// Applying a diagnostic's fix: text edits on fields, with UTF-16 ranges.

/** `text` with `edits` applied, the last range first so earlier offsets stay valid. */
export function applyEdits(text, edits) {
  const ordered = [...edits].sort((a, b) => (b.range?.start ?? 0) - (a.range?.start ?? 0));
  let out = text;
  for (const edit of ordered) {
    out = edit.range
      ? out.slice(0, edit.range.start) + edit.insert + out.slice(edit.range.end)
      : edit.insert;
  }
  return out;
}

/** The fix's edits grouped by the field they change. */
export function editsByField(fix) {
  const fields = new Map();
  for (const edit of fix.edits) {
    if (!fields.has(edit.path)) fields.set(edit.path, []);
    fields.get(edit.path).push(edit);
  }
  return fields;
}
