//! Iteration: `iter()` and `next()` over every kind of value, including generators resumed from
//! native code and user classes with `__iter__`/`__next__`, plus unpacking.

use crate::eval::frame::Resume;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::iter::{DictIterKind, IterState};
use crate::objects::{DictViewKind, Obj};
use crate::types::Ty;
use crate::value::Value;

impl Vm<'_> {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: Value) -> RtResult<Value> {
        if let Some(it) = self.big_range_iter(v, false)? {
            return Ok(it);
        }
        if let Value::Obj(id) = v {
            let state = match self.heap.get(id) {
                Obj::List(_) | Obj::Tuple(_) | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) => {
                    IterState::Seq { seq: id, index: 0 }
                }
                Obj::MemoryView(of) => IterState::Seq { seq: *of, index: 0 },
                Obj::MappingProxy(d) => {
                    let d = *d;
                    return self.get_iter(Value::Obj(d));
                }
                Obj::Range { start, stop, step } => IterState::Range {
                    next: *start,
                    step: *step,
                    remaining: crate::eval::ops::range_len(*start, *stop, *step),
                },
                Obj::Dict(d) => IterState::Dict {
                    dict: id,
                    pos: 0,
                    size: d.len(),
                    kind: DictIterKind::Keys,
                },
                Obj::Set(s) | Obj::FrozenSet(s) => IterState::Set {
                    set: id,
                    pos: 0,
                    size: s.len(),
                },
                Obj::DictView { dict, kind } => {
                    let size = match self.heap.get(*dict) {
                        Obj::Dict(d) => d.len(),
                        _ => 0,
                    };
                    let kind = match kind {
                        DictViewKind::Keys => DictIterKind::Keys,
                        DictViewKind::Values => DictIterKind::Values,
                        DictViewKind::Items => DictIterKind::Items,
                    };
                    IterState::Dict {
                        dict: *dict,
                        pos: 0,
                        size,
                        kind,
                    }
                }
                Obj::Iter(_) => return Ok(v),
                Obj::Generator(g) if !g.is_coroutine && !g.is_async_gen => return Ok(v),
                Obj::Instance(inst) => {
                    let native = inst.native;
                    if let Some(m) = self.lookup_user_method(v, "__iter__") {
                        let it = self.call_value(m, vec![v], Vec::new())?;
                        if !self.is_iterator(it) {
                            let tn = self.type_name(it);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{tn}'"
                            )));
                        }
                        return Ok(it);
                    }
                    if self.lookup_user_method(v, "__getitem__").is_some() {
                        return self.alloc(Obj::Iter(IterState::GetItem { obj: v, index: 0 }));
                    }
                    if !matches!(native, Value::None) {
                        return self.get_iter(native);
                    }
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("'{tn}' object is not iterable")));
                }
                _ => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("'{tn}' object is not iterable")));
                }
            };
            return self.alloc(Obj::Iter(state));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    pub fn is_iterator(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Iter(_) => true,
                Obj::Generator(g) => !g.is_coroutine && !g.is_async_gen,
                Obj::Instance(_) => self.lookup_user_method(v, "__next__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }

    /// `next(it)`: Some(item) or None when exhausted.
    pub fn next_value(&mut self, it: Value) -> RtResult<Option<Value>> {
        self.iter_next(it)
    }

    pub fn iter_next(&mut self, it: Value) -> RtResult<Option<Value>> {
        let Value::Obj(id) = it else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object is not an iterator")));
        };
        match self.heap.get(id) {
            Obj::Generator(g) if !g.is_coroutine && !g.is_async_gen => {
                return self.generator_next(id, Value::None)
            }
            Obj::Generator(_) => {
                let tn = self.type_name(it);
                return Err(self.type_error(format!("'{tn}' object is not an iterator")));
            }
            Obj::Iter(_) => {}
            Obj::Instance(_) => {
                let Some(m) = self.lookup_user_method(it, "__next__") else {
                    let tn = self.type_name(it);
                    return Err(self.type_error(format!("'{tn}' object is not an iterator")));
                };
                return match self.call_value(m, vec![it], Vec::new()) {
                    Ok(v) => Ok(Some(v)),
                    Err(RtError::Exc(e)) if self.is_stop_iteration(e) => Ok(None),
                    Err(e) => Err(e),
                };
            }
            _ => {
                let tn = self.type_name(it);
                return Err(self.type_error(format!("'{tn}' object is not an iterator")));
            }
        }
        let state = match self.heap.get(id) {
            Obj::Iter(s) => s.clone(),
            _ => IterState::Done,
        };
        let (item, next_state) = self.advance(state)?;
        if let Obj::Iter(s) = self.heap.get_mut(id) {
            if let Some(ns) = next_state {
                *s = ns;
            }
        }
        Ok(item)
    }

    pub fn is_stop_iteration(&self, e: Value) -> bool {
        let ty = self.type_of(e);
        self.is_subclass(ty, Value::Type(Ty::StopIteration))
    }

    /// Resumes a generator from native code; None when it finished.
    pub fn generator_next(
        &mut self,
        id: crate::value::ObjId,
        sent: Value,
    ) -> RtResult<Option<Value>> {
        let base = self.frames.len();
        if self.reentry >= crate::eval::MAX_REENTRY {
            return Err(self.err(Ty::RecursionError, "maximum recursion depth exceeded"));
        }
        if self.resume_generator(id, sent, Resume::Value)?.is_none() {
            return Ok(None);
        }
        let r = self.nested_run(base);
        match r {
            Ok(v) => Ok(Some(v)),
            Err(RtError::Exc(e)) if self.is_stop_iteration(e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// One step of a builtin iterator: the item and the new state.
    fn advance(&mut self, state: IterState) -> RtResult<(Option<Value>, Option<IterState>)> {
        Ok(match state {
            IterState::Seq { seq, index } => {
                let item = match self.heap.get(seq) {
                    Obj::List(l) | Obj::Tuple(l) => l.get(index).copied(),
                    Obj::Bytes(b) | Obj::ByteArray(b) => {
                        b.get(index).map(|x| Value::Int(*x as i64))
                    }
                    Obj::Str(s) => match s.char_at(index) {
                        Some(c) => Some(self.new_char(c)?),
                        None => None,
                    },
                    _ => None,
                };
                match item {
                    Some(v) => (
                        Some(v),
                        Some(IterState::Seq {
                            seq,
                            index: index + 1,
                        }),
                    ),
                    None => (None, Some(IterState::Done)),
                }
            }
            IterState::SeqReverse { seq, index } => {
                if index < 0 {
                    (None, Some(IterState::Done))
                } else {
                    let item = match self.heap.get(seq) {
                        Obj::List(l) | Obj::Tuple(l) => l.get(index as usize).copied(),
                        Obj::Str(s) => match s.char_at(index as usize) {
                            Some(c) => Some(self.new_char(c)?),
                            None => None,
                        },
                        Obj::Bytes(b) | Obj::ByteArray(b) => {
                            b.get(index as usize).map(|x| Value::Int(*x as i64))
                        }
                        _ => None,
                    };
                    match item {
                        Some(v) => (
                            Some(v),
                            Some(IterState::SeqReverse {
                                seq,
                                index: index - 1,
                            }),
                        ),
                        None => (None, Some(IterState::Done)),
                    }
                }
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if remaining == 0 {
                    (None, Some(IterState::Done))
                } else {
                    (
                        Some(Value::Int(next)),
                        Some(IterState::Range {
                            next: next.wrapping_add(step),
                            step,
                            remaining: remaining - 1,
                        }),
                    )
                }
            }
            IterState::Dict {
                dict,
                mut pos,
                size,
                kind,
            } => {
                let (len, slots, is_dict) = match self.heap.get(dict) {
                    Obj::Dict(d) => (d.len(), d.slots(), true),
                    _ => (0, 0, true),
                };
                if len != size {
                    let what = if is_dict { "dictionary" } else { "set" };
                    return Err(self.err(
                        Ty::RuntimeError,
                        format!("{what} changed size during iteration"),
                    ));
                }
                let mut found = None;
                while pos < slots {
                    let e = match self.heap.get(dict) {
                        Obj::Dict(d) => d.entry(pos).copied(),
                        _ => None,
                    };
                    pos += 1;
                    if let Some(e) = e {
                        found = Some(e);
                        break;
                    }
                }
                match found {
                    None => (None, Some(IterState::Done)),
                    Some(e) => {
                        let v = match kind {
                            DictIterKind::Keys => e.key,
                            DictIterKind::Values => e.value,
                            DictIterKind::Items => self.new_tuple(vec![e.key, e.value])?,
                        };
                        (
                            Some(v),
                            Some(IterState::Dict {
                                dict,
                                pos,
                                size,
                                kind,
                            }),
                        )
                    }
                }
            }
            IterState::Set { set, mut pos, size } => {
                let (len, slots) = match self.heap.get(set) {
                    Obj::Set(s) | Obj::FrozenSet(s) => (s.len(), s.slots()),
                    _ => (0, 0),
                };
                if len != size {
                    return Err(self.err(Ty::RuntimeError, "Set changed size during iteration"));
                }
                let mut found = None;
                while pos < slots {
                    let k = match self.heap.get(set) {
                        Obj::Set(s) | Obj::FrozenSet(s) => s.key_at(pos),
                        _ => None,
                    };
                    pos += 1;
                    if k.is_some() {
                        found = k;
                        break;
                    }
                }
                match found {
                    None => (None, Some(IterState::Done)),
                    Some(k) => (Some(k), Some(IterState::Set { set, pos, size })),
                }
            }
            IterState::GetItem { obj, index } => match self.getitem(obj, Value::Int(index)) {
                Ok(v) => (
                    Some(v),
                    Some(IterState::GetItem {
                        obj,
                        index: index + 1,
                    }),
                ),
                Err(RtError::Exc(e)) => {
                    let ty = self.type_of(e);
                    if self.is_subclass(ty, Value::Type(Ty::IndexError))
                        || self.is_stop_iteration(e)
                    {
                        (None, Some(IterState::Done))
                    } else {
                        return Err(RtError::Exc(e));
                    }
                }
                Err(e) => return Err(e),
            },
            IterState::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.iter_next(*it)? {
                        Some(v) => args.push(v),
                        None => return Ok((None, Some(IterState::Done))),
                    }
                }
                let v = self.call_value(func, args, Vec::new())?;
                (Some(v), None)
            }
            IterState::Filter { func, iter } => loop {
                match self.iter_next(iter)? {
                    None => break (None, Some(IterState::Done)),
                    Some(v) => {
                        let keep = if func.is_none() || matches!(func, Value::Type(Ty::Bool)) {
                            self.truthy(v)?
                        } else {
                            let r = self.call_value(func, vec![v], Vec::new())?;
                            self.truthy(r)?
                        };
                        if keep {
                            break (Some(v), None);
                        }
                    }
                }
            },
            IterState::Zip { iters, strict } => {
                if iters.is_empty() {
                    return Ok((None, Some(IterState::Done)));
                }
                let mut items = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.iter_next(*it)? {
                        Some(v) => items.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let msg = if i == 1 {
                                        "zip() argument 2 is shorter than argument 1".to_string()
                                    } else {
                                        format!(
                                            "zip() argument {} is shorter than arguments 1-{}",
                                            i + 1,
                                            i
                                        )
                                    };
                                    return Err(self.value_error(msg));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.iter_next(*other)?.is_some() {
                                        let msg = if j == 1 {
                                            "zip() argument 2 is longer than argument 1".to_string()
                                        } else {
                                            format!(
                                                "zip() argument {} is longer than arguments 1-{}",
                                                j + 1,
                                                j
                                            )
                                        };
                                        return Err(self.value_error(msg));
                                    }
                                }
                            }
                            return Ok((None, Some(IterState::Done)));
                        }
                    }
                }
                let t = self.new_tuple(items)?;
                (Some(t), None)
            }
            IterState::BigRange(r) => self.big_range_next(&r)?,
            IterState::Enumerate { iter, count } => match self.iter_next(iter)? {
                None => (None, Some(IterState::Done)),
                Some(v) => {
                    let t = self.new_tuple(vec![count, v])?;
                    self.temp_roots.push(t);
                    let next =
                        self.binary_op(crate::compile::code::BinOp::Add, count, Value::Int(1));
                    self.temp_roots.pop();
                    (Some(t), Some(IterState::Enumerate { iter, count: next? }))
                }
            },
            IterState::Callable { func, sentinel } => {
                let v = match self.call_value(func, Vec::new(), Vec::new()) {
                    Ok(v) => v,
                    // A StopIteration from the callable ends the iteration.
                    Err(RtError::Exc(e))
                        if self.is_subclass(self.type_of(e), Value::Type(Ty::StopIteration)) =>
                    {
                        return Ok((None, Some(IterState::Done)));
                    }
                    Err(e) => return Err(e),
                };
                if self.py_eq(v, sentinel)? {
                    (None, Some(IterState::Done))
                } else {
                    (Some(v), None)
                }
            }
            IterState::Done => (None, None),
        })
    }

    /// `iter(v)`, with a TypeError from it replaced by `msg` (CPython's `PySequence_Fast`).
    pub fn iter_or_type_error(&mut self, v: Value, msg: &str) -> RtResult<Value> {
        match self.get_iter(v) {
            Err(RtError::Exc(e)) if self.type_of(e).is(Value::Type(Ty::TypeError)) => {
                Err(self.type_error(msg.to_string()))
            }
            other => other,
        }
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: Value) -> RtResult<Vec<Value>> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Obj::List(items) | Obj::Tuple(items) => return Ok(items.clone()),
                _ => {}
            }
        }
        let it = self.get_iter(v)?;
        let mark = self.loop_mark();
        // The items collected so far are rooted where the collector sees them.
        let start = self.temp_roots.len();
        let r = (|| {
            while let Some(x) = self.iter_next_in_loop(it, mark)? {
                self.tick(1)?;
                self.heap.charge(16)?;
                self.temp_roots.push(x);
            }
            Ok(())
        })();
        let out = self.temp_roots.split_off(start.min(self.temp_roots.len()));
        r.map(|_| out)
    }

    /// `a, b, c = v`.
    pub fn unpack(&mut self, v: Value, n: usize) -> RtResult<Vec<Value>> {
        let items = match self.collect_iterable(v) {
            Ok(items) => items,
            Err(RtError::Exc(e))
                if self.type_of(e).is(Value::Type(Ty::TypeError)) && !self.is_iterable(v) =>
            {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
            }
            Err(e) => return Err(e),
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            let msg = format!("too many values to unpack (expected {n})");
            return Err(self.value_error(msg));
        }
        Ok(items)
    }

    fn is_iterable(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => !matches!(
                self.heap.get(id),
                Obj::Function(_) | Obj::Complex(..) | Obj::BigInt(_)
            ),
            _ => false,
        }
    }

    /// `a, *b, c = v`.
    pub fn unpack_ex(&mut self, v: Value, before: usize, after: usize) -> RtResult<Vec<Value>> {
        let items = match self.collect_iterable(v) {
            Ok(items) => items,
            Err(RtError::Exc(_)) if !self.is_iterable(v) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend_from_slice(&items[..before]);
        let mid = items[before..items.len() - after].to_vec();
        out.push(self.new_list(mid)?);
        out.extend_from_slice(&items[items.len() - after..]);
        Ok(out)
    }
}
