# Sourced by the other scripts: the repository root as the working directory,
# and cargo-installed tools (wasm-bindgen) on PATH even in a fresh shell.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cd "$ROOT"
