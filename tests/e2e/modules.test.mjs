// The page's DOM-free modules in Node: automatic numbering must print what the
// core's assembler prints, pointers must follow structural edits, and fixes
// must splice UTF-16 ranges.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Editor, initSync } from '../../www/pkg/kehoach.js';
import { applyEdits, editsByField } from '../../www/fix.js';
import { partLabels, redundantLabels } from '../../www/numbering.js';
import { afterInsert, afterMove, afterRemove, getAt, setAt } from '../../www/pointer.js';

const root = new URL('../../', import.meta.url);
const readPlan = async (file) => JSON.parse(await readFile(new URL(file, root), 'utf8'));

before(async () => {
  initSync({ module: await readFile(new URL('www/pkg/kehoach_bg.wasm', root)) });
});

/** Every label the core prints in the preview, by pointer of the part or item. */
function printedLabels(plan) {
  const editor = new Editor(plan, { lang: 'vi' });
  const html = editor.previewHtml();
  editor.free();
  const labels = new Map();
  const heading = /class="kh-(?:part-heading|item-heading[^"]*)" data-path="([^"]+)\/heading">([^ <]+) /g;
  for (const [, pointer, label] of html.matchAll(heading)) labels.set(pointer, label);
  return labels;
}

function pageLabels(plan) {
  const labels = new Map();
  plan.sections.forEach((section, i) => {
    for (const [pointer, { shown }] of partLabels(section, i)) labels.set(pointer, shown);
  });
  return labels;
}

function clearLabels(items) {
  for (const item of items) {
    item.label = '';
    clearLabels(item.items);
  }
}

test('the page numbers the Lai Châu plan as the core prints it, written or automatic', async () => {
  const plan = await readPlan('tests/fixtures/plans/lai-chau-2025.json');
  const printed = printedLabels(plan);
  assert.equal(printed.get('/sections/4'), 'V.');
  assert.equal(printed.get('/sections/1/items/2/items/1'), '3.2.');
  assert.equal(printed.get('/sections/4/items/2/items/4'), 'đ)');
  assert.deepEqual(pageLabels(plan), printed);

  // Every written label there only repeats the numbering, so blank ones print the same.
  const stale = plan.sections.flatMap((section, i) => redundantLabels(section, i));
  assert.equal(stale.length, printed.size);
  for (const section of plan.sections) clearLabels(section.items);
  assert.deepEqual(printedLabels(plan), printed);
  assert.deepEqual(pageLabels(plan), printed);
});

test('automatic numbering: letters for sentences, dotted numbers for items with content, bullets below', async () => {
  const plan = await readPlan('tests/fixtures/plans/lai-chau-2025.json');
  const requirements = plan.sections[0].items[1];
  clearLabels(plan.sections[0].items);
  plan.sections[0].label = '';
  // A sub-item under "a)" takes a dash, and one under that a plus.
  requirements.items[0].items = [
    { label: '', heading: 'Thường xuyên', paragraphs: [], assignees: [], activity: null, items: [] },
  ];
  requirements.items[0].items[0].items = [
    { label: '', heading: 'Có trọng tâm', paragraphs: [], assignees: [], activity: null, items: [] },
  ];
  // A custom label stays as written.
  plan.sections[0].items[0].label = 'Điều 1';
  const printed = printedLabels(plan);
  assert.deepEqual(
    [...printed].filter(([p]) => p.startsWith('/sections/0')),
    [
      ['/sections/0', 'I.'],
      ['/sections/0/items/0', 'Điều'],
      ['/sections/0/items/1', '2.'],
      ['/sections/0/items/1/items/0', '2.1.'],
      ['/sections/0/items/1/items/0/items/0', 'a)'],
      ['/sections/0/items/1/items/0/items/0/items/0', '-'],
      ['/sections/0/items/1/items/1', '2.2.'],
      ['/sections/0/items/1/items/2', '2.3.'],
    ],
  );
  const labels = pageLabels(plan);
  assert.equal(labels.get('/sections/0/items/0'), 'Điều 1');
  labels.set('/sections/0/items/0', 'Điều');
  assert.deepEqual(labels, printed);
  assert.deepEqual(redundantLabels(plan.sections[0], 0), []);
});

test('pointers follow inserted, removed and moved entries', () => {
  const list = '/sections/1/items';
  assert.equal(afterInsert('/sections/1/items/2/heading', list, 1), '/sections/1/items/3/heading');
  assert.equal(afterInsert('/sections/1/items/0/heading', list, 1), '/sections/1/items/0/heading');
  assert.equal(afterInsert('/sections/10/items/2', list, 0), '/sections/10/items/2');
  assert.equal(afterRemove('/sections/1/items/2/activity/lead/0', list, 1), '/sections/1/items/1/activity/lead/0');
  assert.equal(afterRemove('/sections/1/items/1/heading', list, 1), null);
  assert.equal(afterRemove('/sections/1/heading', list, 1), '/sections/1/heading');
  // Indenting item 3 into item 2 (the last of its sub-items), as the page does.
  const from = '/sections/1/items/3';
  const to = '/sections/1/items/2/items/1';
  assert.equal(afterMove('/sections/1/items/3/activity/deadline', from, to), `${to}/activity/deadline`);
  assert.equal(afterMove('/sections/1/items/4/heading', from, to), '/sections/1/items/3/heading');
  assert.equal(afterMove('/sections/1/items/2/items/0/heading', from, to), '/sections/1/items/2/items/0/heading');
  // Moving item 0 below item 1.
  assert.equal(afterMove('/sections/1/items/1/heading', list + '/0', list + '/1'), '/sections/1/items/0/heading');
});

test('values are read and written by pointer', async () => {
  const plan = await readPlan('tests/fixtures/plans/lai-chau-2025.json');
  assert.equal(getAt(plan, '/sections/1/items/2/items/0/activity/deadline'), plan.sections[1].items[2].items[0].activity.deadline);
  assert.equal(getAt(plan, '/sections/9/heading'), undefined);
  assert.equal(getAt(plan, '/title/0/x'), undefined);
  setAt(plan, '/signature/authority/1', 'KT. CHỦ TỊCH');
  setAt(plan, '/date/day', 21);
  assert.equal(plan.signature.authority[1], 'KT. CHỦ TỊCH');
  assert.equal(plan.date.day, 21);
});

test('a fix splices its edits by UTF-16 ranges, the last first', () => {
  const text = 'Quý III năm 2025, trước ngày 31/04/2025';
  const start = text.indexOf('31/04');
  const fix = {
    title: 'Sửa ngày',
    safety: 'safe',
    edits: [
      { path: '/a', range: { start: 0, end: 3 }, insert: 'quý' },
      { path: '/a', range: { start, end: start + 2 }, insert: '30' },
      { path: '/b', range: null, insert: 'Sở Tư pháp' },
    ],
  };
  const fields = editsByField(fix);
  assert.deepEqual([...fields.keys()], ['/a', '/b']);
  assert.equal(applyEdits(text, fields.get('/a')), 'quý III năm 2025, trước ngày 30/04/2025');
  assert.equal(applyEdits('Sở Tư Pháp', fields.get('/b')), 'Sở Tư pháp');
});
