//! KH5008 `issuer-parent-missing`
//!
//! **What**: the issuing body sits under a parent body but the parent's line
//! is blank: "VĂN PHÒNG", "SỞ TƯ PHÁP", "THANH TRA TỈNH" with nothing above.
//! A provincial people's committee ("ỦY BAN NHÂN DÂN TỈNH …") and bodies such
//! as "VĂN PHÒNG CHÍNH PHỦ" have no parent line. The list of such bodies is
//! data (`reference/data/format.json`).
//!
//! **Why**: Nghị định 30/2020/NĐ-CP, Phụ lục I: the name of the issuing body
//! is written under the name of the body directly above it, if there is one
//! ("UBND TỈNH TÂY NINH" above "VĂN PHÒNG"); without it the reader cannot
//! tell which office issued the plan (FACTS.md §3).
//!
//! **Wrong**: `"issuer": {"parent": "", "name": "SỞ TƯ PHÁP TỈNH LAI CHÂU"}`
//!
//! **Right**: `"issuer": {"parent": "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", "name": "SỞ TƯ PHÁP"}`

use crate::diagnostic::{Edit, FixSafety, Severity};
use crate::model::{Plan, Pointer};
use crate::rules::{text, Checker, Finding, Rule, RuleInfo};
use crate::text::fold_key;

/// KH5008.
pub struct IssuerParentMissing;

static INFO: RuleInfo = RuleInfo {
    code: "KH5008",
    slug: "issuer-parent-missing",
    severity: Severity::Warning,
    fix: Some(FixSafety::Unsafe),
    summary_vi: "Thiếu tên cơ quan chủ quản phía trên cơ quan ban hành",
    summary_en: "Issuing body without its parent body",
};

impl Rule for IssuerParentMissing {
    fn info(&self) -> &'static RuleInfo {
        &INFO
    }

    fn check_plan(&self, plan: &Plan, checker: &mut Checker<'_>) {
        let issuer = &plan.issuer;
        let name = issuer.name.trim();
        if !issuer.parent.trim().is_empty() || name.is_empty() {
            return;
        }
        if !checker.ctx.reference.format.needs_parent(name) {
            return;
        }
        let path = Pointer::root().key("issuer").key("parent");
        let mut finding = Finding::new(
            path.clone(),
            text(
                format!("\"{name}\" trực thuộc một cơ quan khác nhưng chưa ghi tên cơ quan chủ quản ở dòng trên."),
                format!("\"{name}\" belongs to another body, but the parent body's line is blank."),
            ),
        )
        .help(text(
            "Ghi tên cơ quan chủ quản ở dòng trên tên cơ quan ban hành, ví dụ \"UBND TỈNH LAI CHÂU\" trên \"SỞ TƯ PHÁP\" (Nghị định 30/2020/NĐ-CP, Phụ lục I).",
            "Write the parent body on the line above the issuer, e.g. \"UBND TỈNH LAI CHÂU\" above \"SỞ TƯ PHÁP\" (Decree 30/2020, Appendix I).",
        ));
        if let Some(parent) = committee_of(name) {
            let edit = Edit {
                path: path.as_str().to_string(),
                range: None,
                insert: parent.clone(),
            };
            finding = finding.fix(
                text(format!("Ghi \"{parent}\""), format!("Write \"{parent}\"")),
                vec![edit],
            );
        }
        checker.report(finding);
    }
}

/// The people's committee of the province or city named at the end of the
/// body's name: "SỞ TƯ PHÁP TỈNH LAI CHÂU" → "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU".
fn committee_of(name: &str) -> Option<String> {
    let key = fold_key(name);
    let at = ["tỉnh ", "thành phố "]
        .iter()
        .filter_map(|word| key.rfind(word))
        .max()?;
    let words_before = key.get(..at)?.split(' ').filter(|w| !w.is_empty()).count();
    let place: Vec<&str> = name.split_whitespace().skip(words_before).collect();
    (place.len() >= 2).then(|| format!("ỦY BAN NHÂN DÂN {}", place.join(" ").to_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::committee_of;

    #[test]
    fn committee_from_the_place_in_the_name() {
        assert_eq!(
            committee_of("SỞ TƯ PHÁP TỈNH LAI CHÂU").as_deref(),
            Some("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU")
        );
        assert_eq!(
            committee_of("Sở Tư pháp thành phố Hà Nội").as_deref(),
            Some("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")
        );
        assert_eq!(committee_of("VĂN PHÒNG"), None);
    }
}
