// Keeps the page working offline once it has been loaded: every request for
// the page's own files goes to the network first and falls back to the copy
// kept from the last successful load.

const CACHE = 'kehoach-page';
const FILES = [
  './',
  'index.html',
  'style.css',
  'favicon.svg',
  'app.js',
  'diagnostics.js',
  'dom.js',
  'fix.js',
  'form.js',
  'i18n.js',
  'import-worker.js',
  'numbering.js',
  'paste.js',
  'pointer.js',
  'preview.js',
  'session.js',
  'store.js',
  'pkg/kehoach.js',
  'pkg/kehoach_bg.wasm',
  'pkg/print.css',
  'pkg/sample-plan.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  );
});
