//! The `Plan` model: one structure every feature reads or writes.
//!
//! Text fields keep what the officer typed (deadlines, citation dates, agency
//! names): the parsers in `time`, `cite` and `agency` interpret them, and the
//! rules report what does not parse, so nothing typed is ever lost.

pub mod fields;
pub mod locate;
mod migrate;
mod walk;

pub use migrate::{from_json, from_value, MigrationError, SCHEMA};
pub use walk::{ItemRef, Pointer};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A plan ("Kế hoạch") as drafted or imported.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Plan {
    /// Schema version, `"kehoach/1"`.
    pub schema: String,
    /// Which plan profile applies (required sections, reporting dates).
    pub profile: Profile,
    /// Issuing body ("cơ quan ban hành") and its parent body.
    pub issuer: Issuer,
    /// "Số: 12/KH-UBND" — number may be blank in a draft.
    pub number: DocNumber,
    /// Place of issue ("Lai Châu").
    pub place: String,
    /// Date of issue, possibly partial in a draft ("ngày tháng 01 năm 2025").
    pub date: PartialDate,
    /// The year the plan covers.
    pub year: Option<i32>,
    /// The summary line under "KẾ HOẠCH" (trích yếu).
    pub title: String,
    /// Legal bases cited in the preamble ("Căn cứ …", "Thực hiện …").
    pub legal_bases: Vec<Citation>,
    /// The preamble paragraph as written.
    pub preamble: String,
    /// The parent plan this plan implements, if any.
    pub parent_plan: Option<Citation>,
    /// The body: top-level parts I, II, III …
    pub sections: Vec<Section>,
    /// Closing paragraph ("Trên đây là Kế hoạch …").
    pub closing: String,
    /// "Nơi nhận" entries in order; the last is usually "Lưu: VT, …".
    pub recipients: Vec<String>,
    /// The signature block.
    pub signature: Signature,
    /// Footnotes, in order of their markers.
    pub footnotes: Vec<String>,
    /// Rules switched off for a part of the plan, each with a reason.
    pub suppressions: Vec<Suppression>,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            schema: SCHEMA.to_string(),
            profile: Profile::default(),
            issuer: Issuer::default(),
            number: DocNumber::default(),
            place: String::new(),
            date: PartialDate::default(),
            year: None,
            title: String::new(),
            legal_bases: Vec::new(),
            preamble: String::new(),
            parent_plan: None,
            sections: Vec::new(),
            closing: String::new(),
            recipients: Vec::new(),
            signature: Signature::default(),
            footnotes: Vec::new(),
            suppressions: Vec::new(),
        }
    }
}

/// The kind of plan, which decides the required sections and reporting dates.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    /// Kế hoạch theo dõi tình hình thi hành pháp luật (law-implementation monitoring).
    #[default]
    LawMonitoring,
    /// Any other plan.
    Generic,
}

/// The issuing body and the body above it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct Issuer {
    /// Parent body, first header line ("UBND TỈNH LAI CHÂU" above "VĂN PHÒNG").
    pub parent: String,
    /// The issuing body ("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU").
    pub name: String,
}

/// Number and symbol: "Số: 12/KH-UBND" is `{number: "12", symbol: "KH-UBND"}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct DocNumber {
    /// The number, blank until the document is registered.
    pub number: String,
    /// The symbol after the slash ("KH-UBND").
    pub symbol: String,
}

/// A date whose parts may still be blank in a draft.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct PartialDate {
    /// Day of month, if filled in.
    pub day: Option<u32>,
    /// Month, if filled in.
    pub month: Option<u32>,
    /// Year, if filled in.
    pub year: Option<i32>,
}

/// A cited document, kept as its parts so the form can edit each one.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct Citation {
    /// Document type as written ("Nghị định", "Thông tư", "Kế hoạch").
    pub kind: String,
    /// Number and symbol ("59/2012/NĐ-CP").
    pub number: String,
    /// Date as written ("23/7/2012" or "23 tháng 7 năm 2012").
    pub date: String,
    /// Issuer as written ("Chính phủ", "Bộ trưởng Bộ Tư pháp").
    pub issuer: String,
    /// Subject ("về theo dõi tình hình thi hành pháp luật").
    pub subject: String,
}

/// What a top-level part of the plan is about.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// Mục đích, yêu cầu.
    Purpose,
    /// Lĩnh vực / nội dung theo dõi.
    Fields,
    /// Nội dung / hoạt động thực hiện.
    Activities,
    /// Kinh phí.
    Budget,
    /// Chế độ báo cáo.
    Reporting,
    /// Tổ chức thực hiện / trách nhiệm.
    Organisation,
    /// Anything else.
    #[default]
    Other,
}

/// A top-level part ("I. MỤC ĐÍCH, YÊU CẦU").
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Section {
    /// What the part is about.
    pub kind: SectionKind,
    /// Label as written ("I"); blank means automatic.
    pub label: String,
    /// Heading text without the label.
    pub heading: String,
    /// Paragraphs directly under the heading.
    pub paragraphs: Vec<String>,
    /// Numbered items (1. → 1.1. → a) → - → +).
    pub items: Vec<Item>,
}

/// A numbered item at any depth.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Item {
    /// Label as written ("1", "3.1", "a", "đ", "-", "+"); blank means automatic.
    pub label: String,
    /// Heading or first sentence.
    pub heading: String,
    /// Further paragraphs.
    pub paragraphs: Vec<String>,
    /// Agencies whose duties this item lists (organisation section).
    pub assignees: Vec<String>,
    /// Present when the item is an activity with its own lead, output, deadline.
    pub activity: Option<Activity>,
    /// Sub-items.
    pub items: Vec<Item>,
}

/// The activity fields of an item.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct Activity {
    /// Lead agencies ("chủ trì", "thực hiện").
    pub lead: Vec<String>,
    /// Partner agencies ("phối hợp").
    pub partners: Vec<String>,
    /// Output ("sản phẩm đầu ra").
    pub output: String,
    /// Scope ("phạm vi").
    pub scope: String,
    /// Target group ("đối tượng").
    pub target: String,
    /// Deadline as written ("Quý III năm 2025").
    pub deadline: String,
}

/// The signature block: authority lines, the signer's title and name.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct Signature {
    /// Lines with TM./KT./Q./TL./TUQ. ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH").
    pub authority: Vec<String>,
    /// The signer's title ("PHÓ CHỦ TỊCH").
    pub title: String,
    /// The signer's name.
    pub name: String,
}

/// A rule switched off for a part of the plan.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct Suppression {
    /// Rule code ("KH3002").
    pub code: String,
    /// JSON Pointer of the part; blank or "/" for the whole plan.
    pub path: String,
    /// Why the rule does not apply here.
    pub reason: String,
}

impl Plan {
    /// The plan year, falling back to the year of the plan's date.
    pub fn effective_year(&self) -> Option<i32> {
        self.year.or(self.date.year)
    }

    /// The day the plan is judged on (which agencies existed then): its date
    /// when complete and real, else 1 January of the plan year, else `None`.
    pub fn judged_on(&self) -> Option<NaiveDate> {
        let PartialDate { day, month, year } = self.date;
        if let (Some(day), Some(month), Some(year)) = (day, month, year) {
            if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
                return Some(date);
            }
        }
        NaiveDate::from_ymd_opt(self.effective_year()?, 1, 1)
    }
}

impl PartialDate {
    /// The date, when every part is filled in and the day exists.
    pub fn to_date(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year?, self.month?, self.day?)
    }

    /// The first and last day the date may still become; `None` without a year
    /// or with parts that cannot make a date.
    pub fn bounds(self) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
        use chrono::NaiveDate;
        let year = self.year?;
        let (first_month, last_month) = self.month.map_or((1, 12), |m| (m, m));
        let first = NaiveDate::from_ymd_opt(year, first_month, self.day.unwrap_or(1))?;
        let last = match self.day {
            Some(day) => NaiveDate::from_ymd_opt(year, last_month, day)?,
            None => {
                let next = match last_month {
                    12 => NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?,
                    m => NaiveDate::from_ymd_opt(year, m.checked_add(1)?, 1)?,
                };
                next.pred_opt()?
            }
        };
        Some((first, last))
    }
}
