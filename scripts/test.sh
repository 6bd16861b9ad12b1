#!/usr/bin/env bash
# The test command: native tests, WASM tests in Node and headless Chromium,
# then the page end to end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

scripts/setup.sh
cargo test
cargo test --target wasm32-unknown-unknown
scripts/build-wasm.sh
node --test tests/e2e/
