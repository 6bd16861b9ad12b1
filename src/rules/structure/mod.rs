//! Rules about the plan's parts and numbering (KH1xxx).

pub mod activity_without_deadline;
pub mod activity_without_output;
pub mod broken_cross_reference;
pub mod heading_without_content;
pub mod numbering_out_of_order;
pub mod required_section;
