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

#[cfg(test)]
mod tests {
    use super::*;

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
