//! Rules about cited legal documents (KH4xxx).

pub mod number_year_mismatch;
