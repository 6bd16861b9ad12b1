// Per-keystroke cost of the WASM editor against ajv validating the same plan's
// structure, in one Node run. A benchmark, not a test: run scripts/bench.sh.
//   node tests/bench/editor.mjs target/bench-pkg/kehoach.js
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const kehoach = require(new URL(process.argv[2] ?? 'target/bench-pkg/kehoach.js', new URL('../../', import.meta.url)).pathname);
const root = new URL('../../', import.meta.url);
const base = JSON.parse(readFileSync(new URL('tests/fixtures/plans/lai-chau-2025.json', root), 'utf8'));
const schema = JSON.parse(readFileSync(new URL('www/plan.schema.json', root), 'utf8'));

function planWith(n) {
  const plan = structuredClone(base);
  const template = plan.sections[2].items[2];
  plan.sections[2].items = Array.from({ length: n }, (_, i) => ({ ...structuredClone(template), label: String(i + 1) }));
  return plan;
}

// Median of per-call means over batches, in microseconds.
function measure(fn, { batches = 31, perBatch = 400 } = {}) {
  for (let i = 0; i < perBatch * 3; i++) fn(i);
  const means = [];
  let k = 0;
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn(k++);
    means.push(((performance.now() - start) * 1000) / perBatch);
  }
  means.sort((a, b) => a - b);
  return means[Math.floor(means.length / 2)];
}

const ajv = new Ajv({ allErrors: true });
const validateStructure = ajv.compile(schema);
const memory = kehoach.wasmMemory();

function keystroke(editor, pointer, text, shown) {
  const count = editor.setText(pointer, text);
  if (count === 0) return;
  const records = new Uint32Array(memory.buffer, editor.changesPtr(), count * 2);
  for (let r = 0; r < records.length; r += 2) {
    const id = records[r + 1];
    if (records[r] === 1) shown.set(id, JSON.parse(editor.diagnosticJson(id)));
    else shown.delete(id);
  }
}

const rows = [];
for (const n of [30, 300, 3000]) {
  const plan = planWith(n);
  if (!validateStructure(plan)) throw new Error(JSON.stringify(validateStructure.errors));
  const ajvMicros = measure(() => validateStructure(plan), { perBatch: n >= 3000 ? 20 : 200 });
  const editor = new kehoach.Editor(plan, { lang: 'vi' });
  const shown = new Map(editor.diagnostics().map((d) => [d.id, d]));
  const item = `/sections/2/items/${Math.floor(n / 2)}`;
  const deadlines = ['Hoàn thành trước tháng 11 năm 2025', '31/04/2025', 'Quý III năm 2025'];
  const deadline = measure((i) => keystroke(editor, `${item}/activity/deadline`, deadlines[i % 3], shown));
  const heading = JSON.parse(editor.planJson()).sections[2].items[Math.floor(n / 2)].heading;
  const content = measure((i) => keystroke(editor, `${item}/heading`, heading + ' tổ chức'.slice(0, 1 + (i % 8)), shown));
  // When typing pauses, the page runs the cross-item checks once.
  const flush = measure((i) => {
    editor.setText(`${item}/activity/deadline`, deadlines[i % 3]);
    editor.flush();
  }, { perBatch: n >= 3000 ? 5 : 40, batches: 11 });
  editor.free();
  rows.push({ n, ajv: ajvMicros, deadline, content, flush });
}

const budget = { 30: 1.0, 300: 0.1, 3000: 0.01 };
console.log('activities | ajv µs | deadline edit µs (ratio) | content edit µs (ratio) | budget | idle flush µs');
for (const { n, ajv: a, deadline, content, flush } of rows) {
  const f = (x) => `${x.toFixed(2)} (${(x / a).toFixed(3)}×)`;
  console.log(`${String(n).padStart(10)} | ${a.toFixed(2).padStart(6)} | ${f(deadline).padStart(24)} | ${f(content).padStart(23)} | ≤ ${budget[n]}× | ${flush.toFixed(0)}`);
}
