// Keystroke → diagnostics painted, in headless Chromium, on a plan of 300
// activities: a benchmark, not a test (run by scripts/bench.sh after the build).
//   node tests/bench/page.mjs [activities] [keystrokes]
//
// In the page, a listener on the deadline field notes performance.now() when
// the input event arrives; the page's own handler then runs (one setText, the
// change records, the field's message and the list); the figure is the time to
// the next requestAnimationFrame callback, the frame that paints the result.
// Also reported: from the event's own timestamp (includes any wait in the
// queue, e.g. behind a preview redraw), to the first task after that frame
// (paint done), and the page's handler alone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../e2e/static-server.mjs';

const root = new URL('../../', import.meta.url);
const activities = Number(process.argv[2] ?? 300);
const keystrokes = Number(process.argv[3] ?? 200);
const WARM_UP = 20;

function planWith(n) {
  const plan = JSON.parse(readFileSync(new URL('tests/fixtures/plans/lai-chau-2025.json', root), 'utf8'));
  const template = plan.sections[2].items[2];
  plan.sections[2].items = Array.from({ length: n }, () => ({ ...structuredClone(template), label: '' }));
  return plan;
}

/** Keys typed into the field: a deadline typed, wrong, then erased, over and over. */
function keys(count) {
  const cycle = [...'trước ngày 31/04/2025'];
  const out = [];
  while (out.length < count) {
    out.push(...cycle, ...cycle.map(() => 'Backspace'));
  }
  return out.slice(0, count);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const server = await startStaticServer(fileURLToPath(new URL('www/', root)));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('body[data-ready="true"]');
  const opened = Date.now();
  await page.setInputFiles('#import-file', {
    name: 'plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(planWith(activities))),
  });
  const pointer = `/sections/2/items/${Math.floor(activities / 2)}/activity/deadline`;
  const deadline = page.locator(`#plan-form [data-pointer="${pointer}"]`);
  await deadline.waitFor();
  const loadMs = Date.now() - opened;
  await deadline.evaluate((input) => input.scrollIntoView({ block: 'center' }));
  await deadline.fill('');
  await page.evaluate((p) => {
    const input = document.querySelector(`#plan-form [data-pointer="${p}"]`);
    window.samples = [];
    let current = null;
    input.addEventListener('input', (event) => {
      current = { stamp: event.timeStamp, input: performance.now() };
      const sample = current;
      requestAnimationFrame(() => {
        sample.frame = performance.now();
        setTimeout(() => {
          sample.painted = performance.now();
          window.samples.push(sample);
          window.sampled?.();
        }, 0);
      });
    });
    // Bubbles up after the page's handler on the form.
    addEventListener('input', () => {
      if (current) current.handled = performance.now();
    });
  }, pointer);

  const typed = keys(keystrokes + WARM_UP);
  for (const [i, key] of typed.entries()) {
    if (key === 'Backspace') await page.keyboard.press(key);
    else await page.keyboard.type(key);
    // The page says when the keystroke's frame is done; no polling competes with it.
    await page.evaluate(
      (n) =>
        new Promise((resolve) => {
          const check = () => (window.samples.length >= n ? resolve() : (window.sampled = check));
          check();
        }),
      i + 1,
    );
  }
  const samples = (await page.evaluate(() => window.samples)).slice(WARM_UP);
  const findings = await page.textContent('#counts');
  const figures = {
    'input → next frame': samples.map((s) => s.frame - s.input),
    'event timestamp → next frame': samples.map((s) => s.frame - s.stamp),
    'input → after that frame (painted)': samples.map((s) => s.painted - s.input),
    "page's input handler": samples.map((s) => s.handled - s.input),
  };
  console.log(
    `page: ${activities} activities, ${samples.length} keystrokes in ${pointer} ` +
      `(plan opened in ${loadMs} ms; now ${findings})`,
  );
  console.log('measure                               |   p50 ms |   p95 ms |   max ms | budget');
  for (const [name, values] of Object.entries(figures)) {
    const sorted = values.sort((a, b) => a - b);
    const row = [50, 95, 100].map((p) => percentile(sorted, p).toFixed(2).padStart(8));
    const budget = name === 'input → next frame' ? 'p95 ≤ 16' : '';
    console.log(`${name.padEnd(37)} | ${row.join(' | ')} | ${budget}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
