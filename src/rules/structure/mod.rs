//! Rules about the plan's parts and numbering (KH1xxx).

pub mod required_section;
