// Import time per seed through the WASM module in Node (a benchmark, not a
// test): node tests/bench/import.mjs target/bench-pkg/kehoach.js
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const kehoach = require(new URL(process.argv[2] ?? 'target/bench-pkg/kehoach.js', root).pathname);
const seeds = new URL('../shared/corpus/seeds/', root);

console.log('seed | bytes | import median ms');
for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
  const text = readFileSync(new URL(name, seeds), 'utf8');
  const times = [];
  for (let i = 0; i < 60; i++) {
    const start = performance.now();
    kehoach.importText(text, { lang: 'vi' });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name.slice(0, 3)} | ${Buffer.byteLength(text)} | ${times[30].toFixed(2)}`);
}
