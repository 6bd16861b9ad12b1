#!/usr/bin/env bash
# The test command: native tests, WASM tests in Node and headless Chromium,
# then the page end to end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

scripts/setup.sh
cargo test
# Debug WASM on a busy 2-core machine can take longer than the runner's 20 s default.
WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}" cargo test --target wasm32-unknown-unknown
scripts/build-wasm.sh
node --test tests/e2e/
