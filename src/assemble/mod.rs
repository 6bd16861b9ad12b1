//! Assemblers: a plan turned into finished documents.

pub mod dateline;
pub mod html;
pub mod numbering;
pub mod text;

pub use text::assemble_text;
