#!/usr/bin/env bash
# Builds the WebAssembly module and its JS glue into www/pkg/, with the sample plan.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

out="www/pkg"
target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"

cargo build --release --lib --target wasm32-unknown-unknown
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/release/kehoach.wasm"

# Only binaryen from npm (pinned in package.json): Debian's older wasm-opt
# produces modules that fail at run time.
wasm_opt="node_modules/.bin/wasm-opt"
if [ -x "$wasm_opt" ]; then
  "$wasm_opt" -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/kehoach_bg.wasm" -o "$out/kehoach_bg.wasm"
else
  echo "build-wasm: $wasm_opt missing (run scripts/setup.sh); module left unoptimised" >&2
fi

fixture="tests/fixtures/plans/lai-chau-2025.json"
if [ -f "$fixture" ]; then
  cp "$fixture" "$out/sample-plan.json"
else
  cp www/sample-plan.json "$out/sample-plan.json"
fi

size() {
  printf '  %-22s %8d B raw %8d B gzip\n' "$(basename "$1")" \
    "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)"
}
echo "build-wasm: $out"
size "$out/kehoach_bg.wasm"
size "$out/kehoach.js"
