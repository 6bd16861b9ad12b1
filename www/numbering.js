// Automatic labels of parts and items (I. → 1. → 1.1. → a) → - → +), the same
// as the core's src/assemble/numbering.rs, so the form shows what the preview prints.

/** Letters for points in Vietnamese order: "đ" follows "d"; f, j, w, z are not used. */
const LETTERS = [
  'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm',
  'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'x', 'y',
];

const PART = 'part';
const NUMBER = 'number';
const SUB_NUMBER = 'sub-number';
const LETTER = 'letter';
const DASH = 'dash';
const PLUS = 'plus';
const OTHER = 'other';

/** The label without spaces and its closing "." or ")" ("3.1." → "3.1"). */
export function bare(label) {
  const trimmed = label.trim();
  const stripped = trimmed.replace(/[.)]+$/u, '').trimEnd();
  return stripped === '' ? trimmed : stripped;
}

/** The kind of a written label, which decides its punctuation and the numbering below it. */
export function kindOf(label) {
  const core = bare(label);
  if (core === '') return OTHER;
  if (['-', '–', '—', '•'].includes(core)) return DASH;
  if (core === '+') return PLUS;
  if (/^[0-9]+$/.test(core)) return NUMBER;
  if (/^[0-9]+(\.[0-9]+)+$/.test(core)) return SUB_NUMBER;
  if (/^[IVXLCDM]+$/.test(core)) return PART;
  if (/^[A-Z]$/.test(core)) return PART;
  if ([...core].length === 1 && core !== core.toUpperCase()) return LETTER;
  return OTHER;
}

/** The label as printed: "I" → "I.", "3.1" → "3.1.", "đ" → "đ)", "-" → "-". */
export function punctuated(label) {
  const core = bare(label);
  switch (kindOf(label)) {
    case PART:
    case NUMBER:
    case SUB_NUMBER:
      return `${core}.`;
    case LETTER:
      return `${core})`;
    case DASH:
    case PLUS:
      return core;
    default:
      return label.trim();
  }
}

/** The Roman numeral of a number from 1. */
export function roman(n) {
  const values = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, numeral] of values) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

function numbering(kind, index, parentLabel) {
  const position = index + 1;
  switch (kind) {
    case PART:
      return roman(position);
    case SUB_NUMBER:
      return parentLabel === '' ? String(position) : `${parentLabel}.${position}`;
    case LETTER:
      return LETTERS[index] ?? String(position);
    case DASH:
      return '-';
    case PLUS:
      return '+';
    default:
      return String(position);
  }
}

function childKind(parentKind, sentencesOnly) {
  switch (parentKind) {
    case PART:
      return NUMBER;
    case NUMBER:
      return sentencesOnly ? LETTER : SUB_NUMBER;
    case SUB_NUMBER:
      return LETTER;
    case DASH:
    case PLUS:
      return PLUS;
    default:
      return DASH;
  }
}

/** An item that is one sentence: no paragraphs, activity or sub-items of its own. */
function isSentence(item) {
  return (
    item.paragraphs.every((p) => p.trim() === '') && item.activity === null && item.items.length === 0
  );
}

const writtenOr = (label, automatic) => (label.trim() === '' ? automatic : label.trim());

/**
 * Every label of one part and its items, keyed by pointer: `shown` as printed,
 * `automatic` the bare label numbering would give at that place.
 */
export function partLabels(section, index, out = new Map()) {
  const pointer = `/sections/${index}`;
  const automatic = roman(index + 1);
  const label = writtenOr(section.label, automatic);
  out.set(pointer, { shown: punctuated(label), automatic, written: section.label });
  itemLabels(section.items, pointer, kindOf(label), bare(label), out);
  return out;
}

function itemLabels(items, parentPointer, parentKind, parentLabel, out) {
  const kind = childKind(parentKind, items.every(isSentence));
  items.forEach((item, i) => {
    const pointer = `${parentPointer}/items/${i}`;
    const automatic = numbering(kind, i, parentLabel);
    const label = writtenOr(item.label, automatic);
    out.set(pointer, { shown: punctuated(label), automatic, written: item.label });
    itemLabels(item.items, pointer, kindOf(label), bare(label), out);
  });
}

/** Pointers of the written labels in a part that only repeat the automatic numbering. */
export function redundantLabels(section, index) {
  const redundant = [];
  for (const [pointer, { automatic, written }] of partLabels(section, index)) {
    if (written.trim() !== '' && bare(written) === automatic) redundant.push(`${pointer}/label`);
  }
  return redundant;
}
