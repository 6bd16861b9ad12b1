#!/usr/bin/env bash
# Builds the page and serves www/ on 127.0.0.1 (PORT, default 8080).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

scripts/setup.sh --no-browser
scripts/build-wasm.sh
port="${PORT:-8080}"
echo "serve: http://127.0.0.1:$port/"
exec python3 -m http.server --bind 127.0.0.1 "$port" --directory www
