//! Renders a plan JSON file to a standalone HTML file for printing.
//!
//! `cargo run --example render_html -- plan.json out.html [--draft]`

use kehoach::assemble::html::{assemble_html_document, HtmlOptions};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(output)) = (args.first(), args.get(1)) else {
        eprintln!("Cách dùng / usage: render_html <plan.json> <out.html> [--draft]");
        return ExitCode::from(2);
    };
    let json = match std::fs::read_to_string(input) {
        Ok(json) => json,
        Err(e) => {
            eprintln!("Không đọc được {input} / cannot read {input}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let plan = match kehoach::from_json(&json) {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("{} / {}", e.message_vi(), e.message_en());
            return ExitCode::FAILURE;
        }
    };
    let options = HtmlOptions {
        show_placeholders: args.iter().any(|a| a == "--draft"),
        ..HtmlOptions::default()
    };
    match std::fs::write(output, assemble_html_document(&plan, &options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("Không ghi được {output} / cannot write {output}: {e}");
            ExitCode::FAILURE
        }
    }
}
