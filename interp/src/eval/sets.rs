//! Set operations on the VM: membership with Python equality, building sets the way CPython
//! does (so iteration order matches), and the set algebra.

use crate::compile::code::{BinOp, Cmp};
use crate::eval::{RtResult, Vm};
use crate::objects::set::SetProbe;
use crate::objects::{Obj, PySet};
use crate::value::{ObjId, Value};

impl Vm<'_> {
    fn set_ref(&self, id: ObjId) -> Option<&PySet> {
        match self.heap.get(id) {
            Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
            _ => None,
        }
    }

    fn set_mut(&mut self, id: ObjId) -> Option<&mut PySet> {
        match self.heap.get_mut(id) {
            Obj::Set(s) | Obj::FrozenSet(s) => Some(s),
            _ => None,
        }
    }

    pub fn is_set(&self, v: Value) -> bool {
        v.as_obj().is_some_and(|id| self.set_ref(id).is_some())
    }

    /// Slot of `key` in set `id`.
    pub fn set_find(&mut self, id: ObjId, key: Value, hash: i64) -> RtResult<Option<usize>> {
        let probe = match self.set_ref(id) {
            Some(s) => s.probe(hash, |k| self.key_eq(k, key)),
            None => return Ok(None),
        };
        match probe {
            SetProbe::Found(p) => Ok(Some(p)),
            SetProbe::Missing => Ok(None),
            SetProbe::NeedsCall => {
                let candidates = self
                    .set_ref(id)
                    .map(|s| s.same_hash(hash))
                    .unwrap_or_default();
                for pos in candidates {
                    let Some(k) = self.set_ref(id).and_then(|s| s.key_at(pos)) else {
                        continue;
                    };
                    if self.py_eq(k, key)? {
                        return Ok(Some(pos));
                    }
                }
                Ok(None)
            }
        }
    }

    fn set_add_hashed(&mut self, id: ObjId, key: Value, hash: i64) -> RtResult<()> {
        if self.set_find(id, key, hash)?.is_none() {
            self.heap.charge(24)?;
            if let Some(s) = self.set_mut(id) {
                s.insert_new(hash, key);
            }
        }
        Ok(())
    }

    pub fn set_add(&mut self, set: Value, item: Value) -> RtResult<()> {
        let Some(id) = set.as_obj() else {
            return Ok(());
        };
        let id = match self.heap.get(id) {
            Obj::Instance(i) => i.native.as_obj().unwrap_or(id),
            _ => id,
        };
        let h = self.hash(item)?;
        self.set_add_hashed(id, item, h)
    }

    /// The key a set looks `item` up by: a (mutable, unhashable) set is looked up as the
    /// frozenset of its members, as CPython's `set_contains`/`discard`/`remove` do.
    fn lookup_key(&mut self, item: Value) -> RtResult<Value> {
        let native = self.native_of(item);
        if matches!(
            native.as_obj().map(|id| self.heap.get(id)),
            Some(Obj::Set(_))
        ) {
            return self.new_set_from(native, true);
        }
        Ok(item)
    }

    pub fn set_contains(&mut self, set: Value, item: Value) -> RtResult<bool> {
        let set = self.native_of(set);
        let Some(id) = set.as_obj() else {
            return Ok(false);
        };
        let item = self.lookup_key(item)?;
        let h = self.hash(item)?;
        Ok(self.set_find(id, item, h)?.is_some())
    }

    /// Removes `item`; false when it was not there.
    pub fn set_discard(&mut self, set: Value, item: Value) -> RtResult<bool> {
        let set = self.native_of(set);
        let Some(id) = set.as_obj() else {
            return Ok(false);
        };
        let item = self.lookup_key(item)?;
        let h = self.hash(item)?;
        match self.set_find(id, item, h)? {
            Some(p) => {
                if let Some(s) = self.set_mut(id) {
                    s.remove_at(p);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Members of a set (or frozenset, or instance of a set subclass) in iteration order.
    pub fn set_keys(&self, v: Value) -> Vec<Value> {
        let v = self.native_of(v);
        v.as_obj()
            .and_then(|id| self.set_ref(id))
            .map(PySet::keys)
            .unwrap_or_default()
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> RtResult<Value> {
        let s = self.alloc(Obj::Set(PySet::new()))?;
        let id = s.as_obj().unwrap_or(ObjId(0));
        for it in items {
            let h = self.hash(it)?;
            self.set_add_hashed(id, it, h)?;
        }
        Ok(s)
    }

    /// `s.update(iterable)` with CPython's fast paths (they decide the iteration order).
    pub fn set_update(&mut self, set: Value, src: Value) -> RtResult<()> {
        let set = self.native_of(set);
        let Some(id) = set.as_obj() else {
            return Ok(());
        };
        let src_n = self.native_of(src);
        if let Some(other) = src_n.as_obj().and_then(|o| self.set_ref(o)).cloned() {
            let rest = match self.set_mut(id) {
                Some(s) => s.merge_from(&other),
                None => Vec::new(),
            };
            self.heap.charge(other.size_estimate())?;
            for (h, k) in rest {
                self.set_add_hashed(id, k, h)?;
            }
            return Ok(());
        }
        if let Some(Obj::Dict(d)) = src_n.as_obj().map(|o| self.heap.get(o)) {
            let entries: Vec<(i64, Value)> = d.iter().map(|e| (e.hash, e.key)).collect();
            if let Some(s) = self.set_mut(id) {
                s.reserve_for_dict(entries.len());
            }
            for (h, k) in entries {
                self.set_add_hashed(id, k, h)?;
            }
            return Ok(());
        }
        let it = self.get_iter(src)?;
        let mark = self.loop_mark();
        while let Some(x) = self.iter_next_in_loop(it, mark)? {
            self.tick(1)?;
            let h = self.hash(x)?;
            self.set_add_hashed(id, x, h)?;
        }
        Ok(())
    }

    /// `set(iterable)` / `frozenset(iterable)`.
    pub fn new_set_from(&mut self, src: Value, frozen: bool) -> RtResult<Value> {
        let s = self.alloc(Obj::Set(PySet::new()))?;
        self.set_update(s, src)?;
        if frozen {
            self.freeze(s);
        }
        Ok(s)
    }

    pub fn freeze(&mut self, s: Value) {
        if let Some(id) = s.as_obj() {
            if let Obj::Set(set) = self.heap.get_mut(id) {
                let set = std::mem::take(set);
                *self.heap.get_mut(id) = Obj::FrozenSet(set);
            }
        }
    }

    fn is_frozen(&self, v: Value) -> bool {
        matches!(
            self.native_of(v).as_obj().map(|id| self.heap.get(id)),
            Some(Obj::FrozenSet(_))
        )
    }

    fn set_len(&self, v: Value) -> usize {
        let v = self.native_of(v);
        v.as_obj()
            .and_then(|id| self.set_ref(id))
            .map_or(0, PySet::len)
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b`; the result has the kind (set/frozenset) of `a`.
    pub fn set_binary(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Value> {
        let frozen = self.is_frozen(a);
        let result = match op {
            BinOp::Or => {
                let r = self.new_set_from(a, false)?;
                self.set_update(r, b)?;
                r
            }
            BinOp::And => {
                // Iterate the smaller set, as CPython does.
                let (small, big) = if self.set_len(b) > self.set_len(a) {
                    (a, b)
                } else {
                    (b, a)
                };
                let r = self.new_set(Vec::new())?;
                for k in self.set_keys(small) {
                    if self.set_contains(big, k)? {
                        self.set_add(r, k)?;
                    }
                }
                r
            }
            BinOp::Sub => {
                if self.set_len(a) >> 2 > self.set_len(b) {
                    let r = self.new_set_from(a, false)?;
                    for k in self.set_keys(b) {
                        self.set_discard(r, k)?;
                    }
                    r
                } else {
                    let r = self.new_set(Vec::new())?;
                    for k in self.set_keys(a) {
                        if !self.set_contains(b, k)? {
                            self.set_add(r, k)?;
                        }
                    }
                    r
                }
            }
            BinOp::Xor => {
                let r = self.new_set_from(b, false)?;
                for k in self.set_keys(a) {
                    if !self.set_discard(r, k)? {
                        self.set_add(r, k)?;
                    }
                }
                r
            }
            _ => return Err(self.internal("bad set op")),
        };
        if frozen {
            self.freeze(result);
        }
        Ok(result)
    }

    /// `a op= b` for sets: mutates `a`.
    pub fn set_inplace(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Option<Value>> {
        if !self.is_set(self.native_of(b))
            || !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
        {
            return Ok(None);
        }
        match op {
            BinOp::Or => self.set_update(a, b)?,
            BinOp::Sub => {
                for k in self.set_keys(b) {
                    self.set_discard(a, k)?;
                }
            }
            BinOp::Xor => {
                for k in self.set_keys(b) {
                    if !self.set_discard(a, k)? {
                        self.set_add(a, k)?;
                    }
                }
            }
            _ => {
                let r = self.set_binary(op, a, b)?;
                let keys = self.set_keys(r);
                if let Some(id) = self.native_of(a).as_obj() {
                    if let Some(s) = self.set_mut(id) {
                        s.clear();
                    }
                }
                for k in keys {
                    self.set_add(a, k)?;
                }
            }
        }
        Ok(Some(a))
    }

    /// `<`, `<=`, `>`, `>=` between sets (subset relations).
    pub fn set_order(&mut self, op: Cmp, a: Value, b: Value) -> RtResult<Option<bool>> {
        if !self.is_set(self.native_of(a)) || !self.is_set(self.native_of(b)) {
            return Ok(None);
        }
        let (la, lb) = (self.set_len(a), self.set_len(b));
        let subset = |vm: &mut Vm, x: Value, y: Value| -> RtResult<bool> {
            for k in vm.set_keys(x) {
                if !vm.set_contains(y, k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(Some(match op {
            Cmp::Le => la <= lb && subset(self, a, b)?,
            Cmp::Lt => la < lb && subset(self, a, b)?,
            Cmp::Ge => la >= lb && subset(self, b, a)?,
            Cmp::Gt => la > lb && subset(self, b, a)?,
            _ => return Ok(None),
        }))
    }
}
