//! The WebAssembly boundary in Node: `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod wasm_cases;

all_case_tests!();
