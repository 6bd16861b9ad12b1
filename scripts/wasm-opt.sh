#!/usr/bin/env bash
# Shrinks a wasm-bindgen output module in place with wasm-opt from npm binaryen
# (pinned in package.json); Debian's older wasm-opt produces broken modules.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

wasm_opt="node_modules/.bin/wasm-opt"
if [ ! -x "$wasm_opt" ]; then
  echo "wasm-opt: $wasm_opt missing (run scripts/setup.sh); module left unoptimised" >&2
  exit 0
fi
"$wasm_opt" -Oz \
  --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$1" -o "$1"
