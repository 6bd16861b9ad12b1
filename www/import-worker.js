// Imports a pasted plan text off the page's thread, so a long text never
// freezes typing: receives {id, text, options}, posts back {id, planJson,
// diagnostics} or {id, error}.

import init, { importText } from './pkg/kehoach.js';

const ready = init();

self.addEventListener('message', async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const { planJson, diagnostics } = importText(text, options);
    self.postMessage({ id, planJson, diagnostics });
  } catch (error) {
    self.postMessage({ id, error: error?.message ?? String(error) });
  }
});
