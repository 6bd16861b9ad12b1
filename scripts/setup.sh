#!/usr/bin/env bash
# Installs what building and testing kehoach needs; quick when all is present.
# Usage: scripts/setup.sh [--no-browser]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

browser=1
for arg in "$@"; do
  case "$arg" in
    --no-browser) browser=0 ;;
    *) echo "usage: $0 [--no-browser]" >&2; exit 2 ;;
  esac
done

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

if ! command -v cargo >/dev/null; then
  echo "setup: Rust is missing; install it with rustup (https://rustup.rs)." >&2
  exit 1
fi

# Lists are captured first: `grep -q` closing a pipe early would trip pipefail.
targets="$(rustup target list --installed)"
if ! grep -qx wasm32-unknown-unknown <<<"$targets"; then
  rustup target add wasm32-unknown-unknown
fi
components="$(rustup component list --installed)"
for component in rustfmt clippy; do
  if ! grep -q "^$component" <<<"$components"; then
    rustup component add "$component"
  fi
done

# The CLI must be exactly the version pinned in Cargo.toml, or bindgen refuses the module.
pinned="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' Cargo.toml)"
if [ -z "$pinned" ]; then
  echo "setup: no exact wasm-bindgen pin (wasm-bindgen = \"=x.y.z\") in Cargo.toml" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $pinned" ]; then
  # Without --locked: the locked tree names a dependency version the registry lacks.
  cargo install wasm-bindgen-cli --version "$pinned"
fi

if [ "$browser" -eq 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  apt_install chromium chromium-driver
fi

if ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi

# npm records what it installed in node_modules/.package-lock.json.
if [ -f package-lock.json ]; then
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund
  fi
elif [ ! -d node_modules ] || [ package.json -nt node_modules ]; then
  npm install --no-audit --no-fund
fi

echo "setup: ready ($(wasm-bindgen --version), node $(node --version))"
