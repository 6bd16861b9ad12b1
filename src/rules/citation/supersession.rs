//! Whether a known document was still in force on a day and, if not, why and
//! what to cite instead. Three reasons, each as sure as the data behind it:
//! its own validity ended; the document recorded as replacing it had taken
//! effect; or the document it amends or details had ended — a detailing or
//! amending text lapses with the text it serves (Luật Ban hành văn bản quy
//! phạm pháp luật). The surest reason wins; facts marked "open" give none.

use super::cited::{self, Cited, Place};
use super::plan_date::PlanDate;
use crate::model::Plan;
use crate::reference::documents::{lookup_key, Confidence, Documents, LegalDocument};
use crate::rules::format::numeric_date;
use chrono::NaiveDate;

/// How far up "amends or details" links are followed.
const MAX_PARENTS: usize = 4;

/// Why a document was no longer in force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reason<'d> {
    /// Its own validity had ended.
    Ended,
    /// The document recorded as its replacement had taken effect.
    Replaced,
    /// The document it amends or details had ended.
    ParentEnded(&'d LegalDocument),
}

/// A document that was no longer in force on the day asked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Supersession<'d> {
    /// Why.
    pub reason: Reason<'d>,
    /// The first day it was no longer in force.
    pub since: NaiveDate,
    /// The document to cite instead, when known.
    pub replacement: Option<&'d LegalDocument>,
    /// How sure this is: the weakest fact it rests on.
    pub confidence: Confidence,
}

/// A basis of the plan that was no longer in force on the plan's date.
pub(crate) struct SupersededBasis<'a, 'd> {
    /// Where the plan cites it first.
    pub citation: Cited<'a>,
    /// The document.
    pub document: &'d LegalDocument,
    /// Why it was no longer in force.
    pub supersession: Supersession<'d>,
    /// The plan's date it was checked against.
    pub plan_date: PlanDate,
}

/// The plan's bases — legal bases, parent plan, and the citations of the
/// preamble that are not named inside another one's subject — each document
/// once, that were no longer in force on the first day the plan's date allows.
pub(crate) fn superseded_bases<'a, 'd>(
    plan: &'a Plan,
    docs: &'d Documents,
) -> Vec<SupersededBasis<'a, 'd>> {
    let Some(plan_date) = PlanDate::of(plan) else {
        return Vec::new();
    };
    let on = plan_date.earliest;
    let mut bases = cited::structured(plan);
    bases.extend(
        cited::written(&plan.preamble, || {
            crate::model::Pointer::root().key("preamble")
        })
        .into_iter()
        .filter(|c| !matches!(c.place, Place::Written { nested: true, .. })),
    );
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for citation in bases {
        let Some(document) = docs.find(&citation.number) else {
            continue;
        };
        let key = lookup_key(&document.number);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        if let Some(supersession) = supersession(docs, document, on) {
            out.push(SupersededBasis {
                citation,
                document,
                supersession,
                plan_date,
            });
        }
    }
    out
}

impl SupersededBasis<'_, '_> {
    /// What happened to the document, in Vietnamese and English.
    pub(crate) fn describe(&self) -> (String, String) {
        let label = self.citation.label();
        let since = numeric_date(self.supersession.since);
        let (plan_vi, plan_en) = self.plan_date.describe();
        let (mut vi, mut en) = match self.supersession.reason {
            Reason::Ended => (
                format!("{label} đã hết hiệu lực từ ngày {since}, trước ngày của kế hoạch ({plan_vi})"),
                format!("{label} has not been in force since {since}, before the plan's date ({plan_en})"),
            ),
            Reason::Replaced => (
                format!("{label} đã được thay thế từ ngày {since}, trước ngày của kế hoạch ({plan_vi})"),
                format!("{label} was replaced on {since}, before the plan's date ({plan_en})"),
            ),
            Reason::ParentEnded(parent) => (
                format!(
                    "{label} hết hiệu lực cùng {} {} mà nó sửa đổi hoặc hướng dẫn, từ ngày {since}, trước ngày của kế hoạch ({plan_vi})",
                    parent.kind, parent.number
                ),
                format!(
                    "{label} lapsed on {since} with {} {}, which it amends or details, before the plan's date ({plan_en})",
                    parent.kind, parent.number
                ),
            ),
        };
        if let Some(next) = self.supersession.replacement {
            vi.push_str(&format!(
                "; văn bản thay thế: {} {}",
                next.kind, next.number
            ));
            en.push_str(&format!("; replaced by {} {}", next.kind, next.number));
        }
        (vi, en)
    }

    /// How to cite the replacement, when there is one.
    pub(crate) fn advice(&self) -> Option<(String, String)> {
        let next = self.supersession.replacement?;
        let issued = next.issued.map(numeric_date).unwrap_or_default();
        Some((
            format!(
                "Căn cứ vào {} số {} ngày {issued} của {} về {}.",
                next.kind, next.number, next.issuer, next.subject
            ),
            format!(
                "Cite {} {} of {issued} ({}) instead.",
                next.kind, next.number, next.issuer
            ),
        ))
    }
}

/// Whether `doc` was no longer in force on `on`, and why.
pub(crate) fn supersession<'d>(
    docs: &'d Documents,
    doc: &'d LegalDocument,
    on: NaiveDate,
) -> Option<Supersession<'d>> {
    let ended = ended_before(doc, on).map(|since| Supersession {
        reason: Reason::Ended,
        since,
        replacement: replacement_of(docs, doc),
        confidence: doc.confidence,
    });
    let replaced = doc
        .replaced_by
        .as_deref()
        .and_then(|number| docs.find(number))
        .and_then(|next| {
            let since = next.valid_from.or(next.issued)?;
            (since <= on).then_some(Supersession {
                reason: Reason::Replaced,
                since,
                replacement: Some(next),
                confidence: weakest(doc.confidence, next.confidence),
            })
        });
    let parent_ended = parents(docs, doc).find_map(|parent| {
        ended_before(parent, on).map(|since| Supersession {
            reason: Reason::ParentEnded(parent),
            since,
            replacement: replacement_of(docs, parent),
            confidence: parent.confidence,
        })
    });
    [ended, replaced, parent_ended]
        .into_iter()
        .flatten()
        .filter(|s| s.confidence != Confidence::Open)
        .fold(None, |best: Option<Supersession<'d>>, next| match best {
            Some(b) if rank(b.confidence) >= rank(next.confidence) => Some(b),
            _ => Some(next),
        })
}

/// The first day after the document's last day in force, if that is on or before `on`.
fn ended_before(doc: &LegalDocument, on: NaiveDate) -> Option<NaiveDate> {
    let last = doc.valid_until.filter(|last| *last < on)?;
    last.succ_opt()
}

/// The recorded replacement, or the replacement of the document it serves.
fn replacement_of<'d>(docs: &'d Documents, doc: &'d LegalDocument) -> Option<&'d LegalDocument> {
    std::iter::once(doc)
        .chain(parents(docs, doc))
        .find_map(|d| {
            d.replaced_by
                .as_deref()
                .and_then(|number| docs.find(number))
        })
}

/// The documents `doc` amends or details, nearest first.
fn parents<'d>(
    docs: &'d Documents,
    doc: &'d LegalDocument,
) -> impl Iterator<Item = &'d LegalDocument> {
    std::iter::successors(Some(doc), |d| {
        d.parent.as_deref().and_then(|n| docs.find(n))
    })
    .skip(1)
    .take(MAX_PARENTS)
}

fn weakest(a: Confidence, b: Confidence) -> Confidence {
    if rank(a) <= rank(b) {
        a
    } else {
        b
    }
}

fn rank(confidence: Confidence) -> u8 {
    match confidence {
        Confidence::Confirmed => 2,
        Confidence::Likely => 1,
        Confidence::Open => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn check(number: &str, on: NaiveDate) -> Option<(Confidence, String, NaiveDate)> {
        let docs = Documents::builtin();
        let doc = docs.find(number).unwrap();
        supersession(&docs, doc, on).map(|s| {
            (
                s.confidence,
                s.replacement.map(|r| r.number.clone()).unwrap_or_default(),
                s.since,
            )
        })
    }

    #[test]
    fn decrees_of_2012_and_2020_end_on_1_april_2025() {
        assert_eq!(check("59/2012/NĐ-CP", day(2025, 3, 31)), None);
        let ended = Some((
            Confidence::Confirmed,
            "80/2025/NĐ-CP".to_string(),
            day(2025, 4, 1),
        ));
        assert_eq!(check("59/2012/NĐ-CP", day(2026, 1, 1)), ended);
        assert_eq!(check("32/2020/NĐ-CP", day(2025, 4, 1)), ended);
        // The circular's own entry is "likely", but it lapses with the confirmed decree.
        assert_eq!(check("04/2021/TT-BTP", day(2026, 1, 1)), ended);
        assert_eq!(check("04/2021/TT-BTP", day(2025, 1, 1)), None);
    }

    #[test]
    fn the_2014_circular_is_only_likely_replaced_in_2021() {
        assert_eq!(check("14/2014/TT-BTP", day(2021, 6, 20)), None);
        assert_eq!(
            check("14/2014/TT-BTP", day(2024, 1, 15)),
            Some((
                Confidence::Likely,
                "04/2021/TT-BTP".to_string(),
                day(2021, 6, 21)
            ))
        );
        assert_eq!(
            check("14/2014/TT-BTP", day(2026, 1, 1)).map(|s| s.0),
            Some(Confidence::Confirmed)
        );
    }

    #[test]
    fn documents_in_force_are_not_superseded() {
        assert_eq!(check("80/2025/NĐ-CP", day(2026, 1, 1)), None);
        assert_eq!(check("30/2020/NĐ-CP", day(2026, 1, 1)), None);
        assert_eq!(check("08/2024/TT-BTP", day(2026, 1, 1)), None);
    }
}
