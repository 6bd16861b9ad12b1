//! Every text field of a plan with what it holds, for rules that read text
//! wherever it is. Pointers are built only when a finding needs one: these
//! walks run on every edit.

use crate::model::{Citation, Item, ItemRef, Plan, Pointer};

/// What a text field holds, which decides the rules that read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldKind {
    /// Running text: title, preamble, headings, paragraphs, output, scope, target, closing.
    Prose,
    /// A name or a short entry: place, issuer, agencies, recipients, signature.
    Name,
    /// The type, issuer or subject of a citation object (legal bases, parent plan).
    Citation,
    /// A footnote.
    Footnote,
    /// A number, symbol, date, label or deadline.
    Data,
}

/// The callback of a walk: the text, its kind, and how to point at it.
pub(crate) type Visit<'v> = dyn FnMut(&str, FieldKind, &dyn Fn() -> Pointer) + 'v;

/// The plan's own text fields — header, legal bases, preamble, parts'
/// headings and paragraphs, closing, recipients, signature, footnotes — not those of items.
pub(crate) fn plan_fields(plan: &Plan, visit: &mut Visit<'_>) {
    let root = Pointer::root;
    visit(&plan.issuer.parent, FieldKind::Name, &|| {
        root().key("issuer").key("parent")
    });
    visit(&plan.issuer.name, FieldKind::Name, &|| {
        root().key("issuer").key("name")
    });
    visit(&plan.number.number, FieldKind::Data, &|| {
        root().key("number").key("number")
    });
    visit(&plan.number.symbol, FieldKind::Data, &|| {
        root().key("number").key("symbol")
    });
    visit(&plan.place, FieldKind::Name, &|| root().key("place"));
    visit(&plan.title, FieldKind::Prose, &|| root().key("title"));
    for (i, citation) in plan.legal_bases.iter().enumerate() {
        citation_fields(citation, &|| root().key("legal_bases").index(i), visit);
    }
    visit(&plan.preamble, FieldKind::Prose, &|| root().key("preamble"));
    if let Some(parent) = &plan.parent_plan {
        citation_fields(parent, &|| root().key("parent_plan"), visit);
    }
    for (s, section) in plan.sections.iter().enumerate() {
        let at = || root().key("sections").index(s);
        visit(&section.label, FieldKind::Data, &|| at().key("label"));
        visit(&section.heading, FieldKind::Prose, &|| at().key("heading"));
        for (p, paragraph) in section.paragraphs.iter().enumerate() {
            visit(paragraph, FieldKind::Prose, &|| {
                at().key("paragraphs").index(p)
            });
        }
    }
    visit(&plan.closing, FieldKind::Prose, &|| root().key("closing"));
    for (r, recipient) in plan.recipients.iter().enumerate() {
        visit(recipient, FieldKind::Name, &|| {
            root().key("recipients").index(r)
        });
    }
    let signature = || root().key("signature");
    for (a, line) in plan.signature.authority.iter().enumerate() {
        visit(line, FieldKind::Name, &|| {
            signature().key("authority").index(a)
        });
    }
    visit(&plan.signature.title, FieldKind::Name, &|| {
        signature().key("title")
    });
    visit(&plan.signature.name, FieldKind::Name, &|| {
        signature().key("name")
    });
    for (f, footnote) in plan.footnotes.iter().enumerate() {
        visit(footnote, FieldKind::Footnote, &|| {
            root().key("footnotes").index(f)
        });
    }
}

fn citation_fields(citation: &Citation, at: &dyn Fn() -> Pointer, visit: &mut Visit<'_>) {
    visit(&citation.kind, FieldKind::Citation, &|| at().key("kind"));
    visit(&citation.number, FieldKind::Data, &|| at().key("number"));
    visit(&citation.date, FieldKind::Data, &|| at().key("date"));
    visit(&citation.issuer, FieldKind::Citation, &|| {
        at().key("issuer")
    });
    visit(&citation.subject, FieldKind::Citation, &|| {
        at().key("subject")
    });
}

/// One item's own text fields (not those of its sub-items).
pub(crate) fn item_fields(entry: &ItemRef<'_>, visit: &mut Visit<'_>) {
    own_fields(entry.item, &|| entry.path.clone(), visit);
}

/// Every text field: the plan's, then every item's, depth first.
pub(crate) fn all_fields(plan: &Plan, visit: &mut Visit<'_>) {
    plan_fields(plan, visit);
    for (s, section) in plan.sections.iter().enumerate() {
        let at = || Pointer::root().key("sections").index(s);
        items(&section.items, &at, visit);
    }
}

fn items(list: &[Item], parent: &dyn Fn() -> Pointer, visit: &mut Visit<'_>) {
    for (i, item) in list.iter().enumerate() {
        let at = || parent().key("items").index(i);
        own_fields(item, &at, visit);
        items(&item.items, &at, visit);
    }
}

fn own_fields(item: &Item, at: &dyn Fn() -> Pointer, visit: &mut Visit<'_>) {
    visit(&item.label, FieldKind::Data, &|| at().key("label"));
    visit(&item.heading, FieldKind::Prose, &|| at().key("heading"));
    for (p, paragraph) in item.paragraphs.iter().enumerate() {
        visit(paragraph, FieldKind::Prose, &|| {
            at().key("paragraphs").index(p)
        });
    }
    for (a, assignee) in item.assignees.iter().enumerate() {
        visit(assignee, FieldKind::Name, &|| {
            at().key("assignees").index(a)
        });
    }
    let Some(activity) = &item.activity else {
        return;
    };
    let activity_at = || at().key("activity");
    for (l, lead) in activity.lead.iter().enumerate() {
        visit(lead, FieldKind::Name, &|| {
            activity_at().key("lead").index(l)
        });
    }
    for (p, partner) in activity.partners.iter().enumerate() {
        visit(partner, FieldKind::Name, &|| {
            activity_at().key("partners").index(p)
        });
    }
    visit(&activity.output, FieldKind::Prose, &|| {
        activity_at().key("output")
    });
    visit(&activity.scope, FieldKind::Prose, &|| {
        activity_at().key("scope")
    });
    visit(&activity.target, FieldKind::Prose, &|| {
        activity_at().key("target")
    });
    visit(&activity.deadline, FieldKind::Data, &|| {
        activity_at().key("deadline")
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Activity, Section};

    #[test]
    fn walks_every_field_with_its_pointer() {
        let plan = Plan {
            title: "Kế hoạch".into(),
            sections: vec![Section {
                items: vec![Item {
                    items: vec![Item {
                        activity: Some(Activity {
                            lead: vec!["Sở Tư pháp".into()],
                            ..Activity::default()
                        }),
                        ..Item::default()
                    }],
                    ..Item::default()
                }],
                ..Section::default()
            }],
            ..Plan::default()
        };
        let mut seen = Vec::new();
        all_fields(&plan, &mut |text, kind, path| {
            if !text.is_empty() {
                seen.push((path().as_str().to_string(), kind));
            }
        });
        assert_eq!(
            seen,
            [
                ("/title".to_string(), FieldKind::Prose),
                (
                    "/sections/0/items/0/items/0/activity/lead/0".to_string(),
                    FieldKind::Name
                ),
            ]
        );
    }
}
