//! `set` and `frozenset`: CPython's open-addressing table (linear probes, then perturbation),
//! with the same growth and merge rules, so that sets iterate in the order CPython prints them.
//! Key equality is the caller's business (it may run `__eq__`).

use serde::{Deserialize, Serialize};

use crate::objects::dict::KeyEq;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
enum Slot {
    Empty,
    /// A removed key: probing continues past it.
    Dummy,
    Active {
        hash: i64,
        key: Value,
    },
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PySet {
    table: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` resumes its search.
    finger: usize,
}

impl Default for PySet {
    fn default() -> Self {
        PySet {
            table: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

/// Outcome of looking a key up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetProbe {
    Found(usize),
    Missing,
    /// A key with the same hash needs `__eq__`; compare `same_hash` candidates in the VM.
    NeedsCall,
}

impl PySet {
    pub fn new() -> PySet {
        PySet::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    pub fn size_estimate(&self) -> u64 {
        (self.table.len() * std::mem::size_of::<Slot>()) as u64
    }

    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend(self.keys());
    }

    /// Keys in table order: the iteration order.
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active { key, .. } => Some(*key),
                _ => None,
            })
            .collect()
    }

    /// (hash, key) pairs in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((*hash, *key)),
                _ => None,
            })
            .collect()
    }

    /// Checks the invariants probing relies on (for data from an untrusted snapshot): a
    /// power-of-two table with an empty slot, counts that match, the pop finger in range.
    pub fn validate(&self) -> Result<(), String> {
        let n = self.table.len();
        if n != 0 && (!n.is_power_of_two() || n < MIN_SIZE) {
            return Err("set table size is not a power of two".into());
        }
        if n != 0 && !self.table.iter().any(|s| matches!(s, Slot::Empty)) {
            return Err("set table has no empty slot".into());
        }
        let used = self
            .table
            .iter()
            .filter(|s| matches!(s, Slot::Active { .. }))
            .count();
        let dummies = self
            .table
            .iter()
            .filter(|s| matches!(s, Slot::Dummy))
            .count();
        if used != self.used || used + dummies != self.fill {
            return Err("set counts do not match its table".into());
        }
        if n != 0 && self.finger >= n {
            return Err("set pop position out of range".into());
        }
        Ok(())
    }

    /// Number of slots, for iteration by position.
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    pub fn key_at(&self, pos: usize) -> Option<Value> {
        match self.table.get(pos) {
            Some(Slot::Active { key, .. }) => Some(*key),
            _ => None,
        }
    }

    /// The probe sequence of CPython's `set_add_entry`/lookup: calls `visit` on each slot index
    /// until it returns false.
    fn walk(&self, hash: i64, mut visit: impl FnMut(usize) -> bool) {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                if !visit(i + j) {
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    pub fn probe(&self, hash: i64, mut eq: impl FnMut(Value) -> KeyEq) -> SetProbe {
        let mut result = SetProbe::Missing;
        let mut needs_call = false;
        self.walk(hash, |i| match self.table[i] {
            Slot::Empty => false,
            Slot::Dummy => true,
            Slot::Active { hash: h, key } => {
                if h == hash {
                    match eq(key) {
                        KeyEq::Equal => {
                            result = SetProbe::Found(i);
                            return false;
                        }
                        KeyEq::NotEqual => {}
                        KeyEq::NeedsCall => needs_call = true,
                    }
                }
                true
            }
        });
        if result == SetProbe::Missing && needs_call {
            SetProbe::NeedsCall
        } else {
            result
        }
    }

    /// Slots of active keys with this hash, in probe order.
    pub fn same_hash(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        self.walk(hash, |i| match self.table[i] {
            Slot::Empty => false,
            Slot::Dummy => true,
            Slot::Active { hash: h, .. } => {
                if h == hash {
                    out.push(i);
                }
                true
            }
        });
        out
    }

    /// Adds a key known to be absent (the tail of CPython's `set_add_entry`).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut freeslot = None;
        let mut unused = None;
        self.walk(hash, |i| match self.table[i] {
            Slot::Empty => {
                unused = Some(i);
                false
            }
            Slot::Dummy => {
                if freeslot.is_none() {
                    freeslot = Some(i);
                }
                true
            }
            Slot::Active { .. } => true,
        });
        if let Some(i) = freeslot {
            self.table[i] = Slot::Active { hash, key };
            self.used += 1;
            return;
        }
        let Some(i) = unused else { return };
        self.table[i] = Slot::Active { hash, key };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    fn insert_clean(table: &mut [Slot], hash: i64, key: Value) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(table[i], Slot::Empty) {
                table[i] = Slot::Active { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(table[i + j], Slot::Empty) {
                        table[i + j] = Slot::Active { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active { hash, key } = s {
                PySet::insert_clean(&mut self.table, hash, key);
            }
        }
        self.fill = self.used;
    }

    /// Merges `other` (a set) into this one, as CPython's `set_merge`; `contains` is not needed
    /// when this set is empty. Returns the keys that still need ordinary insertion.
    pub fn merge_from(&mut self, other: &PySet) -> Vec<(i64, Value)> {
        if other.used == 0 {
            return Vec::new();
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return Vec::new();
        }
        if self.fill == 0 {
            for s in &other.table {
                if let Slot::Active { hash, key } = s {
                    PySet::insert_clean(&mut self.table, *hash, *key);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            return Vec::new();
        }
        other.entries()
    }

    /// Grows the table before adding `n` keys from a dict, as CPython does.
    pub fn reserve_for_dict(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask() * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Value> {
        match self.table.get(pos).copied() {
            Some(Slot::Active { key, .. }) => {
                self.table[pos] = Slot::Dummy;
                self.used -= 1;
                Some(key)
            }
            _ => None,
        }
    }

    /// `set.pop()`: CPython's finger walk.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active { .. }) {
            i = (i + 1) & mask;
        }
        let key = self.remove_at(i);
        self.finger = i + 1;
        key
    }

    pub fn clear(&mut self) {
        *self = PySet::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn add(s: &mut PySet, i: i64) {
        if matches!(
            s.probe(i, |k| if k == Value::Int(i) {
                KeyEq::Equal
            } else {
                KeyEq::NotEqual
            }),
            SetProbe::Missing
        ) {
            s.insert_new(i, Value::Int(i));
        }
    }

    fn ints(s: &PySet) -> Vec<i64> {
        s.keys()
            .into_iter()
            .map(|v| match v {
                Value::Int(i) => i,
                _ => -999,
            })
            .collect()
    }

    #[test]
    fn small_ints_iterate_in_hash_order() {
        let mut s = PySet::new();
        for i in [3, 1, 2, 10, 7] {
            add(&mut s, i);
        }
        // Values recorded from CPython 3.13: list({3, 1, 2, 10, 7}) == [1, 2, 3, 7, 10]
        assert_eq!(ints(&s), [1, 2, 3, 7, 10]);
        assert_eq!(s.len(), 5);
    }

    #[test]
    fn removal_and_pop() {
        let mut s = PySet::new();
        for i in 0..20 {
            add(&mut s, i);
        }
        let SetProbe::Found(p) = s.probe(5, |k| {
            if k == Value::Int(5) {
                KeyEq::Equal
            } else {
                KeyEq::NotEqual
            }
        }) else {
            panic!()
        };
        s.remove_at(p);
        assert_eq!(s.len(), 19);
        assert_eq!(s.pop(), Some(Value::Int(0)));
        assert_eq!(s.pop(), Some(Value::Int(1)));
        add(&mut s, 5);
        assert!(ints(&s).contains(&5));
    }
}
