// The minimal page: the sample plan in an editable JSON box, checked as it is typed.
// Every text from the plan or the core goes in through textContent, never as HTML.
import init, { validateJson, version } from './pkg/kehoach.js';

const SAMPLE_PLAN = new URL('./pkg/sample-plan.json', import.meta.url);
// Long enough to skip most keystrokes of a word, short enough to feel live.
const DEBOUNCE_MS = 150;

const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;

const UI = {
  vi: {
    title: 'Kiểm tra kế hoạch',
    planLabel: 'Kế hoạch (JSON)',
    resultsTitle: 'Kết quả kiểm tra',
    langGroup: 'Ngôn ngữ thông báo',
    severity: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Thông tin' },
    counts: (r) => `${r.errors} lỗi · ${r.warnings} cảnh báo · ${r.infos} thông tin`,
    failed: (code, message) => `Không kiểm tra được (${code}): ${message}`,
    loadFailed: (message) => `Không tải được kế hoạch mẫu: ${message}`,
  },
  en: {
    title: 'Check a plan',
    planLabel: 'Plan (JSON)',
    resultsTitle: 'Findings',
    langGroup: 'Language of messages',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    counts: (r) =>
      `${plural(r.errors, 'error')} · ${plural(r.warnings, 'warning')} · ${plural(r.infos, 'info')}`,
    failed: (code, message) => `Cannot check the plan (${code}): ${message}`,
    loadFailed: (message) => `Cannot load the sample plan: ${message}`,
  },
};

const byId = (id) => document.getElementById(id);
const view = {
  plan: byId('plan'),
  status: byId('status'),
  list: byId('diagnostics'),
  langButtons: { vi: byId('lang-vi'), en: byId('lang-en') },
};

let lang = 'vi';
let composing = false;
let timer = 0;

/** Today's local date as YYYY-MM-DD: the core never reads the clock itself. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function diagnosticItem(diagnostic, text) {
  const item = document.createElement('li');
  item.dataset.code = diagnostic.code;
  item.dataset.severity = diagnostic.severity;
  item.dataset.path = diagnostic.path;
  item.append(
    element('span', 'code', diagnostic.code),
    element('span', 'severity', text.severity[diagnostic.severity] ?? diagnostic.severity),
    element('p', 'message', diagnostic.message),
    element('code', 'path', diagnostic.path || '/'),
  );
  return item;
}

function showStatus(message, failed) {
  view.status.textContent = message;
  view.status.classList.toggle('failed', failed);
}

function validateNow() {
  clearTimeout(timer);
  const text = UI[lang];
  try {
    const report = validateJson(view.plan.value, { lang, today: today() });
    view.list.replaceChildren(...report.diagnostics.map((d) => diagnosticItem(d, text)));
    showStatus(text.counts(report), false);
  } catch (error) {
    view.list.replaceChildren();
    showStatus(text.failed(error.code ?? 'E_UNKNOWN', error.message), true);
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(validateNow, DEBOUNCE_MS);
}

function setLanguage(next) {
  lang = next;
  const text = UI[lang];
  document.documentElement.lang = lang;
  document.title = `${text.title} — kehoach`;
  byId('title').textContent = text.title;
  byId('plan-label').textContent = text.planLabel;
  byId('results-title').textContent = text.resultsTitle;
  byId('lang-group').setAttribute('aria-label', text.langGroup);
  for (const [code, button] of Object.entries(view.langButtons)) {
    button.setAttribute('aria-pressed', String(code === lang));
  }
  validateNow();
}

function listen() {
  // Vietnamese is typed through an IME (Telex, VNI): check once the syllable is composed.
  view.plan.addEventListener('compositionstart', () => {
    composing = true;
  });
  view.plan.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  view.plan.addEventListener('input', (event) => {
    if (!composing && !event.isComposing) schedule();
  });
  for (const [code, button] of Object.entries(view.langButtons)) {
    button.addEventListener('click', () => setLanguage(code));
  }
}

async function start() {
  await init();
  byId('version').textContent = version();
  const response = await fetch(SAMPLE_PLAN);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  view.plan.value = await response.text();
  listen();
  validateNow();
}

start().catch((error) => {
  showStatus(UI[lang].loadFailed(error.message), true);
  console.error(error);
});
