//! The WebAssembly boundary in headless Chromium (chromedriver, see webdriver.json):
//! `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

#[macro_use]
mod wasm_cases;

use wasm_bindgen::prelude::*;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(thread_local_v2, js_namespace = navigator, js_name = userAgent)]
    static USER_AGENT: String;
}

#[wasm_bindgen_test]
fn runs_in_chromium() {
    let agent = USER_AGENT.with(String::clone);
    assert!(agent.contains("HeadlessChrome/"), "{agent}");
}

all_case_tests!();
