//! A hash map for short string keys on the per-keystroke path. The standard
//! SipHash guards against hostile keys from a network; here every key comes
//! from the officer's own plan, so a multiply-rotate hash (as in rustc's
//! FxHash) is safe and several times cheaper in WebAssembly.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` using [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// Multiply-rotate hasher over 8-byte words.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Whether two byte strings are equal, comparing eight bytes at a time:
/// WebAssembly's `memcmp` goes byte by byte, and memo keys are whole paragraphs.
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let (mut xs, mut ys) = (a.chunks_exact(8), b.chunks_exact(8));
    let words_equal = xs
        .by_ref()
        .zip(ys.by_ref())
        .all(|(x, y)| word(x) == word(y));
    words_equal && xs.remainder() == ys.remainder()
}

fn word(chunk: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(chunk);
    u64::from_le_bytes(bytes)
}

/// The hash of `bytes` as the fast map computes it.
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut hasher = FastHasher::default();
    hasher.write(bytes);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_bytes_by_words() {
        assert!(same_bytes(b"", b""));
        assert!(same_bytes(
            "Thường xuyên trong năm".as_bytes(),
            "Thường xuyên trong năm".as_bytes()
        ));
        assert!(!same_bytes(b"Quy III nam 2025", b"Quy IV nam 2025!"));
        assert!(!same_bytes(b"abcdefghij", b"abcdefghik"));
        assert!(!same_bytes(b"abc", b"abcd"));
    }

    #[test]
    fn distinguishes_keys_that_share_prefixes() {
        let mut map: FastMap<String, usize> = FastMap::default();
        for i in 0..2000 {
            map.insert(format!("/sections/2/items/{i}"), i);
        }
        for i in 0..2000 {
            assert_eq!(map.get(&format!("/sections/2/items/{i}")), Some(&i));
        }
        assert_eq!(map.get("/sections/2/items/2000"), None);
    }
}
