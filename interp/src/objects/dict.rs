//! An insertion-ordered hash table keyed by Python values (CPython's compact dict layout): a
//! dense entry list in insertion order, and a sparse index table probed by hash. Key equality is
//! the caller's business, since it may need to run Python code (`__eq__`).

use serde::{Deserialize, Serialize};

use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Undef` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Dict {
    entries: Vec<Entry>,
    indices: Vec<u32>,
    len: usize,
}

/// What a native key comparison can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyEq {
    Equal,
    NotEqual,
    /// Equality needs Python code (`__eq__` of a user class).
    NeedsCall,
}

/// Result of a probe.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Probe {
    Found(usize),
    Missing,
    /// A candidate with the same hash needs `__eq__`: use `same_hash` and compare in the VM.
    NeedsCall,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        if n > 0 {
            d.entries.reserve(n);
            d.indices = vec![EMPTY; (n * 3 / 2).next_power_of_two().max(8)];
        }
        d
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn size_estimate(&self) -> u64 {
        (self.entries.len() * std::mem::size_of::<Entry>() + self.indices.len() * 4) as u64
    }

    pub fn children(&self, out: &mut Vec<Value>) {
        for e in &self.entries {
            if !matches!(e.key, Value::Undef) {
                out.push(e.key);
                out.push(e.value);
            }
        }
    }

    /// Number of entry slots, live or deleted: iteration positions run over `0..slots()`.
    #[inline]
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at position `i`, if any.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries
            .get(i)
            .filter(|e| !matches!(e.key, Value::Undef))
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Undef))
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Checks the invariants lookups rely on (for data from an untrusted snapshot): a
    /// power-of-two index table with a free slot, indices in range, the live count right.
    pub fn validate(&self) -> Result<(), String> {
        let n = self.indices.len();
        if n != 0 && !n.is_power_of_two() {
            return Err("dict index table size is not a power of two".into());
        }
        if n != 0 && !self.indices.contains(&EMPTY) {
            return Err("dict index table has no free slot".into());
        }
        if n == 0 && !self.entries.is_empty() {
            return Err("dict has entries but no index table".into());
        }
        for &ix in &self.indices {
            if ix != EMPTY && ix != DELETED && ix as usize >= self.entries.len() {
                return Err("dict index out of range".into());
            }
        }
        if self.iter().count() != self.len {
            return Err("dict length does not match its entries".into());
        }
        Ok(())
    }

    /// Finds the entry for `key` using a native comparison.
    pub fn probe(&self, hash: i64, mut eq: impl FnMut(Value) -> KeyEq) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing;
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut needs_call = false;
        loop {
            match self.indices[i] {
                EMPTY => {
                    return if needs_call {
                        Probe::NeedsCall
                    } else {
                        Probe::Missing
                    }
                }
                DELETED => {}
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash {
                        match eq(e.key) {
                            KeyEq::Equal => return Probe::Found(ix as usize),
                            KeyEq::NotEqual => {}
                            KeyEq::NeedsCall => needs_call = true,
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Positions of live entries whose hash equals `hash`, in insertion order: the slow path
    /// where keys must be compared by running `__eq__`.
    pub fn same_hash(&self, hash: i64) -> Vec<usize> {
        self.entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.hash == hash && !matches!(e.key, Value::Undef))
            .map(|(i, _)| i)
            .collect()
    }

    /// Adds a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.rebuild((self.len + 1) * 3);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] < DELETED {
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.indices[i] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
    }

    /// Compacts the entries and rebuilds the index table for at least `want` slots.
    fn rebuild(&mut self, want: usize) {
        self.entries.retain(|e| !matches!(e.key, Value::Undef));
        let size = want.next_power_of_two().max(8);
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
            self.indices[i] = ix as u32;
        }
    }

    pub fn set_value(&mut self, pos: usize, value: Value) {
        if let Some(e) = self.entries.get_mut(pos) {
            e.value = value;
        }
    }

    /// Removes the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = *self.entry(pos)?;
        let mask = self.mask();
        let mut perturb = e.hash as u64;
        let mut i = (e.hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == pos as u32 {
                self.indices[i] = DELETED;
                break;
            }
            if ix == EMPTY {
                break;
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        self.entries[pos].key = Value::Undef;
        self.entries[pos].value = Value::Undef;
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.indices.clear();
        }
        Some(e)
    }

    /// The last live entry (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        (0..self.entries.len())
            .rev()
            .find(|&i| self.entry(i).is_some())
    }

    pub fn clear(&mut self) {
        *self = Dict::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int_eq(k: i64) -> impl FnMut(Value) -> KeyEq {
        move |v| {
            if v == Value::Int(k) {
                KeyEq::Equal
            } else {
                KeyEq::NotEqual
            }
        }
    }

    #[test]
    fn insert_find_remove_keeps_order() {
        let mut d = Dict::new();
        for k in 0..100i64 {
            // Colliding hashes on purpose.
            d.insert_new(k % 7, Value::Int(k), Value::Int(k * 10));
        }
        assert_eq!(d.len(), 100);
        for k in 0..100i64 {
            match d.probe(k % 7, int_eq(k)) {
                Probe::Found(p) => assert_eq!(d.entry(p).unwrap().value, Value::Int(k * 10)),
                other => panic!("{k}: {other:?}"),
            }
        }
        for k in (0..100i64).step_by(2) {
            let Probe::Found(p) = d.probe(k % 7, int_eq(k)) else {
                panic!()
            };
            d.remove_at(p);
        }
        assert_eq!(d.len(), 50);
        assert_eq!(d.probe(4, int_eq(4)), Probe::Missing);
        let keys: Vec<_> = d.keys();
        let want: Vec<_> = (1..100).step_by(2).map(Value::Int).collect();
        assert_eq!(keys, want);
        d.insert_new(4, Value::Int(4), Value::None);
        assert_eq!(*d.keys().last().unwrap(), Value::Int(4));
    }
}
