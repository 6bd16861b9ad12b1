// JSON Pointers (RFC 6901) over the page's copy of the plan, and how a pointer
// moves when an entry is inserted into or removed from a list.

const unescape = (token) => token.replaceAll('~1', '/').replaceAll('~0', '~');
const escape = (token) => String(token).replaceAll('~', '~0').replaceAll('/', '~1');

/** The tokens of a pointer ("/sections/2/heading" → ["sections", "2", "heading"]). */
function tokens(pointer) {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescape);
}

/** A pointer to a child of `base`. */
export function child(base, ...keys) {
  return base + keys.map((key) => `/${escape(key)}`).join('');
}

/** The pointer of the container holding `pointer`. */
export function parent(pointer) {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

/** The last token, as a number when it is a list index. */
export function lastIndex(pointer) {
  return Number(unescape(pointer.slice(pointer.lastIndexOf('/') + 1)));
}

/** True when `pointer` is `prefix` or lies under it. */
export function within(pointer, prefix) {
  return pointer === prefix || pointer.startsWith(`${prefix}/`);
}

/** The value at `pointer`, or undefined. */
export function getAt(root, pointer) {
  let value = root;
  for (const token of tokens(pointer)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[token];
  }
  return value;
}

/** Stores `value` at `pointer`; the container must exist. */
export function setAt(root, pointer, value) {
  const container = getAt(root, parent(pointer));
  if (container !== null && typeof container === 'object') {
    container[unescape(pointer.slice(pointer.lastIndexOf('/') + 1))] = value;
  }
}

/** The index of the entry of `list` that `pointer` lies in, or -1. */
export function entryIndex(pointer, list) {
  if (!pointer.startsWith(`${list}/`)) return -1;
  const rest = pointer.slice(list.length + 1);
  const end = rest.indexOf('/');
  const token = end === -1 ? rest : rest.slice(0, end);
  return /^\d+$/.test(token) ? Number(token) : -1;
}

/** `pointer` with its index in `list` replaced. */
function reindex(pointer, list, index) {
  const rest = pointer.slice(list.length + 1);
  const end = rest.indexOf('/');
  return `${list}/${index}${end === -1 ? '' : rest.slice(end)}`;
}

/** Where `pointer` lands after an entry is inserted at `index` of `list`. */
export function afterInsert(pointer, list, index) {
  const at = entryIndex(pointer, list);
  return at >= index ? reindex(pointer, list, at + 1) : pointer;
}

/** Where `pointer` lands after entry `index` of `list` is removed; null if it was inside it. */
export function afterRemove(pointer, list, index) {
  const at = entryIndex(pointer, list);
  if (at === index) return null;
  return at > index ? reindex(pointer, list, at - 1) : pointer;
}

/**
 * Where `pointer` lands after the entry at `from` is moved to `to` (`to` read
 * after the removal, as the editor does); the moved entry's fields follow it.
 */
export function afterMove(pointer, from, to) {
  if (within(pointer, from)) return to + pointer.slice(from.length);
  const removed = afterRemove(pointer, parent(from), lastIndex(from));
  return removed === null ? null : afterInsert(removed, parent(to), lastIndex(to));
}
