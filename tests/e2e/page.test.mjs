// The page end to end in Debian's Chromium: sample plan, diagnostics, editing,
// language switch, IME composition, and a strict Content-Security-Policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { initSync, validateJson, version } from '../../www/pkg/kehoach.js';
import { startStaticServer } from './static-server.mjs';

const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
const SAMPLE_WITH_PROBLEMS = fileURLToPath(
  new URL('../fixtures/plans/sample-with-problems.json', import.meta.url),
);
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-quic',
];
const DEADLINE_PATH = '/sections/1/items/0/activity/deadline';

let server;
let profile;
let browser;

before(async () => {
  initSync({ module: await readFile(path.join(WWW, 'pkg/kehoach_bg.wasm')) });
  server = await startStaticServer(WWW);
  profile = await mkdtemp(path.join(tmpdir(), 'kehoach-e2e-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  await browser.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

/** Today as the page computes it, so the core in Node sees the same options. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Opens the page, recording console errors, page errors and requests to other
 * origins. With `bundledSample`, the page gets
 * tests/fixtures/plans/sample-with-problems.json, whose deliberate problems
 * are known, instead of the Lai Châu sample the build copied.
 */
async function openPage({ bundledSample = false } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== server.origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  if (bundledSample) {
    await page.route('**/pkg/sample-plan.json', (route) =>
      route.fulfill({ path: SAMPLE_WITH_PROBLEMS, contentType: 'application/json' }),
    );
  }
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => document.getElementById('status').textContent !== 'Đang tải…');
  return { page, problems };
}

async function cspViolations(page) {
  return page.evaluate(() => window.cspViolations);
}

async function assertClean({ page, problems }) {
  assert.deepEqual(problems, []);
  assert.deepEqual(await cspViolations(page), []);
  await page.close();
}

function listed(page) {
  return page.$$eval('#diagnostics li', (items) =>
    items.map((item) => ({
      code: item.querySelector('.code').textContent,
      severity: item.dataset.severity,
      message: item.querySelector('.message').textContent,
      path: item.querySelector('.path').textContent,
    })),
  );
}

function expected(text, lang) {
  const report = validateJson(text, { lang, today: today() });
  return {
    report,
    items: report.diagnostics.map(({ code, severity, message, path: p }) => ({
      code,
      severity,
      message,
      path: p || '/',
    })),
  };
}

const vietnameseCounts = (r) => `${r.errors} lỗi · ${r.warnings} cảnh báo · ${r.infos} thông tin`;

test('the sample plan loads and its diagnostics are listed as the core reports them', async () => {
  const watched = await openPage();
  const { page } = watched;
  const sample = await readFile(path.join(WWW, 'pkg/sample-plan.json'), 'utf8');
  assert.equal(await page.inputValue('#plan'), sample);
  const { report, items } = expected(sample, 'vi');
  assert.deepEqual(await listed(page), items);
  assert.equal(await page.textContent('#status'), vietnameseCounts(report));
  assert.equal(await page.textContent('#version'), version());
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await assertClean(watched);
});

test('the bundled sample shows its two deliberate problems', async () => {
  const watched = await openPage({ bundledSample: true });
  const { page } = watched;
  const items = await listed(page);
  assert.deepEqual(
    items.find((d) => d.code === 'KH4001'),
    {
      code: 'KH4001',
      severity: 'error',
      message:
        'Số hiệu "32/2020/NĐ-CP" mang năm 2020 nhưng ngày ban hành là 05/3/2021 (năm 2021).',
      path: '/legal_bases/1/number',
    },
  );
  assert.deepEqual(
    items.find((d) => d.code === 'KH2002'),
    {
      code: 'KH2002',
      severity: 'warning',
      message: '"Sở Tư pháp" vừa là cơ quan chủ trì ("Sở Tư pháp") vừa là cơ quan phối hợp.',
      path: '/sections/1/items/2/activity/partners/2',
    },
  );
  const sample = await readFile(SAMPLE_WITH_PROBLEMS, 'utf8');
  assert.deepEqual(items, expected(sample, 'vi').items);
  await assertClean(watched);
});

test('an impossible deadline is listed as KH3001, in Vietnamese then in English', async () => {
  const watched = await openPage({ bundledSample: true });
  const { page } = watched;
  const plan = JSON.parse(await page.inputValue('#plan'));
  plan.sections[1].items[0].activity.deadline = '31/04/2025';
  const edited = JSON.stringify(plan, null, 2);
  await page.fill('#plan', edited);
  const entry = page.locator('#diagnostics li[data-code="KH3001"]');
  await entry.waitFor();
  assert.equal(await entry.getAttribute('data-path'), DEADLINE_PATH);
  assert.equal(await entry.locator('.severity').textContent(), 'Lỗi');
  assert.equal(
    await entry.locator('.message').textContent(),
    'Ngày 31/04/2025 không có trong lịch: tháng 4 năm 2025 chỉ có 30 ngày.',
  );
  assert.equal(await page.textContent('#status'), vietnameseCounts(expected(edited, 'vi').report));

  await page.click('#lang-en');
  const english = '31/04/2025 is not a calendar date: month 4 of 2025 has only 30 days.';
  await page.waitForFunction(
    (text) => document.querySelector('li[data-code="KH3001"] .message')?.textContent === text,
    english,
  );
  assert.equal(await entry.locator('.severity').textContent(), 'Error');
  assert.deepEqual(await listed(page), expected(edited, 'en').items);
  assert.match(await page.textContent('#status'), /^\d+ errors? · \d+ warnings? · \d+ infos?$/);
  assert.equal(await page.getAttribute('#lang-en', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  await page.click('#lang-vi');
  await page.waitForFunction(
    () => document.querySelector('li[data-code="KH3001"] .message')?.textContent.startsWith('Ngày'),
  );
  await assertClean(watched);
});

test('validation waits for an IME composition to end', async () => {
  const watched = await openPage({ bundledSample: true });
  const { page } = watched;
  const original = 'Quý I năm 2025';
  const start = await page.evaluate((deadline) => {
    const box = document.getElementById('plan');
    const at = box.value.indexOf(deadline);
    box.focus();
    box.setSelectionRange(at, at + deadline.length);
    return at;
  }, original);
  assert.ok(start > 0);
  // A real composition through Chromium's IME path, as Telex or VNI would produce.
  const cdp = await browser.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', {
    text: '31/04/2025',
    selectionStart: 10,
    selectionEnd: 10,
  });
  assert.ok((await page.inputValue('#plan')).includes('"31/04/2025"'));
  await page.waitForTimeout(500);
  assert.equal(await page.locator('li[data-code="KH3001"]').count(), 0);
  await cdp.send('Input.insertText', { text: '31/04/2025' });
  await page.locator('li[data-code="KH3001"]').waitFor();
  assert.equal(
    await page.getAttribute('li[data-code="KH3001"]', 'data-path'),
    DEADLINE_PATH,
  );
  await assertClean(watched);
});

test('the Content-Security-Policy is enforced, so a clean run means something', async () => {
  const { page, problems } = await openPage();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.head.append(script);
  });
  await page.waitForFunction(() => window.cspViolations.length > 0);
  assert.deepEqual(await cspViolations(page), ['script-src-elem inline']);
  assert.equal(await page.evaluate(() => window.inlineScriptRan), undefined);
  assert.ok(problems.every((p) => p.includes('Content Security Policy')), problems.join('\n'));
  await page.close();
});
