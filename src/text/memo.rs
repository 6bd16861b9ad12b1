//! Remembering what was read from a text field. Item checks run on every
//! keystroke of the edited item, and most of its fields did not change: a hash
//! lookup of an unchanged paragraph costs much less than scanning it again.

use crate::fast_map::{hash_bytes, same_bytes, FastMap};
use std::cell::RefCell;
use std::rc::Rc;
use std::thread::LocalKey;

/// The texts sharing one hash, with what was computed for each.
type Bucket<T> = Vec<(Box<str>, Rc<T>)>;

/// Bounded memo of `text → T` for one setting (`context`, e.g. the plan year),
/// keyed by the text's hash; texts sharing a hash are told apart by comparing them.
pub(crate) struct TextMemo<T, C> {
    context: Option<C>,
    entries: FastMap<u64, Bucket<T>>,
    count: usize,
}

impl<T, C> Default for TextMemo<T, C> {
    fn default() -> Self {
        TextMemo {
            context: None,
            entries: FastMap::default(),
            count: 0,
        }
    }
}

/// Entries kept before the memo starts afresh (bounds memory on huge plans).
const LIMIT: usize = 8192;

/// `compute(text)` for this `context`, remembered. Results depend only on
/// `text` and `context`, so the memo never changes an answer.
pub(crate) fn memoized<T, C: PartialEq + Copy>(
    memo: &'static LocalKey<RefCell<TextMemo<T, C>>>,
    text: &str,
    context: C,
    compute: impl FnOnce(&str) -> T,
) -> Rc<T> {
    let hash = hash_bytes(text.as_bytes());
    let found = memo.with(|m| {
        let mut m = m.borrow_mut();
        if m.context != Some(context) || m.count >= LIMIT {
            m.context = Some(context);
            m.entries.clear();
            m.count = 0;
        }
        m.entries.get(&hash).and_then(|bucket| {
            bucket
                .iter()
                .find(|(key, _)| same_bytes(key.as_bytes(), text.as_bytes()))
                .map(|(_, value)| Rc::clone(value))
        })
    });
    if let Some(found) = found {
        return found;
    }
    let value = Rc::new(compute(text));
    memo.with(|m| {
        let mut m = m.borrow_mut();
        m.count += 1;
        m.entries
            .entry(hash)
            .or_default()
            .push((text.into(), Rc::clone(&value)));
    });
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    thread_local! {
        static LENGTHS: RefCell<TextMemo<usize, i32>> = RefCell::default();
    }

    #[test]
    fn computes_once_per_text_and_context() {
        let calls = Cell::new(0);
        let len = |context: i32, text: &str| {
            *memoized(&LENGTHS, text, context, |t| {
                calls.set(calls.get() + 1);
                t.len()
            })
        };
        assert_eq!(len(2025, "Quý I"), 6);
        assert_eq!(len(2025, "Quý I"), 6);
        assert_eq!(calls.get(), 1);
        assert_eq!(len(2026, "Quý I"), 6);
        assert_eq!(calls.get(), 2);
    }
}
