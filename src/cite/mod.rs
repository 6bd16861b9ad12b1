//! Legal citations ("Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về …").

mod number;

pub use number::{parse_number, NumberSymbol};
