// Shared by the e2e tests: a page opened in a fresh browser context that
// records console errors, page errors, CSP violations and requests to other
// origins, and the check that none happened.
import assert from 'node:assert/strict';

/** Arguments for Debian's Chromium in a sandbox with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Opens `origin` in a fresh context (empty storage) and waits for the page to be ready. */
export async function openWatchedPage(browser, origin, { serviceWorkers = 'block', viewport = { width: 1400, height: 900 } } = {}) {
  const context = await browser.newContext({ serviceWorkers, viewport, acceptDownloads: true });
  const problems = [];
  context.on('request', (request) => {
    if (new URL(request.url()).origin !== origin) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${origin}/`);
  await ready(page);
  return { context, page, problems };
}

/** Waits until the page has loaded its module and its plan. */
export const ready = (page) => page.waitForSelector('body[data-ready="true"]');

/** No console error, page error, CSP violation or foreign request; closes the context. */
export async function assertClean({ context, page, problems }) {
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  await context.close();
}
