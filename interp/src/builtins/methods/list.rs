//! Methods of `list` (and `tuple`'s `index`/`count`, shared through `seq_index_of`).

use crate::builtins::Args;
use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::{ObjId, Value};

pub const METHODS: &[&str] = &[
    "append",
    "extend",
    "pop",
    "insert",
    "remove",
    "index",
    "count",
    "sort",
    "reverse",
    "copy",
    "clear",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__contains__",
    "__iter__",
    "__init__",
];

fn items(vm: &Vm, id: ObjId) -> Vec<Value> {
    match vm.heap.get(id) {
        Obj::List(l) | Obj::Tuple(l) => l.clone(),
        _ => Vec::new(),
    }
}

fn with_list<R>(vm: &mut Vm, id: ObjId, f: impl FnOnce(&mut Vec<Value>) -> R) -> Option<R> {
    match vm.heap.get_mut(id) {
        Obj::List(l) => Some(f(l)),
        _ => None,
    }
}

/// `seq.index(x[, start[, end]])` for lists and tuples.
pub fn seq_index_of(vm: &mut Vm, seq: Value, args: &Args, what: &str) -> RtResult<Value> {
    args.range(vm, 1, 3)?;
    let all = vm.tuple_items(seq);
    let n = all.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match args.pos.get(1) {
        Some(v) => clamp(vm.index_of(*v)?),
        None => 0,
    };
    let end = match args.pos.get(2) {
        Some(v) => clamp(vm.index_of(*v)?),
        None => n,
    };
    for i in start..end {
        let v = all[i as usize];
        if v.is(args.pos[0]) || vm.py_eq(v, args.pos[0])? {
            return Ok(Value::Int(i));
        }
    }
    if what == "list" {
        let r = vm.repr(args.pos[0])?;
        return Err(vm.value_error(format!("{r} is not in list")));
    }
    Err(vm.value_error(format!("{what}.index(x): x not in {what}")))
}

pub fn seq_count(vm: &mut Vm, seq: Value, args: &Args) -> RtResult<Value> {
    args.exact(vm, 1)?;
    let mut n = 0;
    for v in vm.tuple_items(seq) {
        if v.is(args.pos[0]) || vm.py_eq(v, args.pos[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub fn call(vm: &mut Vm, recv: Value, name: &str, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let Some(id) = recv.as_obj() else {
        return Err(vm.internal("list method on a non-list"));
    };
    let mut args = Args::method("list", name, pos, kw);
    match name {
        "append" => {
            args.exact(vm, 1)?;
            vm.list_append(recv, args.pos[0])?;
            Ok(Value::None)
        }
        "extend" => {
            args.exact(vm, 1)?;
            let new = vm.collect_iterable(args.pos[0])?;
            vm.heap.charge(new.len() as u64 * 16)?;
            with_list(vm, id, |l| l.extend(new));
            Ok(Value::None)
        }
        "insert" => {
            args.exact(vm, 2)?;
            let i = vm.index_of(args.pos[0])?;
            let v = args.pos[1];
            vm.heap.charge(16)?;
            with_list(vm, id, |l| {
                let n = l.len() as i64;
                let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
                l.insert(at as usize, v);
            });
            Ok(Value::None)
        }
        "pop" => {
            args.range(vm, 0, 1)?;
            let len = items(vm, id).len();
            if len == 0 {
                return Err(vm.err(Ty::IndexError, "pop from empty list"));
            }
            let i = match args.pos.first() {
                Some(v) => {
                    let i = vm.index_of(*v)?;
                    let j = if i < 0 { i + len as i64 } else { i };
                    if j < 0 || j >= len as i64 {
                        return Err(vm.err(Ty::IndexError, "pop index out of range"));
                    }
                    j as usize
                }
                None => len - 1,
            };
            Ok(with_list(vm, id, |l| l.remove(i)).unwrap_or(Value::None))
        }
        "remove" => {
            args.exact(vm, 1)?;
            let all = items(vm, id);
            for (i, v) in all.iter().enumerate() {
                if v.is(args.pos[0]) || vm.py_eq(*v, args.pos[0])? {
                    with_list(vm, id, |l| {
                        if i < l.len() {
                            l.remove(i);
                        }
                    });
                    return Ok(Value::None);
                }
            }
            Err(vm.value_error("list.remove(x): x not in list"))
        }
        "index" => seq_index_of(vm, recv, &args, "list"),
        "count" => seq_count(vm, recv, &args),
        "reverse" => {
            args.exact(vm, 0)?;
            with_list(vm, id, |l| l.reverse());
            Ok(Value::None)
        }
        "copy" => {
            args.exact(vm, 0)?;
            let all = items(vm, id);
            vm.new_list(all)
        }
        "clear" => {
            args.exact(vm, 0)?;
            with_list(vm, id, Vec::clear);
            Ok(Value::None)
        }
        "sort" => {
            let key = args.take_kw(vm, "key").filter(|k| !k.is_none());
            let reverse = match args.take_kw(vm, "reverse") {
                Some(r) => vm.truthy(r)?,
                None => false,
            };
            args.no_more_kw(vm)?;
            if !args.pos.is_empty() {
                return Err(vm.type_error("sort() takes no positional arguments"));
            }
            let all = items(vm, id);
            // While sorting, the list looks empty (as in CPython).
            with_list(vm, id, Vec::clear);
            let sorted = crate::builtins::iterables::sort_values(vm, all.clone(), key, reverse);
            match sorted {
                Ok(s) => {
                    let modified = !items(vm, id).is_empty();
                    with_list(vm, id, |l| *l = s);
                    if modified {
                        return Err(vm.value_error("list modified during sort"));
                    }
                    Ok(Value::None)
                }
                Err(e) => {
                    with_list(vm, id, |l| *l = all);
                    Err(e)
                }
            }
        }
        "__len__" => Ok(Value::Int(items(vm, id).len() as i64)),
        "__getitem__" => {
            args.exact(vm, 1)?;
            vm.getitem(recv, args.pos[0])
        }
        "__setitem__" => {
            args.exact(vm, 2)?;
            vm.setitem(recv, args.pos[0], args.pos[1])?;
            Ok(Value::None)
        }
        "__contains__" => {
            args.exact(vm, 1)?;
            vm.contains(recv, args.pos[0]).map(Value::Bool)
        }
        "__iter__" => vm.get_iter(recv),
        "__init__" => {
            args.range(vm, 0, 1)?;
            let new = match args.pos.first() {
                Some(v) => vm.collect_iterable(*v)?,
                None => Vec::new(),
            };
            with_list(vm, id, |l| *l = new);
            Ok(Value::None)
        }
        _ => Err(vm.err(
            Ty::AttributeError,
            format!("'list' object has no attribute '{name}'"),
        )),
    }
}
