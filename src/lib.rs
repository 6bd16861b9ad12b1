//! kehoach — draft, validate and assemble Vietnamese government plans ("Kế hoạch").
//!
//! One model ([`Plan`]) in the middle: the form and the importer write it,
//! [`validate`] checks it against the law, the administrative map and the
//! calendar as of the plan's date, and the assemblers turn it into documents.
//! The core never reads the clock, the network or the DOM: see [`Context`].

pub mod agency;
pub mod assemble;
pub mod cite;
pub mod context;
pub mod diagnostic;
pub mod editor;
mod fast_map;
pub mod import;
pub mod model;
pub mod reference;
pub mod rules;
pub mod text;
pub mod time;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use context::{Context, Lang, Level, Options, OptionsError};
pub use diagnostic::{Diagnostic, Report, Severity};
pub use model::{from_json, MigrationError, Plan};
pub use rules::validate;

/// The crate version, as in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
