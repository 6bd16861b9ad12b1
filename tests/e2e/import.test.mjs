// "Nhập từ văn bản" end to end in Debian's Chromium: a seed's text pasted into
// the dialog is imported in a Web Worker and opens as a new draft beside the
// previous one, with the import findings listed at their line in the text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertClean, CHROMIUM_ARGS, openWatchedPage } from './harness.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WWW = path.join(ROOT, 'www');
const SEEDS = path.join(ROOT, '../shared/corpus/seeds');
const LAI_CHAU = path.join(SEEDS, '002_383a8b1e79b9e5bb.txt');
const HA_NOI = path.join(SEEDS, '004_a9dbd5e3c790d69f.txt');

let server;
let browser;

before(async () => {
  server = await startStaticServer(WWW);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The page, watched for console errors, CSP violations and other origins. */
const openPage = () => openWatchedPage(browser, server.origin);

const field = (page, pointer) => page.locator(`#plan-form [data-pointer="${pointer}"]`);
const draftOptions = (page) => page.$$eval('#draft-select option', (options) => options.map((o) => o.textContent));

/**
 * Opens the dialog, lets `load` put the text in and imports it; returns every
 * text the status line showed, in order, once the import has finished.
 */
async function importWith(page, load) {
  await page.click('#paste-button');
  await page.waitForSelector('#paste-dialog[open]');
  await load();
  await page.evaluate(() => {
    const status = document.getElementById('paste-status');
    window.pasteStatuses = [];
    new MutationObserver(() => window.pasteStatuses.push(status.textContent)).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.click('#paste-run');
  await page.waitForFunction(() => document.getElementById('paste-status').textContent.startsWith('Đã nhập'));
  return page.evaluate(() => window.pasteStatuses);
}

test('a pasted seed opens as a new draft, the previous draft kept', async () => {
  const watched = await openPage();
  const { page } = watched;
  const sampleTitle = await field(page, '/title').inputValue();
  const before = await draftOptions(page);
  assert.equal(before.length, 1);
  assert.equal(await page.getAttribute('#paste-status', 'aria-live'), 'polite');

  const pasted = await readFile(LAI_CHAU, 'utf8');
  const statuses = await importWith(page, () => page.fill('#paste-text', pasted));
  // The progress line shows while the worker imports, then the outcome.
  assert.deepEqual(statuses, [
    'Đang nhập…',
    'Đã nhập thành một bản nháp mới. Không có ghi chú nào khi nhập.',
  ]);
  assert.equal(await page.locator('#paste-findings').isHidden(), true);
  await page.click('#paste-cancel');
  await page.waitForSelector('#paste-dialog', { state: 'hidden' });

  assert.equal(
    await field(page, '/title').inputValue(),
    'Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu',
  );
  // "1. Xây dựng, ban hành kế hoạch …": "Thời gian thực hiện: Quý I năm 2025".
  assert.equal(
    await field(page, '/sections/1/items/0/heading').inputValue(),
    'Xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật',
  );
  assert.equal(await field(page, '/sections/1/items/0/activity/deadline').inputValue(), 'Quý I năm 2025');
  assert.match(await page.textContent('#notice'), /bản nháp trước vẫn còn/);

  const drafts = await draftOptions(page);
  assert.equal(drafts.length, 2);
  assert.ok(drafts.some((d) => d.startsWith('Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn')));
  assert.ok(drafts.some((d) => d.startsWith(sampleTitle.slice(0, 40))));
  assert.equal(
    await page.$eval('#draft-select', (select) => select.selectedOptions[0].textContent.startsWith('Theo dõi')),
    true,
  );
  await assertClean(watched);
});

test('the Hà Nội seed, chosen as a .txt file, lists its broken characters at their line of the pasted text', async () => {
  const watched = await openPage();
  const { page } = watched;
  const text = await readFile(HA_NOI, 'utf8');
  const statuses = await importWith(page, async () => {
    await page.setInputFiles('#paste-file', { name: 'ha-noi-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.waitForFunction(() => document.getElementById('paste-status').textContent.startsWith('Đã đọc tệp'));
  });
  assert.equal(await page.inputValue('#paste-text'), text);
  assert.equal(statuses.at(-1), 'Đã nhập thành một bản nháp mới. 3 ghi chú khi nhập, theo vị trí trong văn bản đã dán:');
  const findings = await page.$$eval('#paste-findings > li', (items) =>
    items.map((item) => ({ code: item.dataset.code, line: item.dataset.line, text: item.textContent })),
  );
  const broken = findings.filter((f) => f.code === 'KH0102');
  // "Nơi nh�n:" and the signer "Lê H�ng Sơn", lines 292 and 313 of the seed.
  assert.deepEqual(
    broken.map((f) => f.line),
    ['292', '313'],
  );
  assert.equal(text.split('\n')[291], 'Nơi nh\uFFFDn: ');
  assert.match(broken[0].text, /^Dòng 292, cột 7: KH0102 Ký tự hỏng \(U\+FFFD\) trong "nh�n:"/);
  assert.match(findings.find((f) => f.code === 'KH0104').text, /^Dòng 1, cột \d+: KH0104 Văn bản bắt đầu giữa câu/);
  assert.equal(await page.locator('#paste-findings').isVisible(), true);
  await page.click('#paste-cancel');
  await page.waitForSelector('#paste-dialog', { state: 'hidden' });
  assert.equal((await draftOptions(page)).length, 2);
  await assertClean(watched);
});

test('a .md file dropped onto the text box fills it', async () => {
  const watched = await openPage();
  const { page } = watched;
  await page.click('#paste-button');
  const text = (await readFile(LAI_CHAU, 'utf8')).slice(0, 400);
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'lai-chau-2025.md', { type: 'text/markdown' }));
    const box = document.getElementById('paste-text');
    box.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    box.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await page.waitForFunction(() => document.getElementById('paste-status').textContent.startsWith('Đã đọc tệp'));
  assert.equal(await page.inputValue('#paste-text'), text);
  assert.match(await page.textContent('#paste-status'), /"lai-chau-2025\.md"/);
  await assertClean(watched);
});
