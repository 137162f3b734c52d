//! Builtins over iterables: len, iter, next, all, any, sum, min, max, sorted; and the stable,
//! fallible merge sort that `sorted` and `list.sort` share.

use super::{Args, Builtin};
use crate::compile::code::{BinOp, Cmp};
use crate::eval::ops::Num;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::{IterState, Obj};
use crate::types::Ty;
use crate::value::Value;

pub fn call(vm: &mut Vm, b: Builtin, mut args: Args) -> RtResult<Value> {
    match b {
        Builtin::Len => {
            args.exact(vm, 1)?;
            let n = len_of(vm, args.pos[0])?;
            Ok(Value::Int(n as i64))
        }
        Builtin::Iter => {
            args.no_kw(vm)?;
            args.range(vm, 1, 2)?;
            if args.pos.len() == 2 {
                let func = args.pos[0];
                if !vm.is_callable(func) {
                    return Err(vm.type_error("iter(v, w): v must be callable"));
                }
                return vm.alloc(Obj::Iter(IterState::Callable {
                    func,
                    sentinel: args.pos[1],
                }));
            }
            vm.get_iter(args.pos[0])
        }
        Builtin::Aiter => {
            args.no_kw(vm)?;
            args.exact(vm, 1)?;
            let v = args.pos[0];
            if vm.is_async_gen(v) {
                return Ok(v);
            }
            let Some(m) = vm.lookup_user_method(v, "__aiter__") else {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("'{tn}' object is not an async iterable")));
            };
            let it = vm.call_value(m, vec![v], Vec::new())?;
            if vm.lookup_user_method(it, "__anext__").is_none() && !vm.is_async_gen(it) {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "aiter() returned not an async iterator of type '{tn}'"
                )));
            }
            Ok(it)
        }
        Builtin::Anext => {
            args.no_kw(vm)?;
            args.range(vm, 1, 2)?;
            let it = args.pos[0];
            let default = args.pos.get(1).copied();
            if let Some(g) = it.as_obj().filter(|_| vm.is_async_gen(it)) {
                return vm.new_ag_await(g, crate::objects::AgOp::Send(Value::None), default);
            }
            let Some(m) = vm.lookup_user_method(it, "__anext__") else {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
            };
            let aw = vm.call_value(m, vec![it], Vec::new())?;
            let Some(default) = default else {
                return Ok(aw);
            };
            // With a default: await the coroutine (or the generator of its __await__) through
            // an awaitable that turns StopAsyncIteration into the default.
            let gen = match aw.as_obj().map(|id| vm.heap.get(id)) {
                Some(Obj::Generator(g)) if g.is_coroutine => aw,
                _ => match vm.lookup_user_method(aw, "__await__") {
                    Some(m) => vm.call_value(m, vec![aw], Vec::new())?,
                    None => {
                        let tn = vm.type_name(aw);
                        return Err(vm.type_error(format!("'{tn}' object can't be awaited")));
                    }
                },
            };
            match gen.as_obj() {
                Some(g) if matches!(vm.heap.get(g), Obj::Generator(_)) => {
                    vm.new_ag_await(g, crate::objects::AgOp::AwaitDefault, Some(default))
                }
                _ => Err(vm.err(
                    Ty::NotImplementedError,
                    "anext() with a default needs __anext__() to return a coroutine or an \
                     awaitable whose __await__ is a generator in Terrarium",
                )),
            }
        }
        Builtin::Next => {
            args.no_kw(vm)?;
            args.range(vm, 1, 2)?;
            let it = args.pos[0];
            if !vm.is_iterator(it) {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
            }
            match next_or_stop(vm, it)? {
                Ok(v) => Ok(v),
                Err(stop) => match args.pos.get(1) {
                    Some(d) => Ok(*d),
                    None => Err(RtError::Exc(stop)),
                },
            }
        }
        Builtin::All | Builtin::Any => {
            args.exact(vm, 1)?;
            let it = vm.get_iter(args.pos[0])?;
            let want = b == Builtin::Any;
            let mark = vm.loop_mark();
            while let Some(v) = vm.iter_next_in_loop(it, mark)? {
                vm.tick(1)?;
                if vm.truthy(v)? == want {
                    return Ok(Value::Bool(want));
                }
            }
            Ok(Value::Bool(!want))
        }
        Builtin::Sum => {
            if args.pos.is_empty() {
                return Err(vm.type_error(format!(
                    "sum() takes at least 1 positional argument ({} given)",
                    args.pos.len()
                )));
            }
            args.clinic(vm, &["iterable", "start"], 1)?;
            let start = args.take_kw(vm, "start");
            args.no_more_kw(vm)?;
            let start = start.or(args.pos.get(1).copied()).unwrap_or(Value::Int(0));
            if let Some(s) = vm.str_of(start) {
                let _ = s;
                return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
            }
            if let Some(Obj::Bytes(_)) = start.as_obj().map(|id| vm.heap.get(id)) {
                return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
            }
            sum(vm, args.pos[0], start)
        }
        Builtin::Min | Builtin::Max => min_max(vm, b, args),
        Builtin::Sorted => {
            let key = args.take_kw(vm, "key");
            let reverse = args.take_kw(vm, "reverse");
            if let Some((k, _)) = args.kw.first() {
                // sorted() hands its keywords to list.sort, which names itself.
                let k = vm.str_of(*k).unwrap_or("").to_string();
                let hint = crate::eval::suggest::suggest(&k, ["key", "reverse"])
                    .map(|s| format!(". Did you mean '{s}'?"))
                    .unwrap_or_default();
                return Err(vm.type_error(format!(
                    "sort() got an unexpected keyword argument '{k}'{hint}"
                )));
            }
            if args.pos.len() != 1 {
                return Err(vm.type_error(format!(
                    "sorted expected 1 argument, got {}",
                    args.pos.len()
                )));
            }
            let items = vm.collect_iterable(args.pos[0])?;
            let reverse = match reverse {
                Some(r) => vm.truthy(r)?,
                None => false,
            };
            let sorted = sort_values(vm, items, key.filter(|k| !k.is_none()), reverse)?;
            vm.new_list(sorted)
        }
        _ => Err(vm.internal("not an iterable builtin")),
    }
}

/// `next(it)`: Ok(Ok(item)) or Ok(Err(StopIteration instance)).
pub fn next_or_stop(vm: &mut Vm, it: Value) -> RtResult<Result<Value, Value>> {
    if let Some(id) = it.as_obj() {
        if let Obj::Generator(_) = vm.heap.get(id) {
            let base = vm.frames.len();
            let _ = base;
            return match vm.resume_for_next(id) {
                Ok(Some(v)) => Ok(Ok(v)),
                Ok(None) => Ok(Err(vm.new_exception(Ty::StopIteration, Vec::new())?)),
                Err(RtError::Exc(e)) if vm.is_stop_iteration(e) => Ok(Err(e)),
                Err(e) => Err(e),
            };
        }
        if let Obj::Instance(_) = vm.heap.get(id) {
            if let Some(m) = vm.lookup_user_method(it, "__next__") {
                return match vm.call_value(m, vec![it], Vec::new()) {
                    Ok(v) => Ok(Ok(v)),
                    Err(RtError::Exc(e)) if vm.is_stop_iteration(e) => Ok(Err(e)),
                    Err(e) => Err(e),
                };
            }
        }
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(Ok(v)),
        None => Ok(Err(vm.new_exception(Ty::StopIteration, Vec::new())?)),
    }
}

impl Vm<'_> {
    /// Resumes a generator for `next()`, keeping the StopIteration (with its value).
    pub fn resume_for_next(&mut self, id: crate::value::ObjId) -> RtResult<Option<Value>> {
        let base = self.frames.len();
        if self.reentry >= crate::eval::MAX_REENTRY {
            return Err(self.err(Ty::RecursionError, "maximum recursion depth exceeded"));
        }
        if self
            .resume_generator(id, Value::None, crate::eval::frame::Resume::Value)?
            .is_none()
        {
            return Ok(None);
        }
        let r = self.nested_run(base);
        r.map(Some)
    }

    pub fn is_callable(&self, v: Value) -> bool {
        match v {
            Value::Builtin(_) | Value::Type(_) => true,
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Function(_)
                | Obj::BoundMethod { .. }
                | Obj::BuiltinMethod { .. }
                | Obj::Class(_)
                | Obj::StaticMethod(_) => true,
                Obj::Instance(_) => self.lookup_user_method(v, "__call__").is_some(),
                _ => false,
            },
            _ => false,
        }
    }
}

pub fn len_of(vm: &mut Vm, v: Value) -> RtResult<usize> {
    if let Value::Obj(id) = v {
        let n = match vm.heap.get(id) {
            Obj::Str(s) => Some(s.char_len()),
            Obj::List(l) | Obj::Tuple(l) => Some(l.len()),
            Obj::Dict(d) => Some(d.len()),
            Obj::Set(s) | Obj::FrozenSet(s) => Some(s.len()),
            Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.len()),
            Obj::MemoryView(of) => match vm.heap.get(*of) {
                Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.len()),
                _ => Some(0),
            },
            Obj::MappingProxy(d) => match vm.heap.get(*d) {
                Obj::Dict(d) => Some(d.len()),
                _ => Some(0),
            },
            Obj::BigRange(_) => vm.big_range_len(v)?,
            Obj::Range { start, stop, step } => {
                let n = crate::eval::ops::range_len(*start, *stop, *step);
                match i64::try_from(n) {
                    Ok(n) => Some(n as usize),
                    Err(_) => {
                        return Err(vm.err(
                            Ty::OverflowError,
                            "Python int too large to convert to C ssize_t",
                        ))
                    }
                }
            }
            Obj::DictView { dict, .. } => match vm.heap.get(*dict) {
                Obj::Dict(d) => Some(d.len()),
                _ => Some(0),
            },
            Obj::Instance(inst) => {
                let native = inst.native;
                if let Some(m) = vm.lookup_user_method(v, "__len__") {
                    let r = vm.call_value(m, vec![v], Vec::new())?;
                    return vm.len_result(r);
                }
                if !native.is_none() {
                    return len_of(vm, native);
                }
                None
            }
            _ => None,
        };
        if let Some(n) = n {
            return Ok(n);
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("object of type '{tn}' has no len()")))
}

fn sum(vm: &mut Vm, iterable: Value, start: Value) -> RtResult<Value> {
    let it = vm.get_iter(iterable)?;
    let mark = vm.loop_mark();
    // The running total is rooted in `temp_roots[slot]` (see `Vm::iter_next_in_loop`).
    let slot = vm.temp_roots.len();
    vm.temp_roots.push(start);
    let r = sum_items(vm, it, start, mark, slot);
    vm.temp_roots.truncate(slot);
    r
}

fn sum_items(vm: &mut Vm, it: Value, start: Value, mark: u64, slot: usize) -> RtResult<Value> {
    let mut acc = start;
    // Compensated float summation, as CPython 3.12+.
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(v) = vm.iter_next_in_loop(it, mark)? {
        vm.tick(1)?;
        if let Some((s, c)) = fsum {
            if let Value::Float(x) = v {
                let t = s + x;
                let c2 = if s.abs() >= x.abs() {
                    c + ((s - t) + x)
                } else {
                    c + ((x - t) + s)
                };
                fsum = Some((t, c2));
                continue;
            }
            if let Some(Num::Int(i)) = vm.num(v).filter(|_| !vm.is_user_instance_pub(v)) {
                let x = i as f64;
                let t = s + x;
                let c2 = if s.abs() >= x.abs() {
                    c + ((s - t) + x)
                } else {
                    c + ((x - t) + s)
                };
                fsum = Some((t, c2));
                continue;
            }
            acc = Value::Float(finish(s, c));
            fsum = None;
        }
        if fsum.is_none() {
            if let (Value::Float(a), Value::Float(x)) = (acc, v) {
                let (s, c) = (a, 0.0);
                let t = s + x;
                let c2 = if s.abs() >= x.abs() {
                    c + ((s - t) + x)
                } else {
                    c + ((x - t) + s)
                };
                fsum = Some((t, c2));
                continue;
            }
            if let (Value::Int(a), Value::Float(x)) = (acc, v) {
                let s = a as f64;
                let t = s + x;
                let c2 = if s.abs() >= x.abs() {
                    (s - t) + x
                } else {
                    (x - t) + s
                };
                fsum = Some((t, c2));
                continue;
            }
            acc = vm.binary_op(BinOp::Add, acc, v)?;
            if let Some(r) = vm.temp_roots.get_mut(slot) {
                *r = acc;
            }
        }
    }
    if let Some((s, c)) = fsum {
        return Ok(Value::Float(finish(s, c)));
    }
    Ok(acc)
}

fn finish(s: f64, c: f64) -> f64 {
    if c != 0.0 && c.is_finite() {
        s + c
    } else {
        s
    }
}

fn min_max(vm: &mut Vm, b: Builtin, mut args: Args) -> RtResult<Value> {
    let name = b.name();
    let key = args.take_kw(vm, "key").filter(|k| !k.is_none());
    let default = args.take_kw(vm, "default");
    args.no_more_kw(vm)?;
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.pos.clone()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() iterable argument is empty"))),
        };
    }
    let op = if b == Builtin::Max { Cmp::Gt } else { Cmp::Lt };
    // The best key so far is rooted in `temp_roots[slot]` (see `Vm::call_in_loop`).
    let mark = vm.loop_mark();
    let slot = vm.temp_roots.len();
    let r = best_of(vm, &items, key, op, mark, slot);
    vm.temp_roots.truncate(slot);
    r
}

fn best_of(
    vm: &mut Vm,
    items: &[Value],
    key: Option<Value>,
    op: Cmp,
    mark: u64,
    slot: usize,
) -> RtResult<Value> {
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => vm.call_in_loop(k, vec![best], mark)?,
        None => best,
    };
    vm.temp_roots.push(best_key);
    for &item in &items[1..] {
        vm.tick(1)?;
        let k = match key {
            Some(kf) => vm.call_in_loop(kf, vec![item], mark)?,
            None => item,
        };
        let r = vm.compare(op, k, best_key)?;
        if vm.truthy(r)? {
            best = item;
            best_key = k;
            if let Some(r) = vm.temp_roots.get_mut(slot) {
                *r = k;
            }
        }
    }
    Ok(best)
}

/// `a < b` for sorting.
fn less(vm: &mut Vm, a: Value, b: Value) -> RtResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x < y);
    }
    let r = vm.compare(Cmp::Lt, a, b)?;
    vm.truthy(r)
}

/// A stable merge sort whose comparisons may run Python code and fail.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> RtResult<Vec<Value>> {
    let keys = match key {
        Some(k) => {
            // Keys computed so far are rooted in `temp_roots` (see `Vm::call_in_loop`).
            let mark = vm.loop_mark();
            let start = vm.temp_roots.len();
            let r: RtResult<()> = (|| {
                for &it in &items {
                    let kv = vm.call_in_loop(k, vec![it], mark)?;
                    vm.temp_roots.push(kv);
                }
                Ok(())
            })();
            let ks = vm.temp_roots.split_off(start.min(vm.temp_roots.len()));
            r?;
            ks
        }
        None => items.clone(),
    };
    let n = items.len();
    // Indices sorted by key; reverse keeps stability by reversing, sorting, reversing.
    let mut idx: Vec<usize> = (0..n).collect();
    if reverse {
        idx.reverse();
    }
    // Fast paths: all ints, all floats, all strs.
    let all_int = keys.iter().all(|k| matches!(k, Value::Int(_)));
    if all_int {
        idx.sort_by_key(|&i| match keys[i] {
            Value::Int(x) => x,
            _ => 0,
        });
    } else if keys.iter().all(|k| vm.str_of(*k).is_some()) {
        idx.sort_by(|&i, &j| vm.str_of(keys[i]).cmp(&vm.str_of(keys[j])));
    } else {
        let mut buf = idx.clone();
        let mut width = 1;
        while width < n {
            let mut start = 0;
            while start < n {
                let mid = (start + width).min(n);
                let end = (start + 2 * width).min(n);
                let (mut i, mut j, mut k) = (start, mid, start);
                while i < mid && j < end {
                    // Take from the right only when strictly less: stability.
                    if less(vm, keys[idx[j]], keys[idx[i]])? {
                        buf[k] = idx[j];
                        j += 1;
                    } else {
                        buf[k] = idx[i];
                        i += 1;
                    }
                    k += 1;
                }
                while i < mid {
                    buf[k] = idx[i];
                    i += 1;
                    k += 1;
                }
                while j < end {
                    buf[k] = idx[j];
                    j += 1;
                    k += 1;
                }
                start = end;
                vm.tick((end - start.min(end)) as u64 + 1)?;
            }
            std::mem::swap(&mut idx, &mut buf);
            width *= 2;
        }
    }
    if reverse {
        idx.reverse();
    }
    Ok(idx.into_iter().map(|i| items[i]).collect())
}
