//! Walking the item tree with JSON Pointers, so every diagnostic can name its field.

use super::{Item, Plan};
use crate::time::{parse_deadline, DeadlineError, Timeframe};
use std::cell::OnceCell;

/// A JSON Pointer ("/sections/1/items/0/activity/deadline").
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Pointer(String);

impl Pointer {
    /// The pointer to the whole document.
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// This pointer extended by one key (escaped per RFC 6901).
    pub fn key(&self, key: &str) -> Self {
        let mut s = String::with_capacity(self.0.len() + key.len() + 1);
        s.push_str(&self.0);
        s.push('/');
        for c in key.chars() {
            match c {
                '~' => s.push_str("~0"),
                '/' => s.push_str("~1"),
                c => s.push(c),
            }
        }
        Pointer(s)
    }

    /// This pointer extended by an array index.
    pub fn index(&self, index: usize) -> Self {
        Pointer(format!("{}/{}", self.0, index))
    }

    /// The pointer text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `other` is this pointer or lies below it.
    pub fn contains(prefix: &str, other: &str) -> bool {
        let prefix = prefix.trim_end_matches('/');
        prefix.is_empty()
            || other == prefix
            || (other.starts_with(prefix) && other.as_bytes().get(prefix.len()) == Some(&b'/'))
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.0
    }
}

/// An item met while walking, with where it is.
pub struct ItemRef<'a> {
    /// Pointer to the item.
    pub path: Pointer,
    /// Index of the top-level section that holds it.
    pub section: usize,
    /// Nesting depth below the section (0 for its direct items).
    pub depth: usize,
    /// The item itself.
    pub item: &'a Item,
    /// The plan year, which completes deadlines that omit it.
    plan_year: Option<i32>,
    /// The activity's deadline, parsed once for all rules that read it.
    deadline: OnceCell<Option<Result<Timeframe, DeadlineError>>>,
}

impl ItemRef<'_> {
    /// The activity's deadline as interpreted, or `None` when the item is no activity.
    pub fn deadline(&self) -> Option<&Result<Timeframe, DeadlineError>> {
        self.deadline
            .get_or_init(|| {
                let activity = self.item.activity.as_ref()?;
                Some(parse_deadline(&activity.deadline, self.plan_year))
            })
            .as_ref()
    }
}

impl Plan {
    /// Every item of every section, depth first, in document order.
    pub fn items(&self) -> Vec<ItemRef<'_>> {
        let mut out = Vec::new();
        for (s, section) in self.sections.iter().enumerate() {
            let base = Pointer::root().key("sections").index(s);
            collect(
                &section.items,
                &base,
                (s, 0),
                self.effective_year(),
                &mut out,
            );
        }
        out
    }
}

impl Plan {
    /// The item at an item pointer ("/sections/2/items/0/items/1"), found by
    /// index without walking the rest of the plan.
    pub fn item_at(&self, pointer: &str) -> Option<ItemRef<'_>> {
        let mut tokens = pointer.strip_prefix("/sections/")?.split('/');
        let section: usize = tokens.next()?.parse().ok()?;
        let mut items = &self.sections.get(section)?.items;
        let mut found = None;
        let mut depth = 0;
        while let Some(key) = tokens.next() {
            if key != "items" {
                return None;
            }
            let item = items.get(tokens.next()?.parse::<usize>().ok()?)?;
            if found.is_some() {
                depth += 1;
            }
            found = Some(item);
            items = &item.items;
        }
        Some(ItemRef {
            path: Pointer(pointer.to_string()),
            section,
            depth,
            item: found?,
            plan_year: self.effective_year(),
            deadline: OnceCell::new(),
        })
    }
}

fn collect<'a>(
    items: &'a [Item],
    parent: &Pointer,
    (section, depth): (usize, usize),
    plan_year: Option<i32>,
    out: &mut Vec<ItemRef<'a>>,
) {
    for (i, item) in items.iter().enumerate() {
        let path = parent.key("items").index(i);
        out.push(ItemRef {
            path: path.clone(),
            section,
            depth,
            item,
            plan_year,
            deadline: OnceCell::new(),
        });
        collect(&item.items, &path, (section, depth + 1), plan_year, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_keys() {
        assert_eq!(Pointer::root().key("a/b~c").as_str(), "/a~1b~0c");
    }

    #[test]
    fn contains_respects_segments() {
        assert!(Pointer::contains("/sections/1", "/sections/1/items/0"));
        assert!(!Pointer::contains("/sections/1", "/sections/10"));
        assert!(Pointer::contains("", "/title"));
    }

    #[test]
    fn item_at_finds_nested_items() {
        let mut plan = Plan::default();
        let leaf = Item {
            heading: "leaf".into(),
            ..Item::default()
        };
        plan.sections.push(crate::model::Section {
            items: vec![Item {
                items: vec![Item::default(), leaf],
                ..Item::default()
            }],
            ..Default::default()
        });
        let found = plan.item_at("/sections/0/items/0/items/1").unwrap();
        assert_eq!((found.item.heading.as_str(), found.depth), ("leaf", 1));
        for bad in [
            "/sections/0",
            "/sections/0/items/2",
            "/sections/0/items/0/x/1",
            "/title",
        ] {
            assert!(plan.item_at(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn items_are_walked_depth_first() {
        let mut plan = Plan::default();
        let leaf = Item {
            heading: "leaf".into(),
            ..Item::default()
        };
        let parent = Item {
            heading: "parent".into(),
            items: vec![leaf],
            ..Item::default()
        };
        plan.sections.push(crate::model::Section {
            items: vec![parent],
            ..Default::default()
        });
        let paths: Vec<_> = plan
            .items()
            .iter()
            .map(|r| r.path.as_str().to_string())
            .collect();
        assert_eq!(
            paths,
            ["/sections/0/items/0", "/sections/0/items/0/items/0"]
        );
    }
}
