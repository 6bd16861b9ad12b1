//! Plan profiles: which parts a plan of each kind must have.

use crate::model::{Profile, SectionKind};

/// The parts a plan of this profile must contain, in document order.
pub fn required_sections(profile: Profile) -> &'static [SectionKind] {
    match profile {
        // Nghị định 59/2012 Art. 11a (to 31/3/2025) and Nghị định 80/2025 ask for
        // purpose, the monitoring activities, who does what, and the funding.
        Profile::LawMonitoring => &[
            SectionKind::Purpose,
            SectionKind::Activities,
            SectionKind::Budget,
            SectionKind::Organisation,
        ],
        Profile::Generic => &[SectionKind::Purpose, SectionKind::Activities],
    }
}

/// The usual heading of a part, in Vietnamese and English.
pub fn section_name(kind: SectionKind) -> (&'static str, &'static str) {
    match kind {
        SectionKind::Purpose => ("Mục đích, yêu cầu", "Purpose and requirements"),
        SectionKind::Fields => ("Lĩnh vực theo dõi", "Fields to monitor"),
        SectionKind::Activities => ("Nội dung, hoạt động", "Activities"),
        SectionKind::Budget => ("Kinh phí", "Budget"),
        SectionKind::Reporting => ("Chế độ báo cáo", "Reporting"),
        SectionKind::Organisation => ("Tổ chức thực hiện", "Organisation"),
        SectionKind::Other => ("Phần khác", "Other part"),
    }
}

/// The profile's name, in Vietnamese and English.
pub fn profile_name(profile: Profile) -> (&'static str, &'static str) {
    match profile {
        Profile::LawMonitoring => (
            "kế hoạch theo dõi tình hình thi hành pháp luật",
            "law-implementation monitoring plan",
        ),
        Profile::Generic => ("kế hoạch", "plan"),
    }
}
