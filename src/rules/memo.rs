//! A memo of pure analyses of text fields. Plan-wide checks run again on every
//! edit, yet most fields have not changed since the last run: each distinct
//! text is analysed once. Bounded; emptied when full.

use crate::fast_map::FastMap;
use std::cell::RefCell;

/// Results of one analysis by text, for one thread.
pub(crate) struct Memo<T> {
    entries: RefCell<FastMap<String, (usize, T)>>,
}

impl<T> Default for Memo<T> {
    fn default() -> Self {
        Memo {
            entries: RefCell::default(),
        }
    }
}

/// Distinct texts kept before the memo is emptied.
const LIMIT: usize = 4096;

impl<T: Clone> Memo<T> {
    /// The result of `analyse(text)`, computed once per text and `data` — the
    /// address of the reference data the analysis reads, so a context with
    /// other data never sees these results.
    pub(crate) fn get_or(&self, text: &str, data: usize, analyse: impl FnOnce(&str) -> T) -> T {
        if let Some((owner, found)) = self.entries.borrow().get(text) {
            if *owner == data {
                return found.clone();
            }
        }
        let found = analyse(text);
        let mut entries = self.entries.borrow_mut();
        if entries.len() >= LIMIT {
            entries.clear();
        }
        entries.insert(text.to_string(), (data, found.clone()));
        found
    }
}

/// The address of `data`, as the memo's owner tag.
pub(crate) fn owner<D>(data: &D) -> usize {
    data as *const D as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyses_once_per_text_and_owner() {
        let memo: Memo<usize> = Memo::default();
        let mut calls = 0;
        let mut count = |t: &str| {
            calls += 1;
            t.len()
        };
        assert_eq!(memo.get_or("Sở Tư pháp", 1, &mut count), "Sở Tư pháp".len());
        assert_eq!(memo.get_or("Sở Tư pháp", 1, &mut count), "Sở Tư pháp".len());
        assert_eq!(memo.get_or("Sở Tư pháp", 2, &mut count), "Sở Tư pháp".len());
        assert_eq!(calls, 2);
    }
}
