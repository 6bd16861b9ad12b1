//! Rules about lead and partner agencies (KH2xxx).

pub mod lead_also_partner;
pub mod missing_lead;
