//! A set of quarters of one year, as written in "Quý II, III, IV năm 2025".

/// Quarters I–IV of a year, one bit each; never empty when built by the parser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quarters(u8);

impl Quarters {
    /// The quarters listed (1–4); `None` when the list is empty or a number is out of range.
    pub fn of(list: &[u32]) -> Option<Quarters> {
        let mut set = Quarters(0);
        for &quarter in list {
            set = set.with(quarter)?;
        }
        (set.0 != 0).then_some(set)
    }

    /// Whether quarter `quarter` (1–4) is in the set.
    pub fn contains(self, quarter: u32) -> bool {
        (1..=4).contains(&quarter) && self.0 & (1 << (quarter - 1)) != 0
    }

    /// The earliest quarter in the set.
    pub fn first(self) -> Option<u32> {
        (self.0 != 0).then(|| self.0.trailing_zeros() + 1)
    }

    /// The latest quarter in the set.
    pub fn last(self) -> Option<u32> {
        (self.0 != 0).then(|| u8::BITS - self.0.leading_zeros())
    }

    /// The quarters in order.
    pub fn iter(self) -> impl Iterator<Item = u32> {
        (1..=4).filter(move |&quarter| self.contains(quarter))
    }

    /// The set with `quarter` added; `None` outside 1–4.
    pub(super) fn with(self, quarter: u32) -> Option<Quarters> {
        (1..=4)
            .contains(&quarter)
            .then(|| Quarters(self.0 | (1 << (quarter - 1))))
    }

    /// The set with `from` through `to` added; `None` when the range runs backwards.
    pub(super) fn with_range(self, from: u32, to: u32) -> Option<Quarters> {
        if from > to {
            return None;
        }
        (from..=to).try_fold(self, Quarters::with)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_last_and_order() {
        let set = Quarters::of(&[4, 2, 3]).unwrap();
        assert_eq!(set.first(), Some(2));
        assert_eq!(set.last(), Some(4));
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![2, 3, 4]);
        assert!(!set.contains(1));
        assert!(!set.contains(5));
    }

    #[test]
    fn rejects_empty_and_out_of_range() {
        assert_eq!(Quarters::of(&[]), None);
        assert_eq!(Quarters::of(&[0]), None);
        assert_eq!(Quarters::of(&[5]), None);
    }

    #[test]
    fn ranges_run_forwards_only() {
        let one = Quarters::of(&[1]).unwrap();
        assert_eq!(one.with_range(2, 4), Quarters::of(&[1, 2, 3, 4]));
        assert_eq!(one.with_range(4, 2), None);
    }
}
