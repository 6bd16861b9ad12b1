//! Rules about cited legal documents (KH4xxx).

mod cited;
pub mod detail_mismatch;
pub mod first_citation_incomplete;
pub mod issued_after_plan;
pub mod malformed_number;
pub mod number_year_mismatch;
mod plan_date;
pub mod possibly_superseded;
pub mod superseded_document;
mod supersession;
