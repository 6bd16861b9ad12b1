// The drafting page end to end in Debian's Chromium: the sample plan, the form,
// diagnostics beside the fields, numbering and preview, drafts in storage,
// JSON files, markup typed into fields, IME composition and a strict CSP.
// Every test opens its own browser context, so storage starts empty.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { Editor, initSync, version } from '../../www/pkg/kehoach.js';
import { assertClean, CHROMIUM_ARGS, openWatchedPage, ready } from './harness.mjs';
import { startStaticServer } from './static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WWW = path.join(ROOT, 'www');
const RESULTS = path.join(ROOT, 'test-results');
const SAMPLE = path.join(WWW, 'pkg/sample-plan.json');
const SAMPLE_WITH_PROBLEMS = path.join(ROOT, 'tests/fixtures/plans/sample-with-problems.json');
// "3.1. Lĩnh vực trọng tâm của tỉnh" in part II of the Lai Châu sample.
const ACTIVITY = '/sections/1/items/2/items/0';
const DEADLINE = `${ACTIVITY}/activity/deadline`;

let server;
let browser;

before(async () => {
  initSync({ module: await readFile(path.join(WWW, 'pkg/kehoach_bg.wasm')) });
  server = await startStaticServer(WWW);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The page, watched for console errors, CSP violations and other origins. */
const openPage = (options) => openWatchedPage(browser, server.origin, options);

const field = (page, pointer) => page.locator(`#plan-form [data-pointer="${pointer}"]`);
const button = (page, action, target) =>
  page.locator(`#plan-form button[data-action="${action}"][data-target="${target}"]`);
const activityBox = (page, item) =>
  page.locator(`#plan-form input[data-action="toggle-activity"][data-target="${item}"]`);

/** "label heading" of every item of a part, as the form shows them. */
function formHeadings(page, section) {
  return page.$$eval(`#plan-form fieldset[data-section="${section}"] .item`, (items) =>
    items.map((item) => {
      const badge = item.querySelector(':scope > .item-head .badge').textContent;
      const heading = item.querySelector(`[data-pointer="${item.dataset.item}/heading"]`).value;
      return `${badge} ${heading}`;
    }),
  );
}

/** The item headings of a part as the preview prints them. */
function previewHeadings(page, section) {
  return page.$$eval(`#preview section[data-path="/sections/${section}"] p.kh-item-heading`, (ps) =>
    ps.map((p) => p.textContent),
  );
}

/** Waits until the preview prints the part's items as the form lists them; returns them. */
async function headingsAgree(page, section) {
  await page.waitForFunction(
    (s) => {
      const form = [...document.querySelectorAll(`#plan-form fieldset[data-section="${s}"] .item`)].map(
        (item) =>
          `${item.querySelector(':scope > .item-head .badge').textContent} ${
            item.querySelector(`[data-pointer="${item.dataset.item}/heading"]`).value
          }`,
      );
      const preview = [
        ...document.querySelectorAll(`#preview section[data-path="/sections/${s}"] p.kh-item-heading`),
      ].map((p) => p.textContent);
      return JSON.stringify(form) === JSON.stringify(preview);
    },
    section,
  );
  const shown = await formHeadings(page, section);
  assert.deepEqual(await previewHeadings(page, section), shown);
  return shown;
}

/** Clicks "Lưu tệp JSON" and returns the downloaded file's name and text. */
async function exportPlan(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-button')]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function importPlan(page, name, text) {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** What the core itself says about a plan, for comparison with the page. */
function coreDiagnostics(text, lang = 'vi') {
  const editor = Editor.fromJson(text, { lang, today: today() });
  const found = editor.diagnostics();
  editor.free();
  return found;
}

/** Diagnostics in one order, whatever order the list shows them in. */
function byPlace(list) {
  const key = (d) => `${d.path}\u0000${d.code}\u0000${d.message}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** The status line the page should show for a plan, from the core's own counts. */
function coreCounts(text) {
  const editor = Editor.fromJson(text, { lang: 'vi', today: today() });
  const [errors, warnings, infos] = editor.counts();
  editor.free();
  return `${errors} lỗi · ${warnings} cảnh báo · ${infos} thông tin`;
}

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const listed = (page) =>
  page.$$eval('#diagnostics > li', (items) =>
    items.map((item) => ({
      code: item.dataset.code,
      severity: item.dataset.severity,
      path: item.dataset.for,
      message: item.querySelector('.message').textContent,
    })),
  );

test('a first visit opens the Lai Châu sample, numbered and previewed as the core prints it', async () => {
  const watched = await openPage();
  const { page } = watched;
  assert.match(await page.textContent('#notice'), /kế hoạch mẫu/);
  assert.equal(await page.textContent('#version'), version());
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  const sample = JSON.parse(await readFile(SAMPLE, 'utf8'));
  assert.equal(await field(page, '/title').inputValue(), sample.title);
  assert.equal(await field(page, '/issuer/name').inputValue(), sample.issuer.name);
  assert.equal(await field(page, '/date/month').inputValue(), '1');
  // A correct plan: no error, the warnings and infos the core gives (activities
  // without an output, a spelling variant…).
  const expectedCounts = coreCounts(await readFile(SAMPLE, 'utf8'));
  assert.match(expectedCounts, /^0 lỗi/);
  await page.waitForFunction((c) => document.querySelector('#counts')?.textContent === c, expectedCounts);
  for (let s = 0; s < sample.sections.length; s += 1) await headingsAgree(page, s);
  assert.deepEqual((await formHeadings(page, 1)).slice(0, 5), [
    '1. Xây dựng, ban hành kế hoạch theo dõi tình hình thi hành pháp luật',
    '2. Phổ biến, quán triệt, tập huấn các văn bản quy phạm pháp luật quy định về công tác theo dõi tình hình thi hành pháp luật',
    '3. Xác định lĩnh vực theo dõi thi hành pháp luật trọng tâm',
    '3.1. Lĩnh vực trọng tâm của tỉnh',
    '3.2. Lĩnh vực trọng tâm của các cơ quan chuyên môn thuộc UBND tỉnh và UBND cấp huyện',
  ]);
  // The official header of Nghị định 30/2020/NĐ-CP.
  const preview = page.locator('#preview');
  assert.equal(await preview.locator('.kh-nation').textContent(), 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  assert.equal(await preview.locator('.kh-motto').textContent(), 'Độc lập - Tự do - Hạnh phúc');
  assert.equal(await preview.locator('.kh-number').textContent(), 'Số: …/KH-UBND');
  assert.equal(await preview.locator('.kh-dateline').textContent(), 'Lai Châu, ngày … tháng 01 năm 2025');
  assert.equal(await preview.locator('.kh-doctype').textContent(), 'KẾ HOẠCH');
  // The deadline of an activity is read as an interval next to its field.
  assert.equal(
    await page.textContent(`#plan-form [data-pointer="/sections/2/items/1/items/1/activity/deadline"] ~ output`),
    'Hiểu là: 01/07/2025 – 31/12/2025 (quý III, IV năm 2025)',
  );
  await assertClean(watched);
});

test('an impossible deadline is reported beside its field and in the list, and goes when fixed', async () => {
  const watched = await openPage();
  const { page } = watched;
  const deadline = field(page, DEADLINE);
  await deadline.fill('trước ngày 31/04/2025');
  const message = 'Ngày 31/04/2025 không có trong lịch: tháng 4 năm 2025 chỉ có 30 ngày.';
  const entry = page.locator('#diagnostics li[data-code="KH3001"]');
  await entry.waitFor();
  assert.equal(await entry.getAttribute('data-for'), DEADLINE);
  assert.equal(await entry.locator('.message').textContent(), message);
  assert.equal(await entry.locator('.where').textContent(), 'Mục 3.1. — Thời gian thực hiện');
  assert.match(await page.textContent('#counts'), /^1 lỗi/);
  // Beside the field, announced with it.
  assert.equal(await deadline.getAttribute('aria-invalid'), 'true');
  const described = (await deadline.getAttribute('aria-describedby')).split(' ');
  const texts = await Promise.all(described.map((id) => page.textContent(`#${id}`)));
  assert.ok(texts.includes(`Lỗi: ${message}`), texts.join(' | '));
  assert.ok(texts.includes('Chưa hiểu được thời hạn này'), texts.join(' | '));
  // Marked in the preview too.
  await page.waitForFunction(
    (p) => document.querySelector(`#preview [data-path="${p}"]`)?.dataset.flag === 'error',
    DEADLINE,
  );
  // The list entry takes the user to the field, with the wrong date selected.
  await field(page, '/title').focus();
  await entry.locator('.goto').click();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), DEADLINE);
  assert.equal(
    await page.evaluate(() => document.getSelection().toString() || document.activeElement.value.slice(
      document.activeElement.selectionStart, document.activeElement.selectionEnd)),
    '31/04/2025',
  );
  // The same list as the core gives for the same plan.
  const { text } = await exportPlan(page);
  assert.deepEqual(
    byPlace(await listed(page)),
    byPlace(coreDiagnostics(text).map(({ code, severity, path: p, message: m }) => ({ code, severity, path: p, message: m }))),
  );

  await deadline.fill('Quý III năm 2025');
  await entry.waitFor({ state: 'detached' });
  assert.equal(await deadline.getAttribute('aria-invalid'), null);
  assert.equal(await page.locator('#plan-form [aria-invalid="true"] ~ .field-messages li[data-severity="error"]').count(), 0);
  assert.match(await page.textContent('#counts'), /^0 lỗi/);
  assert.equal(
    await page.textContent(`#${(await deadline.getAttribute('aria-describedby')).split(' ').at(-1)}`),
    'Hiểu là: 01/07/2025 – 30/09/2025 (quý III năm 2025)',
  );
  await page.waitForFunction(
    (p) => document.querySelector(`#preview [data-path="${p}"]`)?.textContent === '- Thời gian thực hiện: Quý III năm 2025.',
    DEADLINE,
  );
  assert.equal(await page.locator('#preview [data-flag="error"]').count(), 0);
  await assertClean(watched);
});

test('the interface and the messages switch to English and back', async () => {
  const watched = await openPage();
  const { page } = watched;
  await field(page, DEADLINE).fill('31/04/2025');
  await page.locator('#diagnostics li[data-code="KH3001"]').waitFor();
  await page.click('#lang-en');
  const english = '31/04/2025 is not a calendar date: month 4 of 2025 has only 30 days.';
  assert.equal(await page.textContent('#diagnostics li[data-code="KH3001"] .message'), english);
  assert.equal(await page.textContent('#diagnostics li[data-code="KH3001"] .severity'), 'Error');
  assert.match(await page.textContent('#counts'), /^1 error · /);
  assert.equal(await page.textContent('#full-check'), 'Check everything');
  assert.equal(await page.textContent('#export-button'), 'Save JSON file');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('#lang-en', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#plan-form'), /Lead agencies/);
  assert.equal(await field(page, DEADLINE).inputValue(), '31/04/2025');
  // The choice is remembered.
  await page.reload();
  await ready(page);
  assert.equal(await page.textContent('#new-plan'), 'New plan');
  await page.click('#lang-vi');
  assert.equal(
    await page.textContent('#diagnostics li[data-code="KH3001"] .message'),
    'Ngày 31/04/2025 không có trong lịch: tháng 4 năm 2025 chỉ có 30 ngày.',
  );
  assert.equal(await page.textContent('#new-plan'), 'Kế hoạch mới');
  await assertClean(watched);
});

test('whole-plan checks run once typing pauses, and agree with the core', async () => {
  const watched = await openPage();
  const { page } = watched;
  const lead = `${ACTIVITY}/activity/lead/0`;
  // "STP" is Sở Tư pháp, written elsewhere in full: a cross-item finding (KH2007).
  await field(page, lead).fill('STP');
  const entry = page.locator(`#diagnostics li[data-code="KH2007"][data-for="${lead}"]`);
  await entry.waitFor();
  const { text } = await exportPlan(page);
  assert.deepEqual(
    byPlace(await listed(page)),
    byPlace(coreDiagnostics(text).map(({ code, severity, path: p, message: m }) => ({ code, severity, path: p, message: m }))),
  );
  await field(page, lead).fill('Sở Tư pháp');
  await entry.waitFor({ state: 'detached' });
  await assertClean(watched);
});

test('a safe fix is applied with one click', async () => {
  const watched = await openPage();
  const { page } = watched;
  const heading = `${ACTIVITY}/heading`;
  await field(page, heading).fill('Lĩnh vực lĩnh vực trọng tâm của tỉnh');
  const entry = page.locator(`#diagnostics li[data-code="KH6001"][data-for="${heading}"]`);
  await entry.waitFor();
  await entry.locator('button.fix').click();
  await entry.waitFor({ state: 'detached' });
  assert.equal(await field(page, heading).inputValue(), 'Lĩnh vực trọng tâm của tỉnh');
  const { text } = await exportPlan(page);
  assert.equal(JSON.parse(text).sections[1].items[2].items[0].heading, 'Lĩnh vực trọng tâm của tỉnh');
  await assertClean(watched);
});

test('nothing is checked while an IME composes a syllable', async () => {
  const watched = await openPage();
  const { page, context } = watched;
  const deadline = field(page, DEADLINE);
  await deadline.focus();
  await deadline.selectText();
  // A real composition through Chromium's IME path, as Telex or VNI would produce.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '31/04/2025', selectionStart: 10, selectionEnd: 10 });
  assert.equal(await deadline.inputValue(), '31/04/2025');
  await page.waitForTimeout(400);
  assert.equal(await page.locator('#diagnostics li[data-code="KH3001"]').count(), 0);
  assert.equal(await deadline.getAttribute('aria-invalid'), null);
  await cdp.send('Input.insertText', { text: '31/04/2025' });
  await page.locator('#diagnostics li[data-code="KH3001"]').waitFor();
  assert.equal(await deadline.getAttribute('aria-invalid'), 'true');
  await assertClean(watched);
});

test('adding, removing, moving, indenting and outdenting items: numbering and preview follow', async () => {
  const watched = await openPage();
  const { page } = watched;
  const part = '/sections/1';
  // "3. Xác định lĩnh vực …" moves above "2. Phổ biến …", its sub-items with it.
  await button(page, 'up', `${part}/items/2`).click();
  assert.deepEqual(
    (await headingsAgree(page, 1)).map((h) => h.slice(0, 24)),
    ['1. Xây dựng, ban hành kế', '2. Xác định lĩnh vực the', '2.1. Lĩnh vực trọng tâm ', '2.2. Lĩnh vực trọng tâm ', '3. Phổ biến, quán triệt,'],
  );
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.action + document.activeElement.dataset.target),
    'up/sections/1/items/1',
  );
  // A new item at the end is numbered 4.
  await page.locator(`#plan-form button[data-action="add"][data-target="${part}/items"]`).click();
  const heading = field(page, `${part}/items/3/heading`);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), `${part}/items/3/heading`);
  await heading.pressSequentially('Tổng kết');
  assert.equal((await headingsAgree(page, 1)).at(-1), '4. Tổng kết');
  // Indented under "3. Phổ biến …", a bare sentence takes a letter; outdented, it is 4 again.
  await button(page, 'indent', `${part}/items/3`).click();
  assert.equal((await headingsAgree(page, 1)).at(-1), 'a) Tổng kết');
  await button(page, 'outdent', `${part}/items/2/items/0`).click();
  assert.equal((await headingsAgree(page, 1)).at(-1), '4. Tổng kết');
  // A sub-item with an activity of its own takes a dotted number.
  await button(page, 'indent', `${part}/items/3`).click();
  await activityBox(page, `${part}/items/2/items/0`).check();
  assert.equal((await headingsAgree(page, 1)).at(-1), '3.1. Tổng kết');
  await activityBox(page, `${part}/items/2/items/0`).uncheck();
  assert.equal((await headingsAgree(page, 1)).at(-1), 'a) Tổng kết');
  // Removing offers to undo.
  await button(page, 'remove', `${part}/items/2/items/0`).click();
  assert.equal((await headingsAgree(page, 1)).length, 5);
  assert.equal(await page.textContent('#notice span'), 'Đã xóa Mục a).');
  await page.click('#notice .notice-action');
  assert.equal((await headingsAgree(page, 1)).at(-1), 'a) Tổng kết');
  // Parts move too, renumbered I, II, III …
  await button(page, 'down', '/sections/0').click();
  await page.waitForFunction(() =>
    document.querySelector('#preview section[data-path="/sections/0"] h2').textContent.startsWith('I. NỘI DUNG'),
  );
  assert.equal(await page.textContent('#plan-form fieldset[data-section="1"] > legend .badge'), 'II.');
  assert.equal(await field(page, '/sections/1/heading').inputValue(), 'MỤC ĐÍCH, YÊU CẦU');
  await assertClean(watched);
});

test('a reload restores the draft exactly, and drafts can be kept and switched', async () => {
  const watched = await openPage();
  const { page } = watched;
  await field(page, '/title').fill('Theo dõi tình hình thi hành pháp luật năm 2026');
  await field(page, '/date/day').fill('21');
  await field(page, DEADLINE).fill('Quý II năm 2026');
  await page.locator(`#plan-form button[data-action="add-text"][data-target="/recipients"]`).click();
  await field(page, '/recipients/7').fill('Như trên');
  const before = await exportPlan(page);
  // Reloading right after typing: the pending save is flushed on pagehide.
  await field(page, '/signature/name').fill('Tổng Thanh Hải (ký)');
  await page.reload();
  await ready(page);
  assert.equal(await field(page, '/signature/name').inputValue(), 'Tổng Thanh Hải (ký)');
  assert.equal(await field(page, '/recipients/7').inputValue(), 'Như trên');
  await field(page, '/signature/name').fill('Tổng Thanh Hải');
  assert.equal((await exportPlan(page)).text, before.text);

  // A second draft, then back to the first.
  await page.click('#new-plan');
  assert.equal(await field(page, '/title').inputValue(), '');
  await field(page, '/title').fill('Kế hoạch thứ hai');
  assert.equal(await page.locator('#draft-select option').count(), 2);
  const firstId = await page.$eval('#draft-select', (select) =>
    [...select.options].find((o) => o.textContent.startsWith('Theo dõi')).value,
  );
  await page.selectOption('#draft-select', firstId);
  assert.equal(await field(page, '/title').inputValue(), 'Theo dõi tình hình thi hành pháp luật năm 2026');
  assert.equal((await exportPlan(page)).text, before.text);
  await page.reload();
  await ready(page);
  assert.equal(await field(page, '/title').inputValue(), 'Theo dõi tình hình thi hành pháp luật năm 2026');
  // Deleting the open draft opens the other one.
  page.once('dialog', (dialog) => dialog.accept());
  await page.click('#delete-draft');
  assert.equal(await field(page, '/title').inputValue(), 'Kế hoạch thứ hai');
  assert.equal(await page.locator('#draft-select option').count(), 1);
  await assertClean(watched);
});

test('export then import gives the identical plan; a malformed file changes nothing', async () => {
  const watched = await openPage();
  const { page } = watched;
  await field(page, DEADLINE).fill('trước ngày 31/04/2025');
  const exported = await exportPlan(page);
  assert.equal(exported.name, 'ke-hoach-theo-doi-tinh-hinh-thi-hanh-phap-luat-nam-2025-tren-dia-ban.json');
  await importPlan(page, exported.name, exported.text);
  await page.waitForFunction(() => document.querySelector('#notice').textContent.startsWith('Đã mở tệp'));
  assert.equal(await page.locator('#draft-select option').count(), 2);
  assert.equal((await exportPlan(page)).text, exported.text);
  assert.equal(await page.locator('#diagnostics li[data-code="KH3001"]').count(), 1);

  const drafts = await page.locator('#draft-select option').count();
  for (const [name, text, why] of [
    ['cut.json', exported.text.slice(0, 200), 'Tệp JSON kết thúc giữa chừng'],
    ['list.json', '[1, 2]', 'không phải là một kế hoạch'],
    ['future.json', '{"schema": "kehoach/9"}', 'phiên bản lược đồ mới hơn'],
  ]) {
    await importPlan(page, name, text);
    await page.waitForFunction((n) => document.querySelector('#notice').textContent.includes(n), name);
    const notice = await page.textContent('#notice');
    assert.ok(notice.startsWith(`Không mở được tệp "${name}": `), notice);
    assert.ok(notice.includes(why), notice);
    assert.ok(notice.includes('Bản nháp đang soạn không thay đổi.'), notice);
    assert.equal(await page.getAttribute('#notice', 'data-kind'), 'error');
    assert.equal(await page.locator('#draft-select option').count(), drafts);
    assert.equal((await exportPlan(page)).text, exported.text);
  }

  // A plan written before the schema field existed is read as the current version.
  const old = JSON.parse(await readFile(SAMPLE_WITH_PROBLEMS, 'utf8'));
  delete old.schema;
  await importPlan(page, 'old.json', JSON.stringify(old));
  await page.locator('#diagnostics li[data-code="KH4001"]').waitFor();
  const migrated = JSON.parse((await exportPlan(page)).text);
  assert.equal(migrated.schema, 'kehoach/1');
  assert.deepEqual({ ...migrated, schema: undefined }, { ...old, schema: undefined });
  assert.deepEqual(
    (await listed(page)).map((d) => d.code).sort(),
    coreDiagnostics(JSON.stringify(old)).map((d) => d.code).sort(),
  );
  await assertClean(watched);
});

test('markup typed into fields is shown as text and never runs', async () => {
  const watched = await openPage();
  const { page } = watched;
  const payloads = {
    '/title': '<script>window.pwned = "title"</script>',
    '/issuer/name': '<img src=x onerror="window.pwned = \'issuer\'">',
    [`${ACTIVITY}/heading`]: '"><svg onload="window.pwned = \'heading\'">',
    [`${ACTIVITY}/activity/lead/0`]: "<img src=x onerror=window.pwned='lead'>",
    [DEADLINE]: '</p><script>window.pwned = "deadline"</script>',
    '/signature/name': '<iframe src="javascript:window.pwned=1"></iframe>',
  };
  for (const [pointer, text] of Object.entries(payloads)) await field(page, pointer).fill(text);
  for (const [pointer, text] of Object.entries(payloads)) {
    await page.waitForFunction(
      ([p, t]) => document.querySelector(`#preview [data-path="${p}"]`)?.textContent.includes(t),
      [pointer, text],
    );
  }
  await page.reload();
  await ready(page);
  for (const [pointer, text] of Object.entries(payloads)) {
    assert.equal(await field(page, pointer).inputValue(), text);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('#preview script, #preview img, #preview svg, #preview iframe').count(), 0);
  assert.equal(await page.locator('#plan-form script, #plan-form img, #plan-form iframe').count(), 0);
  await assertClean(watched);
});

test('a new plan does not nag; the header and an activity of the Lai Châu plan are built from scratch', async () => {
  const watched = await openPage();
  const { page } = watched;
  await page.click('#notice .notice-action');
  assert.equal(await field(page, '/issuer/name').inputValue(), '');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), '/issuer/name');
  assert.equal(await page.textContent('#counts'), '0 lỗi · 0 cảnh báo · 0 thông tin');
  assert.match(await page.textContent('#checks-note'), /^Còn 9 thông báo/);

  await field(page, '/issuer/name').pressSequentially('ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
  await field(page, '/number/symbol').fill('KH-UBND');
  await field(page, '/place').fill('Lai Châu');
  await field(page, '/date/month').fill('1');
  await field(page, '/date/year').fill('2025');
  await field(page, '/year').fill('2025');
  await field(page, '/title').fill('Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu');
  await page.locator('#plan-form button[data-action="add"][data-target="/legal_bases"]').click();
  await field(page, '/legal_bases/0/kind').fill('Nghị định');
  await field(page, '/legal_bases/0/number').fill('59/2012/NĐ-CP');
  await field(page, '/legal_bases/0/date').fill('23/7/2012');
  await field(page, '/legal_bases/0/issuer').fill('Chính phủ');
  await field(page, '/legal_bases/0/subject').fill('về theo dõi tình hình thi hành pháp luật');

  await page.selectOption('#new-section-kind', 'activities');
  await page.click('#plan-form button[data-action="add-section"]');
  assert.equal(await field(page, '/sections/0/heading').inputValue(), 'NỘI DUNG THỰC HIỆN');
  await field(page, '/sections/0/heading').fill('CÁC HOẠT ĐỘNG THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT');
  await page.click('#plan-form button[data-action="add"][data-target="/sections/0/items"]');
  await field(page, '/sections/0/items/0/heading').fill('Kiểm tra tình hình thi hành pháp luật');
  await activityBox(page, '/sections/0/items/0').check();
  // A fresh activity has no lead yet: not reported until the field is touched.
  assert.equal(await page.locator('#diagnostics li').count(), 0);
  const lead = field(page, '/sections/0/items/0/activity/lead/0');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), '/sections/0/items/0/activity/lead/0');
  await lead.pressSequentially('Sở Tư');
  assert.deepEqual(
    await page.$$eval('#agency-suggestions option', (options) => options.map((o) => o.value)),
    ['Sở Tư pháp'],
  );
  await lead.fill('');
  await page.locator('#diagnostics li[data-code="KH2001"]').waitFor();
  await lead.fill('Sở Tư pháp');
  await page.locator('#diagnostics li[data-code="KH2001"]').waitFor({ state: 'detached' });
  await field(page, '/sections/0/items/0/activity/deadline').fill('Quý III, quý IV năm 2025');
  assert.equal(
    await page.textContent('#plan-form [data-pointer="/sections/0/items/0/activity/deadline"] ~ output'),
    'Hiểu là: 01/07/2025 – 31/12/2025 (quý III, IV năm 2025)',
  );

  const preview = page.locator('#preview');
  await page.waitForFunction(() =>
    document.querySelector('#preview [data-path="/sections/0/items/0/activity/deadline"]'),
  );
  await page.waitForFunction(() => document.querySelector('#preview .kh-dateline')?.textContent.includes('01'));
  assert.equal(await preview.locator('.kh-issuer-name').textContent(), 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU');
  assert.equal(await preview.locator('.kh-number').textContent(), 'Số: …/KH-UBND');
  assert.equal(await preview.locator('.kh-dateline').textContent(), 'Lai Châu, ngày … tháng 01 năm 2025');
  assert.equal(
    await preview.locator('.kh-title').textContent(),
    'Theo dõi tình hình thi hành pháp luật năm 2025 trên địa bàn tỉnh Lai Châu',
  );
  assert.equal(
    await preview.locator('[data-path="/legal_bases/0"]').textContent(),
    'Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;',
  );
  assert.deepEqual(
    await preview.locator('section[data-path="/sections/0"] p').allTextContents(),
    [
      '1. Kiểm tra tình hình thi hành pháp luật',
      '- Đơn vị chủ trì: Sở Tư pháp.',
      '- Thời gian thực hiện: Quý III, quý IV năm 2025.',
    ],
  );
  assert.equal(
    await preview.locator('section[data-path="/sections/0"] h2').textContent(),
    'I. CÁC HOẠT ĐỘNG THEO DÕI TÌNH HÌNH THI HÀNH PHÁP LUẬT',
  );
  // Still quiet about the parts not written yet, until a full check.
  assert.equal(await page.locator('#diagnostics li').count(), 0);
  await page.click('#full-check');
  assert.deepEqual(
    (await listed(page)).map((d) => [d.code, d.message]),
    [
      ['KH5007', 'Ngày ban hành chưa đủ ("ngày … tháng 01 năm 2025").'],
      ['KH5007', 'Số văn bản còn để trống ("Số: /KH-UBND").'],
      ['KH1001', 'Thiếu phần "Mục đích, yêu cầu", bắt buộc đối với kế hoạch theo dõi tình hình thi hành pháp luật.'],
      ['KH1001', 'Thiếu phần "Kinh phí", bắt buộc đối với kế hoạch theo dõi tình hình thi hành pháp luật.'],
      ['KH1001', 'Thiếu phần "Tổ chức thực hiện", bắt buộc đối với kế hoạch theo dõi tình hình thi hành pháp luật.'],
      ['KH1006', 'Hoạt động chưa nêu sản phẩm đầu ra.'],
      ['KH5007', 'Chưa ghi họ tên người ký.'],
    ],
  );
  assert.equal(await page.textContent('#checks-note'), '');
  // Checked once, checked from then on: the draft remembers it.
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('#diagnostics li[data-code="KH1001"]').count(), 3);
  await page.locator('#preview').scrollIntoViewIfNeeded();
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, 'new-plan.png') });
  await assertClean(watched);
});

test('clicking the preview goes to the field; printing shows the plan alone', async () => {
  const watched = await openPage();
  const { page } = watched;
  await page.click(`#preview [data-path="${DEADLINE}"]`);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), DEADLINE);
  await page.click('#preview [data-path="/recipients/2"]');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), '/recipients/2');
  // A part of the page that is not one field: its first field.
  await page.click('#preview [data-path="/sections/3"] .kh-para');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), '/sections/3/paragraphs/0');
  await page.click('#preview .kh-authority >> nth=1');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), '/signature/authority/1');
  await page.click('#preview .kh-title');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.pointer), '/title');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#plan-form'), false);
  assert.equal(await page.isVisible('header'), false);
  assert.equal(await page.isVisible('#preview .kh-page'), true);
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.locator('#preview .kh-placeholder').count(), 0);
  await mkdir(RESULTS, { recursive: true });
  const pdf = await page.pdf({ path: path.join(RESULTS, 'plan.pdf'), preferCSSPageSize: true });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.ok((await page.locator('#preview .kh-placeholder').count()) > 0);
  await assertClean(watched);
});

test('once loaded, the page opens offline', async () => {
  const watched = await openPage({ serviceWorkers: 'allow' });
  const { page, context } = watched;
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.match(await field(page, '/title').inputValue(), /Lai Châu/);
  await field(page, DEADLINE).fill('31/04/2025');
  await page.locator('#diagnostics li[data-code="KH3001"]').waitFor();
  await context.setOffline(false);
  await assertClean(watched);
});

test('the Content-Security-Policy is enforced, so a clean run means something', async () => {
  const { context, page, problems } = await openPage();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.head.append(script);
  });
  await page.waitForFunction(() => window.cspViolations.length > 0);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), ['script-src-elem inline']);
  assert.equal(await page.evaluate(() => window.inlineScriptRan), undefined);
  assert.ok(problems.every((p) => p.includes('Content Security Policy')), problems.join('\n'));
  await context.close();
});

test('a screenshot of the page with a finding', async () => {
  const watched = await openPage({ viewport: { width: 1500, height: 950 } });
  const { page } = watched;
  await page.click('#notice .notice-close');
  await field(page, DEADLINE).fill('trước ngày 31/04/2025');
  await page.locator('#diagnostics li[data-code="KH3001"]').waitFor();
  await field(page, DEADLINE).focus();
  await field(page, DEADLINE).evaluate((input) => input.scrollIntoView({ block: 'center' }));
  await page.locator(`#preview [data-path="${DEADLINE}"]`).evaluate((p) => p.scrollIntoView({ block: 'center' }));
  await mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, 'page.png') });
  await writeFile(path.join(RESULTS, 'page.html'), await page.content());
  await assertClean(watched);
});
