//! The one table of rule codes. Codes are stable and never reused:
//! KH0xxx meta, KH1xxx structure, KH2xxx agencies, KH3xxx deadlines,
//! KH4xxx citations, KH5xxx format (Nghị định 30/2020), KH6xxx text.

use super::{agency, citation, deadline, format, meta, structure, text, Rule, RuleInfo};
use crate::import::diagnostics as import;

/// Every rule that inspects the plan, in the order they run.
pub static RULES: &[&dyn Rule] = &[
    &structure::required_section::RequiredSection,
    &structure::numbering_out_of_order::NumberingOutOfOrder,
    &structure::heading_without_content::HeadingWithoutContent,
    &structure::broken_cross_reference::BrokenCrossReference,
    &structure::activity_without_deadline::ActivityWithoutDeadline,
    &structure::activity_without_output::ActivityWithoutOutput,
    &agency::missing_lead::MissingLead,
    &agency::lead_also_partner::LeadAlsoPartner,
    &agency::unknown_agency::UnknownAgency,
    &agency::agency_not_on_plan_date::AgencyNotOnPlanDate,
    &agency::lead_not_in_organisation::LeadNotInOrganisation,
    &agency::organisation_without_work::OrganisationWithoutWork,
    &agency::agency_spelled_differently::AgencySpelledDifferently,
    &agency::lead_in_text::LeadInText,
    &deadline::invalid_calendar_date::InvalidCalendarDate,
    &deadline::outside_plan_year::OutsidePlanYear,
    &deadline::unrecognised::Unrecognised,
    &deadline::before_plan_date::BeforePlanDate,
    &deadline::on_weekend::OnWeekend,
    &deadline::on_holiday::OnHoliday,
    &deadline::year_assumed::YearAssumed,
    &deadline::report_after_upward::ReportAfterUpward,
    &deadline::plan_issued_late::PlanIssuedLate,
    &citation::number_year_mismatch::NumberYearMismatch,
    &citation::detail_mismatch::DetailMismatch,
    &citation::superseded_document::SupersededDocument,
    &citation::possibly_superseded::PossiblySuperseded,
    &citation::issued_after_plan::IssuedAfterPlan,
    &citation::malformed_number::MalformedNumber,
    &citation::first_citation_incomplete::FirstCitationIncomplete,
    &format::date_leading_zero::DateLeadingZero,
    &format::number_symbol_format::NumberSymbolFormat,
    &format::type_abbreviation::WrongTypeAbbreviation,
    &format::signature_authority::SignatureAuthority,
    &format::signer_academic_title::SignerAcademicTitle,
    &format::recipients_archive::RecipientsArchive,
    &format::blank_placeholder::BlankPlaceholder,
    &format::issuer_parent::IssuerParentMissing,
    &text::repeated_word::RepeatedWord,
    &text::misspelling::KnownMisspelling,
    &text::broken_character::BrokenCharacter,
    &text::not_nfc::NotNfc,
    &text::mixed_tone_style::MixedToneStyle,
    &text::url_in_body::UrlInBody,
    &text::other_year::OtherYearInBody,
];

/// Meta rules: the plan's own suppressions (run after all others) and what the importer finds in pasted text.
pub static META: &[&RuleInfo] = &[
    &meta::UNUSED_SUPPRESSION,
    &meta::SUPPRESSION_WITHOUT_REASON,
    &import::UNPLACED_TEXT,
    &import::BROKEN_CHARACTER,
    &import::DECOMPOSED_UNICODE,
    &import::TRUNCATED_START,
];

/// Every declared rule, meta rules included.
pub fn all() -> impl Iterator<Item = &'static RuleInfo> {
    RULES.iter().map(|r| r.info()).chain(META.iter().copied())
}

/// The declaration of a code, if it exists.
pub fn find(code: &str) -> Option<&'static RuleInfo> {
    all().find(|info| info.code == code || info.slug == code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_slugs_are_unique_and_well_formed() {
        let mut codes = HashSet::new();
        let mut slugs = HashSet::new();
        for info in all() {
            assert!(codes.insert(info.code), "duplicate code {}", info.code);
            assert!(slugs.insert(info.slug), "duplicate slug {}", info.slug);
            assert!(
                info.code.len() == 6 && info.code.starts_with("KH"),
                "{}",
                info.code
            );
            assert!(
                info.code[2..].bytes().all(|b| b.is_ascii_digit()),
                "{}",
                info.code
            );
        }
    }
}
