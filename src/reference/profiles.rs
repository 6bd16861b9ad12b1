//! Plan profiles: which parts a plan of each kind must have, from
//! `data/profiles.json`.

use crate::model::{Profile, SectionKind};
use serde::Deserialize;

/// What the data says about one profile.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ProfileData {
    /// Which profile ("law-monitoring").
    pub id: Profile,
    /// The parts a plan of this profile must contain, in document order.
    pub required_sections: Vec<SectionKind>,
}

#[derive(Deserialize)]
struct DataFile {
    profiles: Vec<ProfileData>,
}

/// The profiles table.
#[derive(Debug, Default)]
pub struct Profiles {
    entries: Vec<ProfileData>,
}

impl Profiles {
    /// The profiles compiled into this build (empty if the data does not parse,
    /// which a unit test rules out).
    pub fn builtin() -> Profiles {
        Profiles::from_json(include_str!("data/profiles.json")).unwrap_or_default()
    }

    /// Parses a table in the format of `data/profiles.json`.
    pub fn from_json(json: &str) -> Result<Profiles, serde_json::Error> {
        let file: DataFile = serde_json::from_str(json)?;
        Ok(Profiles {
            entries: file.profiles,
        })
    }

    /// The data of a profile, if the table has it.
    pub fn get(&self, profile: Profile) -> Option<&ProfileData> {
        self.entries.iter().find(|p| p.id == profile)
    }

    /// The parts a plan of this profile must contain, in document order.
    pub fn required_sections(&self, profile: Profile) -> &[SectionKind] {
        self.get(profile)
            .map_or(&[], |p| p.required_sections.as_slice())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_covers_every_profile() {
        let table = Profiles::from_json(include_str!("data/profiles.json")).unwrap();
        assert_eq!(
            table.required_sections(Profile::LawMonitoring),
            [
                SectionKind::Purpose,
                SectionKind::Activities,
                SectionKind::Budget,
                SectionKind::Organisation
            ]
        );
        assert_eq!(
            table.required_sections(Profile::Generic),
            [SectionKind::Purpose, SectionKind::Activities]
        );
    }

    #[test]
    fn a_broken_table_is_an_error_not_a_panic() {
        assert!(Profiles::from_json("{\"profiles\": [{\"id\": \"x\"}]}").is_err());
        assert!(Profiles::default()
            .required_sections(Profile::Generic)
            .is_empty());
    }
}
