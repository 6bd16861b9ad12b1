//! Labelled sub-items ("a) Cơ quan thực hiện: …", "- Thời gian: …") → the
//! activity fields of their parent item, and the agencies named by the
//! duties of the organisation part.

use super::draft::{cover, DraftActivity, DraftItem, DraftSection};
use super::names::{leading_names, looks_like_agency, split_names};
use super::tracked::Tracked;
use super::words::{fold_char, strip_any};
use crate::model::SectionKind;

/// Which activity field a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    /// "Đơn vị chủ trì", "Cơ quan thực hiện".
    Lead,
    /// "Cơ quan phối hợp".
    Partners,
    /// "Thời gian thực hiện", "Thời hạn …".
    Deadline,
    /// "Sản phẩm đầu ra".
    Output,
    /// "Phạm vi …".
    Scope,
    /// "Đối tượng …".
    Target,
}

/// Longest label taken, in characters ("Cơ quan, đơn vị thuộc đối tượng kiểm tra").
const MAX_LABEL_CHARS: usize = 60;

/// What a label names, compared without case or diacritics.
pub(crate) fn field_of_label(label: &str) -> Option<Field> {
    let folded: String = label.trim().chars().map(fold_char).collect();
    let subject = ["co quan", "don vi", "co quan, don vi", "co quan/don vi"]
        .iter()
        .any(|s| folded.starts_with(s));
    if (subject && (folded.ends_with("chu tri") || folded.ends_with("thuc hien")))
        || folded == "chu tri"
    {
        Some(Field::Lead)
    } else if (subject && folded.ends_with("phoi hop")) || folded == "phoi hop" {
        Some(Field::Partners)
    } else if ["thoi gian", "thoi han", "tien do", "thoi diem"]
        .iter()
        .any(|p| folded.starts_with(p))
    {
        Some(Field::Deadline)
    } else if folded.starts_with("san pham") || folded.starts_with("ket qua dau ra") {
        Some(Field::Output)
    } else if folded.starts_with("pham vi") {
        Some(Field::Scope)
    } else if folded.starts_with("doi tuong") || folded.contains(" doi tuong") {
        Some(Field::Target)
    } else {
        None
    }
}

/// "Label: value" → the field and its value, when the label names one.
pub(crate) fn labelled_field(text: &Tracked) -> Option<(Field, Tracked)> {
    let s = text.as_str();
    let colon = s.find(':')?;
    if s[..colon].chars().count() > MAX_LABEL_CHARS {
        return None;
    }
    let field = field_of_label(&s[..colon])?;
    Some((field, text.tail(colon + 1).trim()))
}

/// Turns labelled sub-items into activities, in every part, at every depth.
pub(crate) fn read_activities(sections: &mut [DraftSection]) {
    for section in sections {
        for item in &mut section.items {
            absorb_fields(item);
        }
    }
}

fn absorb_fields(item: &mut DraftItem) {
    for child in &mut item.items {
        absorb_fields(child);
    }
    let makes_activity = item.items.iter().any(|child| {
        matches!(
            labelled_field(&child.heading),
            Some((
                Field::Lead | Field::Partners | Field::Deadline | Field::Output,
                _
            ))
        )
    });
    if !makes_activity {
        return;
    }
    let mut activity = item.activity.take().unwrap_or_default();
    let mut kept = Vec::new();
    for child in std::mem::take(&mut item.items) {
        match labelled_field(&child.heading) {
            Some((field, value)) if accepts(&activity, field, &value, &child) => {
                apply(item, &mut activity, field, value, child);
            }
            _ => kept.push(child),
        }
    }
    item.items = kept;
    item.activity = Some(activity);
}

/// Whether `field` can still be filled from `child`: text fields are filled once,
/// and a text field with an empty value and sub-items stays an item.
fn accepts(activity: &DraftActivity, field: Field, value: &Tracked, child: &DraftItem) -> bool {
    let slot = match field {
        Field::Lead | Field::Partners => return true,
        Field::Deadline => &activity.deadline,
        Field::Output => &activity.output,
        Field::Scope => &activity.scope,
        Field::Target => &activity.target,
    };
    slot.is_none() && (!value.is_empty() || child.items.is_empty())
}

fn apply(
    item: &mut DraftItem,
    activity: &mut DraftActivity,
    field: Field,
    value: Tracked,
    child: DraftItem,
) {
    activity.span = if activity.span.is_empty() {
        child.span.clone()
    } else {
        cover(&activity.span, &child.span)
    };
    let stripped = value.trim_end_matches(&['.', ';', ',']);
    let names_from_sub_items =
        matches!(field, Field::Lead | Field::Partners) && stripped.is_empty();
    match field {
        Field::Lead | Field::Partners => {
            let names = agency_field(item, activity, &value, &stripped, &child);
            let (list, span) = if field == Field::Lead {
                (&mut activity.lead, &mut activity.lead_span)
            } else {
                (&mut activity.partners, &mut activity.partners_span)
            };
            list.extend(names);
            *span = Some(match span.take() {
                Some(s) => cover(&s, &child.span),
                None => child.span.clone(),
            });
        }
        Field::Deadline => activity.deadline = Some(stripped),
        Field::Output => activity.output = Some(stripped),
        Field::Scope => activity.scope = Some(stripped),
        Field::Target => activity.target = Some(stripped),
    }
    if !names_from_sub_items {
        item.items.extend(child.items);
    }
    item.paragraphs.extend(child.paragraphs);
    item.notes.extend(child.notes);
}

/// The names of a lead or partner field. A value that says more than names
/// ("Sở Tư pháp làm đầu mối tổng hợp …") is kept whole as a paragraph; a
/// field with no value lists its agencies in sub-items ("+ Các Sở, ngành: …").
fn agency_field(
    item: &mut DraftItem,
    activity: &mut DraftActivity,
    value: &Tracked,
    stripped: &Tracked,
    child: &DraftItem,
) -> Vec<Tracked> {
    if stripped.is_empty() {
        let mut names = Vec::new();
        for sub in &child.items {
            names.extend(leading_names(&sub.heading).0);
            item.paragraphs.push(sub.heading.clone());
            item.paragraphs.extend(sub.paragraphs.iter().cloned());
            item.items.extend(sub.items.iter().cloned());
        }
        return names;
    }
    let (names, only_names) = leading_names(stripped);
    if !only_names {
        item.paragraphs.push(value.clone());
        if let Some(at) = stripped.as_str().find("phối hợp với ") {
            let partners = stripped.tail(at + "phối hợp với ".len());
            activity.partners.extend(split_names(&partners));
        }
    }
    names
}

/// Phrases before the agencies in a duty heading ("Đề nghị Tòa án …", "Giao Sở Tư pháp:").
const DUTY_OPENERS: &[&str] = &["đề nghị", "giao", "yêu cầu"];

/// Names the agencies whose duties each item of an organisation part lists.
pub(crate) fn read_assignees(sections: &mut [DraftSection]) {
    for section in sections
        .iter_mut()
        .filter(|s| s.kind == SectionKind::Organisation)
    {
        for item in &mut section.items {
            name_assignees(item);
        }
    }
}

fn name_assignees(item: &mut DraftItem) {
    let heading = &item.heading;
    let start = strip_any(heading.as_str(), DUTY_OPENERS, false).map_or(0, |(_, len)| len);
    let rest = heading.tail(start).trim();
    let (names, _) = if looks_like_agency(rest.as_str()) {
        leading_names(&rest)
    } else {
        (Vec::new(), false)
    };
    if names.first().is_some_and(|n| looks_like_agency(n.as_str())) {
        item.assignees = names;
    }
    for child in &mut item.items {
        name_assignees(child);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_from_the_seeds() {
        for (label, field) in [
            ("Đơn vị chủ trì", Field::Lead),
            ("Cơ quan thực hiện", Field::Lead),
            ("Cơ quan, đơn vị thực hiện", Field::Lead),
            ("Cơ quan chủ trì", Field::Lead),
            ("Đơn vị phối hợp", Field::Partners),
            ("Cơ quan phối hợp", Field::Partners),
            ("Thời gian thực hiện", Field::Deadline),
            ("Thời gian hoàn thành", Field::Deadline),
            ("Thời gian", Field::Deadline),
            ("Thời hạn báo cáo", Field::Deadline),
            ("Sản phẩm đầu ra", Field::Output),
            ("Phạm vi kiểm tra", Field::Scope),
            ("Đối tượng theo dõi", Field::Target),
            ("Cơ quan, đơn vị thuộc đối tượng kiểm tra", Field::Target),
        ] {
            assert_eq!(field_of_label(label), Some(field), "{label}");
        }
        for label in [
            "Nội dung hoạt động",
            "Hình thức thực hiện",
            "Lĩnh vực khác",
            "Các Sở, ngành",
        ] {
            assert_eq!(field_of_label(label), None, "{label}");
        }
    }
}
