//! Rules about lead and partner agencies (KH2xxx).

pub mod agency_not_on_plan_date;
pub mod agency_spelled_differently;
pub(crate) mod duties;
pub mod lead_also_partner;
pub mod lead_in_text;
pub mod lead_not_in_organisation;
pub mod missing_lead;
pub(crate) mod names;
pub mod organisation_without_work;
pub mod unknown_agency;
