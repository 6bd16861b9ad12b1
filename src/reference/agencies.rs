//! Agencies, agency groups and province-level units, each with the dates it
//! existed, so that a plan is checked against the administrative map of its
//! own date (see `data/agencies.json` and FACTS.md §4).

use crate::agency::key::agency_key;
use crate::agency::suggest::bigrams;
use crate::text::strip_diacritics;
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::HashMap;

/// What an entry of the table is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The provincial people's committee (Ủy ban nhân dân tỉnh).
    Committee,
    /// The provincial people's council (Hội đồng nhân dân tỉnh).
    Council,
    /// A leader's office (Chủ tịch, Phó Chủ tịch).
    Leader,
    /// A specialised department of the provincial committee (Sở, Thanh tra, Văn phòng).
    Department,
    /// Another provincial body (Công an, Bộ Chỉ huy Quân sự, Ban Dân tộc).
    Body,
    /// A partner outside the administration (court, procuracy, Front, associations).
    Partner,
    /// A newspaper, broadcaster or portal.
    Media,
    /// A district-level body (cấp huyện).
    District,
    /// A commune-level body (cấp xã).
    Commune,
    /// A ministry.
    Ministry,
    /// A unit of a ministry (Cục).
    MinistryUnit,
    /// A group of agencies ("Các Sở, ban, ngành tỉnh").
    Group,
    /// A province (tỉnh).
    Province,
    /// A centrally governed city (thành phố trực thuộc trung ương).
    City,
}

/// How sure the data is (FACTS.md marks).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Stated by an official or legal-database source.
    #[default]
    Confirmed,
    /// Stated by a secondary source, or inferred.
    Likely,
    /// Not confirmed.
    Open,
}

/// One entry of the table.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// Stable identifier ("so-tu-phap").
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// Canonical name, in province-level wording ("Văn phòng Ủy ban nhân dân tỉnh").
    pub name: String,
    /// Other accepted names.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// First day it existed, when known to be recent.
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    pub valid_from: Option<NaiveDate>,
    /// Last day it existed.
    #[serde(default, deserialize_with = "super::iso_date::optional")]
    pub valid_until: Option<NaiveDate>,
    /// The entry that absorbed it.
    #[serde(default)]
    pub merged_into: Option<String>,
    /// The entry that replaced it (a rename or a transfer of duties).
    #[serde(default)]
    pub successor: Option<String>,
    /// The entry it belongs to (a ministry's Cục → the ministry).
    #[serde(default)]
    pub parent: Option<String>,
    /// For a group, the kinds of agency it stands for ("Các Sở, ban, ngành
    /// tỉnh" → departments and other provincial bodies); empty when unspecified.
    #[serde(default)]
    pub members: Vec<Kind>,
    /// How sure the data is.
    #[serde(default)]
    pub confidence: Confidence,
    /// Source or remark.
    #[serde(default)]
    pub note: Option<String>,
}

impl Agency {
    /// Whether it existed on `day`.
    pub fn exists_on(&self, day: NaiveDate) -> bool {
        self.valid_from.is_none_or(|from| from <= day)
            && self.valid_until.is_none_or(|last| day <= last)
    }

    /// Whether it is a province or a centrally governed city.
    pub fn is_place(&self) -> bool {
        matches!(self.kind, Kind::Province | Kind::City)
    }

    /// The entry that took over from it, by id.
    pub fn next_id(&self) -> Option<&str> {
        self.merged_into.as_deref().or(self.successor.as_deref())
    }
}

/// Whether an entry exists on a given day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status<'a> {
    /// It exists.
    Exists,
    /// It was set up later, on `from`.
    NotYet {
        /// Its first day.
        from: NaiveDate,
    },
    /// It no longer exists: `last_day` was its last day.
    Abolished {
        /// Its last day.
        last_day: NaiveDate,
        /// Who took over, as it stands on the day asked about.
        successor: Option<&'a Agency>,
        /// Whether it was merged into the successor (rather than renamed or replaced).
        merged: bool,
    },
}

/// The table of known agencies, indexed by name key.
#[derive(Debug, Default)]
pub struct Agencies {
    entries: Vec<Agency>,
    by_id: HashMap<String, usize>,
    by_key: HashMap<String, usize>,
    fuzzy: Vec<(usize, Vec<u64>)>,
}

#[derive(Deserialize)]
struct DataFile {
    entries: Vec<Agency>,
}

impl Agencies {
    /// The agencies compiled into this build (empty if the data does not parse,
    /// which a unit test rules out).
    pub fn builtin() -> Agencies {
        Agencies::from_json(include_str!("data/agencies.json")).unwrap_or_default()
    }

    /// Parses a table in the format of `data/agencies.json`.
    pub fn from_json(json: &str) -> Result<Agencies, serde_json::Error> {
        let file: DataFile = serde_json::from_str(json)?;
        Ok(Agencies::from_entries(file.entries))
    }

    /// Indexes `entries`; when two names give one key, the first entry keeps it.
    pub fn from_entries(entries: Vec<Agency>) -> Agencies {
        let mut table = Agencies::default();
        for (i, entry) in entries.iter().enumerate() {
            table.by_id.entry(entry.id.clone()).or_insert(i);
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                let key = agency_key(name);
                if key.is_empty() {
                    continue;
                }
                table.fuzzy.push((i, bigrams(&strip_diacritics(&key))));
                if entry.is_place() {
                    for scope in ["tỉnh", "thành phố"] {
                        table.by_key.entry(format!("{scope} {key}")).or_insert(i);
                    }
                }
                table.by_key.entry(key).or_insert(i);
            }
        }
        table.entries = entries;
        table
    }

    /// All entries, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Agency> {
        self.entries.iter()
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Agency> {
        self.by_id.get(id).and_then(|&i| self.entries.get(i))
    }

    /// The entry named by `key`, a key from [`agency_key`].
    pub fn by_key(&self, key: &str) -> Option<&Agency> {
        self.by_key.get(key).and_then(|&i| self.entries.get(i))
    }

    /// Provinces and centrally governed cities that existed on `day`.
    pub fn places_on(&self, day: NaiveDate) -> impl Iterator<Item = &Agency> {
        self.entries
            .iter()
            .filter(move |e| e.is_place() && e.exists_on(day))
    }

    /// Whether `entry` existed on `day`, and who took over if it did not.
    pub fn status(&self, entry: &Agency, day: NaiveDate) -> Status<'_> {
        if let Some(from) = entry.valid_from.filter(|&from| day < from) {
            return Status::NotYet { from };
        }
        match entry.valid_until.filter(|&last| day > last) {
            Some(last_day) => Status::Abolished {
                last_day,
                successor: self.successor_on(entry, day),
                merged: entry.merged_into.is_some(),
            },
            None => Status::Exists,
        }
    }

    /// Follows merges and renames until an entry that still exists on `day`.
    fn successor_on(&self, entry: &Agency, day: NaiveDate) -> Option<&Agency> {
        const MAX_STEPS: usize = 8;
        let mut next = self.get(entry.next_id()?)?;
        for _ in 0..MAX_STEPS {
            if next.valid_until.is_none_or(|last| day <= last) {
                break;
            }
            match next.next_id().and_then(|id| self.get(id)) {
                Some(after) => next = after,
                None => break,
            }
        }
        Some(next)
    }

    /// A province named at the end of `key` ("… tỉnh kon tum"): the text before
    /// it and the province. The longest such ending wins.
    pub(crate) fn place_suffix<'k>(&self, key: &'k str) -> Option<(&'k str, &Agency)> {
        key.match_indices(' ').find_map(|(i, _)| {
            let place = self.by_key(key.get(i + 1..)?).filter(|e| e.is_place())?;
            let head = key.get(..i)?.trim_end_matches([',', ' ']);
            (!head.is_empty()).then_some((head, place))
        })
    }

    /// Every name's diacritic-free bigrams, with the entry it names.
    pub(crate) fn fuzzy_names(&self) -> impl Iterator<Item = (&Agency, &[u64])> {
        self.fuzzy
            .iter()
            .filter_map(|(i, grams)| Some((self.entries.get(*i)?, grams.as_slice())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn embedded_data_parses_with_63_then_34_provinces() {
        let table = Agencies::from_json(include_str!("data/agencies.json")).unwrap();
        assert_eq!(table.places_on(day(2025, 6, 30)).count(), 63);
        assert_eq!(table.places_on(day(2025, 7, 1)).count(), 34);
        let cities: Vec<_> = table
            .places_on(day(2025, 7, 1))
            .filter(|e| e.kind == Kind::City)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(
            cities,
            [
                "Hà Nội",
                "Huế",
                "Cần Thơ",
                "Hải Phòng",
                "Hồ Chí Minh",
                "Đà Nẵng"
            ]
        );
        assert_eq!(Agencies::builtin().len(), table.len());
    }

    #[test]
    fn every_reference_points_at_an_entry() {
        let table = Agencies::builtin();
        for entry in table.iter() {
            for id in [&entry.merged_into, &entry.successor, &entry.parent]
                .into_iter()
                .flatten()
            {
                assert!(table.get(id).is_some(), "{} → {id}", entry.id);
            }
        }
    }

    #[test]
    fn ids_and_names_are_unique() {
        let table = Agencies::builtin();
        for entry in table.iter() {
            assert_eq!(table.get(&entry.id), Some(entry));
            for name in std::iter::once(&entry.name).chain(&entry.aliases) {
                let owner = table.by_key(&agency_key(name)).map(|e| e.id.as_str());
                assert_eq!(owner, Some(entry.id.as_str()), "{name}");
            }
        }
    }

    #[test]
    fn every_absorbed_province_names_a_2025_province() {
        let table = Agencies::builtin();
        let after = day(2025, 7, 1);
        for entry in table.places_on(day(2025, 6, 30)) {
            if entry.exists_on(after) {
                continue;
            }
            let Status::Abolished {
                successor, merged, ..
            } = table.status(entry, after)
            else {
                panic!("{} should be abolished", entry.name);
            };
            assert!(merged);
            assert!(
                successor.is_some_and(|s| s.exists_on(after)),
                "{}",
                entry.name
            );
        }
    }

    #[test]
    fn renames_are_followed_to_the_unit_of_the_day() {
        let table = Agencies::builtin();
        let old = table.get("cuc-qlxlvphc-tdthpl").unwrap();
        let Status::Abolished {
            successor, merged, ..
        } = table.status(old, day(2026, 3, 1))
        else {
            panic!("renamed");
        };
        assert!(!merged);
        assert_eq!(successor.map(|s| s.id.as_str()), Some("cuc-ktvb-tcthpl"));
        let Status::Abolished { successor, .. } = table.status(old, day(2025, 6, 1)) else {
            panic!("renamed");
        };
        assert_eq!(successor.map(|s| s.id.as_str()), Some("cuc-ktvb-qlxlvphc"));
    }

    #[test]
    fn only_groups_have_members() {
        for entry in Agencies::builtin().iter() {
            assert!(
                entry.members.is_empty() || entry.kind == Kind::Group,
                "{}",
                entry.id
            );
        }
    }

    #[test]
    fn a_broken_table_is_an_error_not_a_panic() {
        assert!(Agencies::from_json("{\"entries\": [{\"id\": 1}]}").is_err());
        assert!(Agencies::from_json("").is_err());
    }
}
