//! Text fields addressed by JSON Pointer, without converting the plan to JSON:
//! the editor writes one field per keystroke.

use super::{Activity, Citation, Item, Plan, Section};

/// Where an edited text field sits, which decides what must be re-checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldScope {
    /// A header field, citation, recipient, signature or section-level text.
    Plan,
    /// A field of one item; the item's pointer is this many leading bytes of the field's.
    Item(usize),
}

/// The text field at `pointer`, for writing, with its scope.
pub fn text_mut<'a>(plan: &'a mut Plan, pointer: &str) -> Option<(&'a mut String, FieldScope)> {
    let rest = pointer.strip_prefix('/')?;
    let mut tokens = rest.split('/');
    let head = tokens.next()?;
    let field = match head {
        "title" => end(tokens, &mut plan.title)?,
        "place" => end(tokens, &mut plan.place)?,
        "preamble" => end(tokens, &mut plan.preamble)?,
        "closing" => end(tokens, &mut plan.closing)?,
        "issuer" => match tokens.next()? {
            "name" => end(tokens, &mut plan.issuer.name)?,
            "parent" => end(tokens, &mut plan.issuer.parent)?,
            _ => return None,
        },
        "number" => match tokens.next()? {
            "number" => end(tokens, &mut plan.number.number)?,
            "symbol" => end(tokens, &mut plan.number.symbol)?,
            _ => return None,
        },
        "legal_bases" => {
            let citation = plan.legal_bases.get_mut(index(tokens.next()?)?)?;
            citation_field(citation, tokens)?
        }
        "parent_plan" => citation_field(plan.parent_plan.as_mut()?, tokens)?,
        "recipients" => list_entry(&mut plan.recipients, tokens)?,
        "footnotes" => list_entry(&mut plan.footnotes, tokens)?,
        "signature" => match tokens.next()? {
            "title" => end(tokens, &mut plan.signature.title)?,
            "name" => end(tokens, &mut plan.signature.name)?,
            "authority" => list_entry(&mut plan.signature.authority, tokens)?,
            _ => return None,
        },
        "suppressions" => {
            let s = plan.suppressions.get_mut(index(tokens.next()?)?)?;
            match tokens.next()? {
                "code" => end(tokens, &mut s.code)?,
                "path" => end(tokens, &mut s.path)?,
                "reason" => end(tokens, &mut s.reason)?,
                _ => return None,
            }
        }
        "sections" => {
            let section = plan.sections.get_mut(index(tokens.next()?)?)?;
            return section_field(section, pointer, tokens);
        }
        _ => return None,
    };
    Some((field, FieldScope::Plan))
}

fn section_field<'a, 'p>(
    section: &'a mut Section,
    pointer: &'p str,
    mut tokens: std::str::Split<'p, char>,
) -> Option<(&'a mut String, FieldScope)> {
    let field = match tokens.next()? {
        "label" => end(tokens, &mut section.label)?,
        "heading" => end(tokens, &mut section.heading)?,
        "paragraphs" => list_entry(&mut section.paragraphs, tokens)?,
        "items" => {
            let mut item = section.items.get_mut(index(tokens.next()?)?)?;
            let mut item_end = item_pointer_end(pointer, 0)?;
            loop {
                match tokens.next()? {
                    "items" => {
                        item = item.items.get_mut(index(tokens.next()?)?)?;
                        item_end = item_pointer_end(pointer, item_end)?;
                    }
                    key => {
                        let field = item_field(item, key, tokens)?;
                        return Some((field, FieldScope::Item(item_end)));
                    }
                }
            }
        }
        _ => return None,
    };
    Some((field, FieldScope::Plan))
}

/// End (byte offset) of the next "/items/N" segment after `from`.
fn item_pointer_end(pointer: &str, from: usize) -> Option<usize> {
    let start = from + pointer.get(from..)?.find("/items/")? + "/items/".len();
    let digits = pointer
        .get(start..)?
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    Some(start + digits)
}

fn item_field<'a>(
    item: &'a mut Item,
    key: &str,
    tokens: std::str::Split<'_, char>,
) -> Option<&'a mut String> {
    match key {
        "label" => end(tokens, &mut item.label),
        "heading" => end(tokens, &mut item.heading),
        "paragraphs" => list_entry(&mut item.paragraphs, tokens),
        "assignees" => list_entry(&mut item.assignees, tokens),
        "activity" => activity_field(item.activity.as_mut()?, tokens),
        _ => None,
    }
}

fn activity_field<'a>(
    activity: &'a mut Activity,
    mut tokens: std::str::Split<'_, char>,
) -> Option<&'a mut String> {
    match tokens.next()? {
        "lead" => list_entry(&mut activity.lead, tokens),
        "partners" => list_entry(&mut activity.partners, tokens),
        "output" => end(tokens, &mut activity.output),
        "scope" => end(tokens, &mut activity.scope),
        "target" => end(tokens, &mut activity.target),
        "deadline" => end(tokens, &mut activity.deadline),
        _ => None,
    }
}

fn citation_field<'a>(
    citation: &'a mut Citation,
    mut tokens: std::str::Split<'_, char>,
) -> Option<&'a mut String> {
    match tokens.next()? {
        "kind" => end(tokens, &mut citation.kind),
        "number" => end(tokens, &mut citation.number),
        "date" => end(tokens, &mut citation.date),
        "issuer" => end(tokens, &mut citation.issuer),
        "subject" => end(tokens, &mut citation.subject),
        _ => None,
    }
}

fn list_entry<'a>(
    list: &'a mut [String],
    mut tokens: std::str::Split<'_, char>,
) -> Option<&'a mut String> {
    let entry = list.get_mut(index(tokens.next()?)?)?;
    end(tokens, entry)
}

/// The field itself, provided the pointer stops here.
fn end<'a>(mut tokens: std::str::Split<'_, char>, field: &'a mut String) -> Option<&'a mut String> {
    tokens.next().is_none().then_some(field)
}

fn index(token: &str) -> Option<usize> {
    if token.is_empty() || token.len() > 9 || !token.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    token.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Activity, Item, Section};

    fn plan() -> Plan {
        let leaf = Item {
            activity: Some(Activity {
                lead: vec!["Sở Tư pháp".into()],
                ..Activity::default()
            }),
            ..Item::default()
        };
        let parent = Item {
            items: vec![Item::default(), leaf],
            ..Item::default()
        };
        Plan {
            sections: vec![Section {
                items: vec![parent],
                ..Section::default()
            }],
            ..Plan::default()
        }
    }

    #[test]
    fn writes_nested_item_fields_with_their_scope() {
        let mut plan = plan();
        let (field, scope) =
            text_mut(&mut plan, "/sections/0/items/0/items/1/activity/deadline").unwrap();
        *field = "Quý II năm 2025".into();
        let item = "/sections/0/items/0/items/1";
        assert_eq!(scope, FieldScope::Item(item.len()));
        let (lead, _) = text_mut(&mut plan, "/sections/0/items/0/items/1/activity/lead/0").unwrap();
        assert_eq!(lead, "Sở Tư pháp");
        let deadline = &plan.sections[0].items[0].items[1]
            .activity
            .as_ref()
            .unwrap()
            .deadline;
        assert_eq!(deadline, "Quý II năm 2025");
    }

    #[test]
    fn header_fields_are_plan_scope() {
        let mut plan = plan();
        assert_eq!(text_mut(&mut plan, "/title").unwrap().1, FieldScope::Plan);
        assert_eq!(
            text_mut(&mut plan, "/sections/0/heading").unwrap().1,
            FieldScope::Plan
        );
    }

    #[test]
    fn refuses_paths_that_are_not_text_fields() {
        let mut plan = plan();
        for bad in [
            "",
            "/",
            "/title/x",
            "/year",
            "/sections/1/heading",
            "/sections/0/items/0/activity/deadline",
            "/sections/0/items/0/items/9/heading",
            "/sections/0/items/-1/heading",
            "/sections/0/items/99999999999999999999/heading",
            "/parent_plan/number",
        ] {
            assert!(text_mut(&mut plan, bad).is_none(), "{bad}");
        }
    }
}
