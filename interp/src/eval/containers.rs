//! Container operations shared by instructions and builtins: dict and set access with Python
//! key equality, subscripting with indices and slices, `in`, and set algebra.

use crate::eval::call::Prepared;
use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::objects::dict::{KeyEq, Probe};
use crate::objects::{Dict, Obj, PyStr};
use crate::types::Ty;
use crate::value::{ObjId, Value};

/// Resolved start, stop, step and length of a slice over a sequence of `len` items.
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIdx {
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let (start, step, len) = (self.start, self.step, self.len);
        (0..len).map(move |i| (start + i as i64 * step) as usize)
    }
}

impl Vm<'_> {
    fn dict_of(&self, id: ObjId) -> Option<&Dict> {
        match self.heap.get(id) {
            Obj::Dict(d) => Some(d),
            Obj::Instance(i) => match i.native {
                Value::Obj(n) => self.dict_of(n),
                _ => None,
            },
            _ => None,
        }
    }

    fn dict_of_mut(&mut self, id: ObjId) -> Option<&mut Dict> {
        let target = match self.heap.get(id) {
            Obj::Instance(i) => match i.native {
                Value::Obj(n) => n,
                _ => return None,
            },
            _ => id,
        };
        match self.heap.get_mut(target) {
            Obj::Dict(d) => Some(d),
            _ => None,
        }
    }

    /// Native key comparison for probing: strings and numbers compare without Python code.
    pub(crate) fn key_eq(&self, a: Value, b: Value) -> KeyEq {
        if a.is(b) {
            return KeyEq::Equal;
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return bool_eq(x == y),
            (Value::Obj(x), Value::Obj(y)) => {
                if let (Obj::Str(p), Obj::Str(q)) = (self.heap.get(x), self.heap.get(y)) {
                    return bool_eq(p.as_str() == q.as_str());
                }
            }
            _ => {}
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            if !matches!(a, Value::Obj(_))
                || !matches!(b, Value::Obj(_))
                || self.is_plain_num(a) && self.is_plain_num(b)
            {
                return bool_eq(crate::eval::ops::num_eq(&x, &y));
            }
        }
        KeyEq::NeedsCall
    }

    fn is_plain_num(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => matches!(self.heap.get(id), Obj::BigInt(_) | Obj::Complex(..)),
            _ => true,
        }
    }

    /// Position of `key` in the dict or set `id`.
    pub fn dict_find(&mut self, id: ObjId, key: Value, hash: i64) -> RtResult<Option<usize>> {
        let probe = match self.dict_of(id) {
            Some(d) => d.probe(hash, |k| self.key_eq(k, key)),
            None => return Ok(None),
        };
        match probe {
            Probe::Found(p) => Ok(Some(p)),
            Probe::Missing => Ok(None),
            Probe::NeedsCall => {
                let candidates = self
                    .dict_of(id)
                    .map(|d| d.same_hash(hash))
                    .unwrap_or_default();
                for pos in candidates {
                    let k = match self.dict_of(id).and_then(|d| d.entry(pos)) {
                        Some(e) => e.key,
                        None => continue,
                    };
                    if self.py_eq(k, key)? {
                        return Ok(Some(pos));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_get(&mut self, id: ObjId, key: Value) -> RtResult<Option<Value>> {
        let h = self.hash(key)?;
        Ok(self
            .dict_find(id, key, h)?
            .and_then(|p| self.dict_of(id).and_then(|d| d.entry(p)).map(|e| e.value)))
    }

    pub fn dict_set(&mut self, id: ObjId, key: Value, value: Value) -> RtResult<()> {
        let h = self.hash(key)?;
        match self.dict_find(id, key, h)? {
            Some(p) => {
                if let Some(d) = self.dict_of_mut(id) {
                    d.set_value(p, value);
                }
            }
            None => {
                self.heap.charge(40)?;
                if let Some(d) = self.dict_of_mut(id) {
                    d.insert_new(h, key, value);
                }
            }
        }
        Ok(())
    }

    pub fn dict_remove(&mut self, id: ObjId, key: Value) -> RtResult<Option<Value>> {
        let h = self.hash(key)?;
        match self.dict_find(id, key, h)? {
            Some(p) => Ok(self
                .dict_of_mut(id)
                .and_then(|d| d.remove_at(p))
                .map(|e| e.value)),
            None => Ok(None),
        }
    }

    /// `(key, value)` pairs of a dict value (for `**kwargs`).
    pub fn dict_items_of(&self, v: Value) -> Vec<(Value, Value)> {
        match v.as_obj().and_then(|id| self.dict_of(id)) {
            Some(d) => d.iter().map(|e| (e.key, e.value)).collect(),
            None => Vec::new(),
        }
    }

    /// `d.update(src)` (or `{**a, **b}` merging when `merge` refuses duplicates).
    pub fn dict_update_from(&mut self, d: Value, src: Value, merge: bool) -> RtResult<()> {
        let Some(did) = d.as_obj() else {
            return Ok(());
        };
        let is_mapping = src.as_obj().is_some_and(|id| {
            matches!(self.heap.get(id), Obj::Dict(_))
                || self.dict_of(id).is_some()
                    && !matches!(self.heap.get(id), Obj::Set(_) | Obj::FrozenSet(_))
        });
        if is_mapping {
            for (k, v) in self.dict_items_of(src) {
                if merge && self.dict_get(did, k)?.is_some() {
                    let ks = self.repr(k)?;
                    return Err(self.type_error(format!(
                        "function got multiple values for keyword argument {ks}"
                    )));
                }
                self.dict_set(did, k, v)?;
            }
            return Ok(());
        }
        if let Some(keys) = self.lookup_user_method(src, "keys") {
            let ks = self.call_value(keys, vec![src], Vec::new())?;
            let ks = self.collect_iterable(ks)?;
            for k in ks {
                let v = self.getitem(src, k)?;
                self.dict_set(did, k, v)?;
            }
            return Ok(());
        }
        if merge {
            let tn = self.type_name(src);
            return Err(self.type_error(format!("argument after ** must be a mapping, not {tn}")));
        }
        let items = self.collect_iterable(src)?;
        for (i, item) in items.into_iter().enumerate() {
            let pair = self.collect_iterable(item).map_err(|_| {
                let tn = self.type_name(item);
                self.type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                ))
                .with_type_name(tn)
            })?;
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            self.dict_set(did, pair[0], pair[1])?;
        }
        Ok(())
    }

    pub fn list_append(&mut self, list: Value, v: Value) -> RtResult<()> {
        self.heap.charge(16)?;
        if let Some(id) = list.as_obj() {
            let target = match self.heap.get(id) {
                Obj::Instance(i) => i.native.as_obj().unwrap_or(id),
                _ => id,
            };
            if let Obj::List(l) = self.heap.get_mut(target) {
                l.push(v);
            }
        }
        Ok(())
    }

    /// An index into a sequence of `len`, normalised, or IndexError with the type's message.
    /// `what` names the type in the TypeError ("list indices must be …"), `range_what` the
    /// IndexError ("list assignment index out of range"; empty for bytes' bare message).
    pub fn seq_index(
        &mut self,
        idx: Value,
        len: usize,
        what: &str,
        range_what: &str,
    ) -> RtResult<usize> {
        let i = match self.num(idx) {
            Some(Num::Int(i)) if !matches!(idx, Value::Float(_)) => i,
            Some(Num::Big(_)) => {
                return Err(self.err(
                    Ty::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            _ if self.lookup_user_method(idx, "__index__").is_some() => self.index_of(idx)?,
            _ => {
                let i = self.index_of(idx).map_err(|_| {
                    let tn = self.type_name(idx);
                    if what == "string" {
                        self.type_error(format!("string indices must be integers, not '{tn}'"))
                    } else {
                        self.type_error(format!(
                            "{what} indices must be integers or slices, not {tn}"
                        ))
                    }
                })?;
                i
            }
        };
        let n = len as i128;
        let j = if i < 0 { i as i128 + n } else { i as i128 };
        if j < 0 || j >= n {
            let msg = if range_what.is_empty() {
                "index out of range".to_string()
            } else {
                format!("{range_what} index out of range")
            };
            return Err(self.err(Ty::IndexError, msg));
        }
        Ok(j as usize)
    }

    /// `operator.index(v)`: ints, bools and objects with `__index__`.
    pub fn index_of(&mut self, v: Value) -> RtResult<i64> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(b as i64),
            _ => {
                if let Some(m) = self.lookup_user_method(v, "__index__") {
                    let r = self.call_value(m, vec![v], Vec::new())?;
                    let is_int = matches!(self.num(r), Some(Num::Int(_) | Num::Big(_)))
                        && !matches!(self.native_of(r), Value::Float(_));
                    if !is_int {
                        let rn = self.type_name(r);
                        return Err(
                            self.type_error(format!("__index__ returned non-int (type {rn})"))
                        );
                    }
                    return self.index_of(r);
                }
                if let Some(Num::Big(_)) = self.num(v) {
                    if !self.is_user_instance_pub(v) {
                        return Err(self.err(
                            Ty::OverflowError,
                            "Python int too large to convert to C ssize_t",
                        ));
                    }
                }
                if self.has_native(v) {
                    let n = self.native_of(v);
                    if matches!(n, Value::Int(_)) {
                        return self.index_of(n);
                    }
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    pub fn is_user_instance_pub(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => {
                matches!(self.heap.get(id), Obj::Instance(i) if matches!(i.class, crate::objects::ClassRef::User(_)))
            }
            _ => false,
        }
    }

    /// Resolves a slice object against a length, as `slice.indices`.
    pub fn slice_indices(&mut self, slice: Value, len: usize) -> RtResult<SliceIdx> {
        let (start, stop, step) = match slice.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::Slice { start, stop, step }) => (*start, *stop, *step),
            _ => return Err(self.internal("not a slice")),
        };
        let conv = |vm: &mut Vm, v: Value| -> RtResult<Option<i64>> {
            if v.is_none() {
                return Ok(None);
            }
            match vm.num(v) {
                Some(Num::Big(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => vm.index_of(v).map(Some).map_err(|_| {
                    vm.type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            }
        };
        let step = conv(self, step)?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let n = len as i64;
        let (lower, upper) = if step < 0 { (-1, n - 1) } else { (0, n) };
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(i) if i < 0 => (i + n).max(lower),
                Some(i) => i.min(upper),
            }
        };
        let start_v = conv(self, start)?;
        let stop_v = conv(self, stop)?;
        let start = clamp(start_v, if step < 0 { upper } else { lower });
        let stop = clamp(stop_v, if step < 0 { lower } else { upper });
        // In i128: `-step` overflows i64 for step = i64::MIN.
        let (start128, stop128, step128) = (i128::from(start), i128::from(stop), i128::from(step));
        let count = if step > 0 {
            if stop > start {
                (stop128 - start128 - 1) / step128 + 1
            } else {
                0
            }
        } else if start > stop {
            (start128 - stop128 - 1) / (-step128) + 1
        } else {
            0
        };
        let count = i64::try_from(count).unwrap_or(0);
        Ok(SliceIdx {
            start,
            stop,
            step,
            len: count as usize,
        })
    }

    fn is_slice(&self, v: Value) -> bool {
        v.as_obj()
            .is_some_and(|id| matches!(self.heap.get(id), Obj::Slice { .. }))
    }

    /// `obj[key]`, or a frame to push for a user `__getitem__`.
    pub fn prepare_getitem(&mut self, obj: Value, key: Value) -> RtResult<Prepared> {
        if let Some(m) = self.lookup_user_method(obj, "__getitem__") {
            return self.prepare_call(m, vec![obj, key], Vec::new());
        }
        if let Value::Type(_) = obj {
            // `list[int]` and friends in annotations: a generic alias we treat as the type.
            return Ok(Prepared::Value(obj));
        }
        self.getitem_native(obj, key).map(Prepared::Value)
    }

    pub fn getitem(&mut self, obj: Value, key: Value) -> RtResult<Value> {
        match self.prepare_getitem(obj, key)? {
            Prepared::Value(v) => Ok(v),
            Prepared::Frame(f) => self.run_prepared_frame(f),
        }
    }

    fn getitem_native(&mut self, obj: Value, key: Value) -> RtResult<Value> {
        let Some(id) = obj.as_obj() else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{tn}' object is not subscriptable")));
        };
        if let Obj::MappingProxy(d) = self.heap.get(id) {
            let d = *d;
            return self.getitem_native(Value::Obj(d), key);
        }
        if let Obj::MemoryView(of) = self.heap.get(id) {
            let of = *of;
            return self.memoryview_getitem(of, key);
        }
        if let Some(v) = self.big_range_getitem(obj, key)? {
            return Ok(v);
        }
        let id = match self.heap.get(id) {
            Obj::Instance(i) if !matches!(i.native, Value::None) => {
                let native = i.native;
                if let Some(m) = self.lookup_user_method(obj, "__missing__") {
                    if let Some(nid) = native.as_obj() {
                        if matches!(self.heap.get(nid), Obj::Dict(_)) {
                            return match self.dict_get(nid, key)? {
                                Some(v) => Ok(v),
                                None => self.call_value(m, vec![obj, key], Vec::new()),
                            };
                        }
                    }
                }
                return self.getitem_native(native, key);
            }
            _ => id,
        };
        let slice = self.is_slice(key);
        match self.heap.get(id) {
            Obj::List(items) | Obj::Tuple(items) => {
                let is_list = matches!(self.heap.get(id), Obj::List(_));
                let len = items.len();
                if slice {
                    let s = self.slice_indices(key, len)?;
                    if !is_list && s.step == 1 && s.len == len {
                        // A full slice of a tuple is the tuple itself.
                        return Ok(obj);
                    }
                    let items = self.tuple_items(obj);
                    let out: Vec<Value> = s.indices().map(|i| items[i]).collect();
                    return if is_list {
                        self.new_list(out)
                    } else {
                        self.new_tuple(out)
                    };
                }
                let what = if is_list { "list" } else { "tuple" };
                let i = self.seq_index(key, len, what, what)?;
                Ok(self.tuple_items(obj)[i])
            }
            Obj::Str(s) => {
                let len = s.char_len();
                if slice {
                    let sl = self.slice_indices(key, len)?;
                    let text = self.str_of(obj).unwrap_or("");
                    let out: String = if sl.step == 1 {
                        let st = match self.heap.get(id) {
                            Obj::Str(s) => s,
                            _ => unreachable!(),
                        };
                        let a = st.byte_offset(sl.start.max(0) as usize);
                        let b = st.byte_offset((sl.start.max(0) as usize) + sl.len);
                        text[a..b].to_string()
                    } else {
                        let chars: Vec<char> = text.chars().collect();
                        sl.indices().map(|i| chars[i]).collect()
                    };
                    return self.new_str(out);
                }
                let i = self.seq_index(key, len, "string", "string")?;
                let c = match self.heap.get(id) {
                    Obj::Str(s) => s.char_at(i).unwrap_or('\0'),
                    _ => '\0',
                };
                self.new_char(c)
            }
            Obj::Bytes(b) | Obj::ByteArray(b) => {
                let is_ba = matches!(self.heap.get(id), Obj::ByteArray(_));
                let len = b.len();
                if slice {
                    let sl = self.slice_indices(key, len)?;
                    let bytes = match self.heap.get(id) {
                        Obj::Bytes(b) | Obj::ByteArray(b) => b.clone(),
                        _ => Vec::new(),
                    };
                    let out: Vec<u8> = sl.indices().map(|i| bytes[i]).collect();
                    return self.alloc(if is_ba {
                        Obj::ByteArray(out)
                    } else {
                        Obj::Bytes(out)
                    });
                }
                let (what, range_what) = if is_ba {
                    ("bytearray", "bytearray")
                } else {
                    ("byte", "")
                };
                let i = self.seq_index(key, len, what, range_what)?;
                match self.heap.get(id) {
                    Obj::Bytes(b) | Obj::ByteArray(b) => Ok(Value::Int(b[i] as i64)),
                    _ => Ok(Value::None),
                }
            }
            Obj::Range { start, stop, step } => {
                let (start, stop, step) = (*start, *stop, *step);
                let len = crate::eval::ops::range_len(start, stop, step);
                if slice {
                    let r = crate::objects::big_range::BigRange {
                        start: start.into(),
                        stop: stop.into(),
                        step: step.into(),
                    };
                    return self.range_slice(&r, key);
                }
                let len = usize::try_from(len).unwrap_or(usize::MAX);
                let i = self.seq_index(key, len, "range", "range object")?;
                let v = i128::from(start) + i as i128 * i128::from(step);
                Ok(Value::Int(v as i64))
            }
            Obj::Dict(_) => match self.dict_get(id, key)? {
                Some(v) => Ok(v),
                None => {
                    let e = self.new_exception(Ty::KeyError, vec![key])?;
                    Err(crate::eval::RtError::Exc(e))
                }
            },
            _ => {
                if self.lookup_user_method(obj, "__class_getitem__").is_some()
                    || matches!(self.heap.get(id), Obj::Class(_))
                {
                    return Ok(obj);
                }
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{tn}' object is not subscriptable")))
            }
        }
    }

    pub fn setitem(&mut self, obj: Value, key: Value, v: Value) -> RtResult<()> {
        if let Some(m) = self.lookup_user_method(obj, "__setitem__") {
            self.call_value(m, vec![obj, key, v], Vec::new())?;
            return Ok(());
        }
        let obj = self.native_of(obj);
        let Some(id) = obj.as_obj() else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{tn}' object does not support item assignment")));
        };
        match self.heap.get(id) {
            Obj::List(items) => {
                let len = items.len();
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    let msg = "must assign iterable to extended slice";
                    let it = self.iter_or_type_error(v, msg)?;
                    let new_items = self.collect_iterable(it)?;
                    let mut items = self.tuple_items(obj);
                    if sl.step == 1 {
                        let start = sl.start.max(0) as usize;
                        let end = (start + sl.len).min(items.len());
                        items.splice(start..end, new_items);
                    } else {
                        if new_items.len() != sl.len {
                            return Err(self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                new_items.len(),
                                sl.len
                            )));
                        }
                        for (i, nv) in sl.indices().zip(new_items) {
                            items[i] = nv;
                        }
                    }
                    self.heap.charge(items.len() as u64 * 16)?;
                    if let Obj::List(l) = self.heap.get_mut(id) {
                        *l = items;
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "list", "list assignment")?;
                if let Obj::List(l) = self.heap.get_mut(id) {
                    l[i] = v;
                }
                Ok(())
            }
            Obj::Dict(_) => self.dict_set(id, key, v),
            Obj::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(key) {
                    return self.bytearray_set_slice(id, key, len, v);
                }
                let i = self.seq_index(key, len, "bytearray", "bytearray")?;
                let byte = crate::builtins::methods::byte_value(self, v)?;
                if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                    b[i] = byte;
                }
                Ok(())
            }
            _ => {
                let tn = self.type_name(obj);
                Err(self.type_error(format!("'{tn}' object does not support item assignment")))
            }
        }
    }

    pub fn delitem(&mut self, obj: Value, key: Value) -> RtResult<()> {
        if let Some(m) = self.lookup_user_method(obj, "__delitem__") {
            self.call_value(m, vec![obj, key], Vec::new())?;
            return Ok(());
        }
        let obj = self.native_of(obj);
        let Some(id) = obj.as_obj() else {
            let tn = self.type_name(obj);
            return Err(self.type_error(format!("'{tn}' object does not support item deletion")));
        };
        match self.heap.get(id) {
            Obj::List(items) => {
                let len = items.len();
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    let remove: std::collections::HashSet<usize> = sl.indices().collect();
                    if let Obj::List(l) = self.heap.get_mut(id) {
                        let mut i = 0;
                        l.retain(|_| {
                            let keep = !remove.contains(&i);
                            i += 1;
                            keep
                        });
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "list", "list assignment")?;
                if let Obj::List(l) = self.heap.get_mut(id) {
                    l.remove(i);
                }
                Ok(())
            }
            Obj::ByteArray(b) => {
                let len = b.len();
                if self.is_slice(key) {
                    let sl = self.slice_indices(key, len)?;
                    let remove: std::collections::HashSet<usize> = sl.indices().collect();
                    if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                        let mut i = 0;
                        b.retain(|_| {
                            let keep = !remove.contains(&i);
                            i += 1;
                            keep
                        });
                    }
                    return Ok(());
                }
                let i = self.seq_index(key, len, "bytearray", "bytearray")?;
                if let Obj::ByteArray(b) = self.heap.get_mut(id) {
                    b.remove(i);
                }
                Ok(())
            }
            Obj::Dict(_) => match self.dict_remove(id, key)? {
                Some(_) => Ok(()),
                None => {
                    let e = self.new_exception(Ty::KeyError, vec![key])?;
                    Err(crate::eval::RtError::Exc(e))
                }
            },
            _ => {
                // CPython's sequence path says "doesn't", the mapping path "does not".
                let sequence = matches!(key, Value::Int(_) | Value::Bool(_))
                    && !matches!(
                        self.heap.get(id),
                        Obj::Instance(_) | Obj::Function(_) | Obj::Class(_) | Obj::Module(_)
                    );
                let tn = self.type_name(obj);
                let verb = if sequence { "doesn't" } else { "does not" };
                Err(self.type_error(format!("'{tn}' object {verb} support item deletion")))
            }
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> RtResult<bool> {
        // `__contains__ = None` switches membership off.
        if self.is_user_instance_pub(container) {
            let cls = self.type_of(container);
            if self.lookup_class_attr(cls, "__contains__") == Some(Value::None) {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("'{tn}' object is not a container")));
            }
        }
        if let Some(m) = self.lookup_user_method(container, "__contains__") {
            let r = self.call_value(m, vec![container, item], Vec::new())?;
            return self.truthy(r);
        }
        if let Some(found) = self.big_range_contains(container, item) {
            return Ok(found);
        }
        let mut c = self.native_of(container);
        if let Some(Obj::MappingProxy(d)) = c.as_obj().map(|id| self.heap.get(id)) {
            c = Value::Obj(*d);
        }
        if let Some(id) = c.as_obj() {
            match self.heap.get(id) {
                Obj::Str(s) => {
                    return match self.str_of(item) {
                        Some(needle) => Ok(s.as_str().contains(needle)),
                        None => {
                            let tn = self.type_name(item);
                            Err(self.type_error(format!(
                                "'in <string>' requires string as left operand, not {tn}"
                            )))
                        }
                    };
                }
                Obj::Dict(_) => {
                    let h = self.hash(item)?;
                    return Ok(self.dict_find(id, item, h)?.is_some());
                }
                Obj::Set(_) | Obj::FrozenSet(_) => return self.set_contains(c, item),
                Obj::DictView { dict, kind } => {
                    let (dict, kind) = (*dict, *kind);
                    return match kind {
                        crate::objects::DictViewKind::Keys => {
                            let h = self.hash(item)?;
                            Ok(self.dict_find(dict, item, h)?.is_some())
                        }
                        crate::objects::DictViewKind::Items => self.dict_items_contains(dict, item),
                        crate::objects::DictViewKind::Values => {
                            let items = self.collect_iterable(c)?;
                            for x in items {
                                if x.is(item) || self.py_eq(x, item)? {
                                    return Ok(true);
                                }
                            }
                            Ok(false)
                        }
                    };
                }
                Obj::Range { start, stop, step } => {
                    let (start, stop, step) = (*start, *stop, *step);
                    if let Value::Int(i) = item {
                        let in_range = if step > 0 {
                            i >= start && i < stop
                        } else {
                            i <= start && i > stop
                        };
                        let offset = i128::from(i) - i128::from(start);
                        return Ok(in_range && offset % i128::from(step) == 0);
                    }
                }
                Obj::Bytes(b) | Obj::ByteArray(b) => {
                    let hay = b.clone();
                    return match item {
                        Value::Int(n) => match u8::try_from(n) {
                            Ok(b) => Ok(hay.contains(&b)),
                            Err(_) => Err(self.value_error("byte must be in range(0, 256)")),
                        },
                        _ => match item.as_obj().map(|i| self.heap.get(i)) {
                            Some(Obj::Bytes(n) | Obj::ByteArray(n)) => {
                                Ok(n.is_empty() || hay.windows(n.len()).any(|w| w == n.as_slice()))
                            }
                            _ => Err(self.type_error("a bytes-like object is required, not 'str'")),
                        },
                    };
                }
                _ => {}
            }
        }
        // Generic: iterate.
        let it = self.get_iter(container).map_err(|_| {
            let tn = self.type_name(container);
            self.type_error(format!("argument of type '{tn}' is not iterable"))
        })?;
        while let Some(x) = self.next_value(it)? {
            if x.is(item) || self.py_eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn str_value(&mut self, s: &str) -> RtResult<Value> {
        self.alloc(Obj::Str(PyStr::new(s.to_string())))
    }
}

fn bool_eq(b: bool) -> KeyEq {
    if b {
        KeyEq::Equal
    } else {
        KeyEq::NotEqual
    }
}

trait WithTypeName {
    fn with_type_name(self, _tn: String) -> Self;
}

impl WithTypeName for crate::eval::RtError {
    fn with_type_name(self, _tn: String) -> Self {
        self
    }
}
