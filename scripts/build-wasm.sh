#!/usr/bin/env bash
# Builds the WebAssembly module and its JS glue into www/pkg/, with the sample
# plan and the print stylesheet.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

out="www/pkg"
target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"

cargo build --release --lib --target wasm32-unknown-unknown
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/release/kehoach.wasm"

scripts/wasm-opt.sh "$out/kehoach_bg.wasm"

# The page opens the hand-made Lai Châu 2025 plan as its sample, and lays out
# its preview with the core's print stylesheet.
cp tests/fixtures/plans/lai-chau-2025.json "$out/sample-plan.json"
cp src/assemble/print.css "$out/print.css"

size() {
  printf '  %-22s %8d B raw %8d B gzip\n' "$(basename "$1")" \
    "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)"
}
echo "build-wasm: $out"
size "$out/kehoach_bg.wasm"
size "$out/kehoach.js"
