//! `str`: UTF-8 text that knows its length in code points, so indexing ASCII text is O(1), and
//! caches its hash.

use std::cell::Cell;

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PyStr {
    text: String,
    /// Length in code points.
    chars: usize,
    /// 0 = not computed yet.
    #[serde(skip)]
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(text: String) -> PyStr {
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            chars,
            hash: Cell::new(0),
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points, as `len()`.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// The code point at `index` (already normalised to `0..len`).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(index).map(|&b| b as char)
        } else {
            self.text.chars().nth(index)
        }
    }

    /// Byte offset of code point `index` (may be `len`).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(index)
                .map_or(self.text.len(), |(i, _)| i)
        }
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }
}

/// Hash of text: FNV-1a folded to avoid -1 and 0 (the cache's "unset"). CPython randomises str
/// hashes per process, so no program can depend on the values; ours only need to be stable
/// across processes so snapshots stay valid.
pub fn str_hash(text: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= h >> 29;
    let h = (h >> 1) as i64;
    match h {
        0 => 1,
        -1 => -2,
        h => h,
    }
}
