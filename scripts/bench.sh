#!/usr/bin/env bash
# Benchmarks (not tests): the per-keystroke editor path in Node against ajv,
# the native editor, and keystroke → diagnostics painted on the page in
# headless Chromium. Usage: scripts/bench.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

scripts/setup.sh
out="target/bench-pkg"
target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"
cargo build --release --lib --target wasm32-unknown-unknown
rm -rf "$out"
wasm-bindgen --target nodejs --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/release/kehoach.wasm"
scripts/wasm-opt.sh "$out/kehoach_bg.wasm"
# The glue for Node is CommonJS; the repository root says "type": "module".
echo '{"type": "commonjs"}' >"$out/package.json"
node tests/bench/editor.mjs "$out/kehoach.js"
node tests/bench/import.mjs "$out/kehoach.js"
cargo run --quiet --release --example bench_editor
scripts/build-wasm.sh
node tests/bench/page.mjs 300
