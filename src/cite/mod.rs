//! Legal citations ("Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về …").

mod citation;
mod kind;
mod number;
mod scan;

pub use citation::{find_citations, parse_citation, ParsedCitation};
pub use kind::DocKind;
pub use number::{parse_number, NumberSymbol};
