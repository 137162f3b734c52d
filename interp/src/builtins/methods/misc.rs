//! Methods and data attributes of the other builtin types (int, float, tuple, bytes, functions,
//! generators, exceptions, ranges, slices, `object`), and `super()` reaching builtin classes.

use super::numbers::{COMPLEX_METHODS, FLOAT_METHODS, INT_METHODS};
use num_bigint::BigInt;

use crate::builtins::Args;
use crate::eval::call::KwArgs;
use crate::eval::ops::Num;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::{ClassRef, Obj};
use crate::types::Ty;
use crate::value::Value;

const TUPLE_METHODS: &[&str] = &["index", "count", "__len__", "__getitem__", "__contains__"];
const GEN_METHODS: &[&str] = &["send", "throw", "close", "__next__", "__iter__"];
const EXC_METHODS: &[&str] = &["add_note", "with_traceback"];
const OBJECT_METHODS: &[&str] = &[
    "__init__",
    "__new__",
    "__repr__",
    "__str__",
    "__eq__",
    "__ne__",
    "__hash__",
    "__setattr__",
    "__getattribute__",
    "__delattr__",
    "__format__",
    "__init_subclass__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
];

pub fn has_method(t: Ty, name: &str) -> bool {
    match t {
        Ty::Int | Ty::Bool => INT_METHODS.contains(&name),
        Ty::Float => FLOAT_METHODS.contains(&name),
        Ty::Complex => COMPLEX_METHODS.contains(&name),
        Ty::Tuple => TUPLE_METHODS.contains(&name),
        Ty::Generator | Ty::Coroutine => GEN_METHODS.contains(&name),
        Ty::AsyncGenerator => matches!(
            name,
            "__aiter__" | "__anext__" | "asend" | "athrow" | "aclose"
        ),
        t if is_iterator_type(t) => matches!(name, "__next__" | "__iter__"),
        Ty::Range => matches!(name, "index" | "count"),
        Ty::Slice => name == "indices",
        Ty::DictKeys | Ty::DictItems => name == "isdisjoint",
        t if t.is_exception() => {
            EXC_METHODS.contains(&name)
                || t.is_subtype(Ty::BaseExceptionGroup)
                    && matches!(name, "split" | "subgroup" | "derive")
        }
        _ => false,
    }
}

/// The builtin iterator types (`list_iterator`, `map`, `enumerate` …).
fn is_iterator_type(t: Ty) -> bool {
    matches!(
        t,
        Ty::Iterator
            | Ty::ListIterator
            | Ty::ListReverseIterator
            | Ty::TupleIterator
            | Ty::StrIterator
            | Ty::RangeIterator
            | Ty::DictKeyIterator
            | Ty::DictValueIterator
            | Ty::DictItemIterator
            | Ty::SetIterator
            | Ty::BytesIterator
            | Ty::CallableIterator
            | Ty::Map
            | Ty::Filter
            | Ty::Zip
            | Ty::Enumerate
            | Ty::Reversed
    )
}

pub fn object_method(name: &str) -> bool {
    OBJECT_METHODS.contains(&name)
}

pub fn is_classmethod(t: Ty, name: &str) -> bool {
    matches!(
        (t, name),
        (Ty::Dict, "fromkeys")
            | (Ty::Int, "from_bytes")
            | (Ty::Str, "maketrans")
            | (Ty::Float, "fromhex")
            | (Ty::Bytes | Ty::ByteArray, "fromhex")
    )
}

/// `int.from_bytes`, `float.fromhex`, `bytes.fromhex`.
pub fn class_method(
    vm: &mut Vm,
    t: Ty,
    name: &str,
    pos: Vec<Value>,
    kw: KwArgs,
) -> RtResult<Value> {
    let args = Args::method(t.name(), name, pos, kw);
    match (t, name) {
        (Ty::Int, "from_bytes") => super::numbers::int_from_bytes(vm, &args),
        (Ty::Float, "fromhex") => super::numbers::float_from_hex(vm, &args),
        (Ty::Bytes | Ty::ByteArray, "fromhex") => super::bytes::fromhex(vm, t, &args),
        _ => Err(vm.err(
            Ty::AttributeError,
            format!("type object '{}' has no attribute '{name}'", t.name()),
        )),
    }
}

/// Data attributes (not methods) of builtin values.
pub fn data_attr(vm: &mut Vm, obj: Value, name: &str) -> RtResult<Option<Value>> {
    let n = vm.num(obj);
    match (name, &n) {
        ("real", Some(Num::Int(_) | Num::Big(_) | Num::Float(_))) => {
            return Ok(Some(vm.native_of(obj)))
        }
        ("imag", Some(Num::Int(_) | Num::Big(_))) => return Ok(Some(Value::Int(0))),
        ("imag", Some(Num::Float(_))) => return Ok(Some(Value::Float(0.0))),
        ("real", Some(Num::Complex(r, _))) => return Ok(Some(Value::Float(*r))),
        ("imag", Some(Num::Complex(_, i))) => return Ok(Some(Value::Float(*i))),
        ("numerator", Some(Num::Int(_) | Num::Big(_))) => return Ok(Some(vm.native_of(obj))),
        ("denominator", Some(Num::Int(_) | Num::Big(_))) => return Ok(Some(Value::Int(1))),
        _ => {}
    }
    if let Value::Builtin(b) = obj {
        return match name {
            "__name__" | "__qualname__" => vm.new_str(b.name()).map(Some),
            "__module__" => vm.new_str("builtins").map(Some),
            "__doc__" => Ok(Some(Value::None)),
            _ => Ok(None),
        };
    }
    let Some(id) = obj.as_obj() else {
        return Ok(None);
    };
    if let Some(v) = vm.big_range_attr(obj, name)? {
        return Ok(Some(v));
    }
    match vm.heap.get(id) {
        Obj::Range { start, stop, step } => {
            let v = match name {
                "start" => *start,
                "stop" => *stop,
                "step" => *step,
                _ => return Ok(None),
            };
            Ok(Some(Value::Int(v)))
        }
        Obj::Slice { start, stop, step } => Ok(match name {
            "start" => Some(*start),
            "stop" => Some(*stop),
            "step" => Some(*step),
            _ => None,
        }),
        Obj::Function(f) => {
            let (fname, qual, defaults, dict, doc, code) = (
                f.name.clone(),
                f.qualname.clone(),
                f.defaults.clone(),
                f.dict,
                f.doc,
                f.code,
            );
            match name {
                "__code__" => {
                    if let Some(c) = vm.code_objects.get(&code) {
                        return Ok(Some(*c));
                    }
                    let c = vm.alloc(Obj::Code(code))?;
                    vm.code_objects.insert(code, c);
                    Ok(Some(c))
                }
                "__annotations__" => {
                    let fid = obj.as_obj().unwrap_or(id);
                    let existing = match vm.heap.get(fid) {
                        Obj::Function(f) => f.annotations,
                        _ => Value::None,
                    };
                    if !existing.is_none() {
                        return Ok(Some(existing));
                    }
                    let d = vm.alloc(Obj::Dict(crate::objects::Dict::new()))?;
                    if let Obj::Function(f) = vm.heap.get_mut(fid) {
                        f.annotations = d;
                    }
                    Ok(Some(d))
                }
                "__name__" => vm.new_str(fname).map(Some),
                "__qualname__" => vm.new_str(qual).map(Some),
                "__module__" => vm.new_str("__main__").map(Some),
                "__doc__" => Ok(Some(doc)),
                "__defaults__" => {
                    if defaults.is_empty() {
                        Ok(Some(Value::None))
                    } else {
                        vm.new_tuple(defaults).map(Some)
                    }
                }
                "__dict__" => match dict {
                    Some(d) => Ok(Some(Value::Obj(d))),
                    None => {
                        let d = vm.heap.alloc(Obj::Dict(crate::objects::Dict::new()))?;
                        if let Obj::Function(f) = vm.heap.get_mut(id) {
                            f.dict = Some(d);
                        }
                        Ok(Some(Value::Obj(d)))
                    }
                },
                "__closure__" => {
                    let cells = match vm.heap.get(id) {
                        Obj::Function(f) => f.closure.clone(),
                        _ => Vec::new(),
                    };
                    if cells.is_empty() {
                        Ok(Some(Value::None))
                    } else {
                        let items = cells.into_iter().map(Value::Obj).collect();
                        vm.new_tuple(items).map(Some)
                    }
                }
                "__kwdefaults__" => {
                    let kw = match vm.heap.get(id) {
                        Obj::Function(f) => f.kwdefaults.clone(),
                        _ => Vec::new(),
                    };
                    if kw.is_empty() {
                        return Ok(Some(Value::None));
                    }
                    let d = vm.alloc(Obj::Dict(crate::objects::Dict::new()))?;
                    let did = d.as_obj().unwrap_or(crate::value::ObjId(0));
                    for (k, v) in kw {
                        let k = vm.new_str(k)?;
                        vm.dict_set(did, k, v)?;
                    }
                    Ok(Some(d))
                }
                _ => {
                    let _ = code;
                    if let Some(d) = dict {
                        if let Obj::Dict(dd) = vm.heap.get(d) {
                            return Ok(vm.dict_get_str(dd, name));
                        }
                    }
                    Ok(None)
                }
            }
        }
        Obj::BoundMethod { receiver, func } => {
            let (receiver, func) = (*receiver, *func);
            match name {
                "__self__" => Ok(Some(receiver)),
                "__func__" => Ok(Some(func)),
                _ => data_attr(vm, func, name),
            }
        }
        Obj::BuiltinMethod {
            receiver,
            name: mname,
            ..
        } => {
            let (receiver, mname) = (*receiver, mname.clone());
            match name {
                "__self__" => Ok(Some(receiver)),
                "__name__" | "__qualname__" => vm.new_str(mname).map(Some),
                _ => Ok(None),
            }
        }
        Obj::Property {
            fget,
            fset,
            fdel,
            doc,
        } => {
            let (fget, fset, fdel, doc) = (*fget, *fset, *fdel, *doc);
            match name {
                "fget" => Ok(Some(fget)),
                "fset" => Ok(Some(fset)),
                "fdel" => Ok(Some(fdel)),
                "__doc__" => Ok(Some(doc)),
                "setter" | "getter" | "deleter" => vm
                    .alloc(Obj::BuiltinMethod {
                        receiver: obj,
                        name: name.to_string(),
                        unbound: false,
                    })
                    .map(Some),
                _ => Ok(None),
            }
        }
        Obj::StaticMethod(f) | Obj::ClassMethod(f) => {
            let f = *f;
            match name {
                "__func__" => Ok(Some(f)),
                _ => data_attr(vm, f, name),
            }
        }
        Obj::Generator(g) => {
            let (n, q) = (g.name.clone(), g.qualname.clone());
            match name {
                "__name__" => vm.new_str(n).map(Some),
                "__qualname__" => vm.new_str(q).map(Some),
                _ => Ok(None),
            }
        }
        Obj::Instance(inst) if inst.exc.is_some() => {
            let Some(data) = inst.exc.as_deref() else {
                return Ok(None);
            };
            let (args, cause, context, sup, notes) = (
                data.args,
                data.cause,
                data.context,
                data.suppress_context,
                data.notes,
            );
            match name {
                "args" => Ok(Some(args)),
                "__cause__" => Ok(Some(cause)),
                "__context__" => Ok(Some(context)),
                "__suppress_context__" => Ok(Some(Value::Bool(sup))),
                "__traceback__" => Ok(Some(Value::None)),
                "__notes__" if !notes.is_none() => Ok(Some(notes)),
                "value" if vm.is_stop_iteration(obj) => Ok(Some(
                    vm.tuple_items(args).first().copied().unwrap_or(Value::None),
                )),
                "code" if vm.is_subclass(vm.type_of(obj), Value::Type(Ty::SystemExit)) => {
                    let items = vm.tuple_items(args);
                    Ok(Some(match items.len() {
                        0 => Value::None,
                        1 => items[0],
                        _ => args,
                    }))
                }
                "message" | "exceptions" => vm.exc_group_attr(obj, name),
                _ => Ok(vm.exc_attr_default(obj, name)),
            }
        }
        Obj::Cell(v) => {
            let v = *v;
            match name {
                "cell_contents" if !matches!(v, Value::Undef) => Ok(Some(v)),
                "cell_contents" => Err(vm.value_error("Cell is empty")),
                _ => Ok(None),
            }
        }
        Obj::Module(_) => Ok(None),
        Obj::Code(c) => {
            let c = *c;
            super::code::code_attr(vm, c, name)
        }
        _ => Ok(None),
    }
}

/// Setting `__cause__`, `__context__`, `args`, `__traceback__` on exceptions.
pub fn set_exception_attr(vm: &mut Vm, obj: Value, name: &str, v: Value) -> RtResult<bool> {
    if vm.exc_data(obj).is_none() {
        return Ok(false);
    }
    match name {
        "__cause__" => {
            if let Some(d) = vm.exc_data_mut(obj) {
                d.cause = v;
                d.suppress_context = true;
            }
        }
        "__context__" => {
            if let Some(d) = vm.exc_data_mut(obj) {
                d.context = v;
            }
        }
        "__suppress_context__" => {
            let b = vm.truthy(v)?;
            if let Some(d) = vm.exc_data_mut(obj) {
                d.suppress_context = b;
            }
        }
        "args" => {
            let items = vm.collect_iterable(v)?;
            let t = vm.new_tuple(items)?;
            if let Some(d) = vm.exc_data_mut(obj) {
                d.args = t;
            }
        }
        "__traceback__" => {}
        _ => return Ok(false),
    }
    Ok(true)
}

/// Builtin types usable with `with` (none yet besides user classes).
pub fn native_context(_vm: &mut Vm, _mgr: Value) -> RtResult<Option<(Value, Value)>> {
    Ok(None)
}

/// `dir(v)`: sorted attribute names.
pub fn dir_names(vm: &mut Vm, v: Value) -> RtResult<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    let cls = match v {
        Value::Obj(id) if matches!(vm.heap.get(id), Obj::Class(_)) => v,
        Value::Type(_) => v,
        _ => vm.type_of(v),
    };
    if let Some(id) = v.as_obj() {
        if let Obj::Instance(inst) = vm.heap.get(id) {
            if let Some(d) = inst.dict {
                if let Obj::Dict(dd) = vm.heap.get(d) {
                    for k in dd.keys() {
                        if let Some(s) = vm.str_of(k) {
                            names.push(s.to_string());
                        }
                    }
                }
            }
        }
        if let Obj::Module(m) = vm.heap.get(id) {
            for k in m.dict.keys() {
                if let Some(s) = vm.str_of(k) {
                    names.push(s.to_string());
                }
            }
            names.sort();
            return Ok(names);
        }
    }
    for c in vm.mro_of(cls) {
        match c {
            ClassRef::User(id) => {
                if let Obj::Class(class) = vm.heap.get(id) {
                    for k in class.dict.keys() {
                        if let Some(s) = vm.str_of(k) {
                            names.push(s.to_string());
                        }
                    }
                }
            }
            ClassRef::Builtin(t) => {
                let list: &[&str] = match t {
                    Ty::Str => super::str::METHODS,
                    Ty::List => super::list::METHODS,
                    Ty::Dict => super::dict::METHODS,
                    Ty::Set | Ty::FrozenSet => super::set::METHODS,
                    Ty::Int | Ty::Bool => INT_METHODS,
                    Ty::Float => FLOAT_METHODS,
                    Ty::Tuple => TUPLE_METHODS,
                    Ty::Object => OBJECT_METHODS,
                    _ => &[],
                };
                names.extend(list.iter().map(|s| s.to_string()));
                if t == Ty::Object {
                    names.extend(
                        ["__class__", "__doc__", "__dict__", "__module__"]
                            .iter()
                            .map(|s| s.to_string()),
                    );
                }
            }
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// Default behaviour of the dunders a builtin type provides, called explicitly.
pub fn dunder_fallback(vm: &mut Vm, recv: Value, name: &str, args: &[Value]) -> RtResult<Value> {
    use crate::compile::code::{BinOp, Cmp};
    let arg = |i: usize| args.get(i).copied().unwrap_or(Value::None);
    match name {
        "__add__" => vm.binary_op(BinOp::Add, recv, arg(0)),
        "__sub__" => vm.binary_op(BinOp::Sub, recv, arg(0)),
        "__mul__" => vm.binary_op(BinOp::Mul, recv, arg(0)),
        "__eq__" => vm.compare(Cmp::Eq, recv, arg(0)),
        "__lt__" => vm.compare(Cmp::Lt, recv, arg(0)),
        "__hash__" => vm.hash(recv).map(Value::Int),
        "__abs__" => {
            crate::builtins::call(vm, crate::builtins::Builtin::Abs, vec![recv], Vec::new())
        }
        "__neg__" => vm.unary_op(crate::compile::code::UnOp::Neg, recv),
        "__int__" | "__index__" => crate::builtins::types::to_int(vm, recv, None),
        "__float__" => crate::builtins::types::to_float(vm, recv),
        _ => Err(vm.err(Ty::AttributeError, format!("no attribute '{name}'"))),
    }
}

pub fn call(vm: &mut Vm, recv: Value, name: &str, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let t = vm.builtin_ty(recv);
    let args = Args::method(t.name(), name, pos, kw);
    let native = vm.native_of(recv);
    if let Some(Obj::Property {
        fget,
        fset,
        fdel,
        doc,
    }) = recv.as_obj().map(|id| vm.heap.get(id))
    {
        let (mut fget, mut fset, mut fdel, doc) = (*fget, *fset, *fdel, *doc);
        args.exact(vm, 1)?;
        match name {
            "setter" => fset = args.pos[0],
            "getter" => fget = args.pos[0],
            _ => fdel = args.pos[0],
        }
        return vm.alloc(Obj::Property {
            fget,
            fset,
            fdel,
            doc,
        });
    }
    match (t, name) {
        (Ty::Int | Ty::Bool | Ty::Float | Ty::Complex, _)
            if INT_METHODS.contains(&name)
                || FLOAT_METHODS.contains(&name)
                || COMPLEX_METHODS.contains(&name) =>
        {
            super::numbers::number_method(vm, native, name, &args)
        }
        (Ty::Tuple, "index") => super::list::seq_index_of(vm, native, &args, "tuple"),
        (Ty::Tuple, "count") => super::list::seq_count(vm, native, &args),
        (Ty::Range, "index" | "count") => {
            args.exact(vm, 1)?;
            let found = vm.contains(recv, args.pos[0])?;
            if name == "count" {
                return Ok(Value::Int(found as i64));
            }
            if !found {
                let r = vm.repr(args.pos[0])?;
                return Err(vm.value_error(format!("{r} is not in range")));
            }
            let (start, step) = match recv.as_obj().map(|id| vm.heap.get(id)) {
                Some(Obj::Range { start, step, .. }) => (BigInt::from(*start), BigInt::from(*step)),
                Some(Obj::BigRange(r)) => (r.start.clone(), r.step.clone()),
                _ => (BigInt::from(0), BigInt::from(1)),
            };
            let i = crate::builtins::numeric::int_arg(vm, args.pos[0])?;
            vm.new_int((i - start) / step)
        }
        (Ty::DictKeys | Ty::DictItems, "isdisjoint") => {
            args.exact(vm, 1)?;
            vm.dict_view_isdisjoint(recv, args.pos[0]).map(Value::Bool)
        }
        (Ty::Generator | Ty::Coroutine, _) => {
            super::generator::generator_method(vm, recv, name, &args)
        }
        (Ty::AsyncGenerator, _) => vm.async_gen_method(recv, name, &args),
        (t, "__next__" | "__iter__") if is_iterator_type(t) => {
            args.exact(vm, 0)?;
            if name == "__iter__" {
                return Ok(recv);
            }
            match crate::builtins::iterables::next_or_stop(vm, recv)? {
                Ok(v) => Ok(v),
                Err(stop) => Err(RtError::Exc(stop)),
            }
        }
        (Ty::Bytes | Ty::ByteArray | Ty::MemoryView, _) => {
            super::bytes::call(vm, native, name, args)
        }
        (Ty::Slice, "indices") => {
            args.exact(vm, 1)?;
            let n = vm.index_of(args.pos[0])?;
            if n < 0 {
                return Err(vm.value_error("length should not be negative"));
            }
            let s = vm.slice_indices(recv, n as usize)?;
            vm.new_tuple(vec![
                Value::Int(s.start),
                Value::Int(s.stop),
                Value::Int(s.step),
            ])
        }
        _ if matches!(name, "split" | "subgroup" | "derive") && vm.is_exc_group(recv) => {
            match vm.exc_group_method(recv, name, &args.pos)? {
                Some(v) => Ok(v),
                None => Err(vm.internal("exception group method")),
            }
        }
        _ if vm.exc_data(recv).is_some() && EXC_METHODS.contains(&name) => match name {
            "add_note" => {
                args.exact(vm, 1)?;
                if vm.str_of(args.pos[0]).is_none() {
                    let tn = vm.type_name(args.pos[0]);
                    return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
                }
                let notes = vm.exc_data(recv).map(|d| d.notes).unwrap_or(Value::None);
                let notes = if notes.is_none() {
                    let l = vm.new_list(Vec::new())?;
                    if let Some(d) = vm.exc_data_mut(recv) {
                        d.notes = l;
                    }
                    l
                } else {
                    notes
                };
                vm.list_append(notes, args.pos[0])?;
                Ok(Value::None)
            }
            _ => Ok(recv),
        },
        _ if object_method(name) => object_call(vm, recv, name, &args),
        _ => {
            let tn = vm.type_name(recv);
            Err(vm.err(
                Ty::AttributeError,
                format!("'{tn}' object has no attribute '{name}'"),
            ))
        }
    }
}

/// `object`'s own methods, called explicitly (`object.__init__(self)`, `super().__eq__(o)`).
/// `object.name(recv, *pos)` called through the type (`object.__eq__(1, 2)`).
pub fn object_method_call(
    vm: &mut Vm,
    recv: Value,
    name: &str,
    pos: Vec<Value>,
) -> RtResult<Value> {
    let args = Args::method("object", name, pos, Vec::new());
    object_call(vm, recv, name, &args)
}

fn object_call(vm: &mut Vm, recv: Value, name: &str, args: &Args) -> RtResult<Value> {
    use crate::compile::code::Cmp;
    let arg = args.pos.first().copied().unwrap_or(Value::None);
    match name {
        "__init__" => {
            if vm.exc_data(recv).is_some() {
                let t = vm.new_tuple(args.pos.clone())?;
                if let Some(d) = vm.exc_data_mut(recv) {
                    d.args = t;
                }
            }
            Ok(Value::None)
        }
        "__repr__" => {
            let cls = vm.type_of(recv);
            let path = vm.class_path(cls);
            let id = recv.as_obj().map(|i| i.0).unwrap_or(0);
            vm.new_str(format!(
                "<{path} object at 0x{:012x}>",
                0x7f00_0000_0000u64 + id as u64 * 0x30
            ))
        }
        "__str__" => vm.to_str_value(recv),
        "__eq__" => Ok(if recv.is(arg) {
            Value::Bool(true)
        } else {
            Value::NotImplemented
        }),
        "__ne__" => {
            let r = vm.compare(Cmp::Eq, recv, arg)?;
            Ok(Value::Bool(!vm.truthy(r)?))
        }
        "__lt__" | "__le__" | "__gt__" | "__ge__" => Ok(Value::NotImplemented),
        "__hash__" => Ok(Value::Int(
            recv.as_obj().map(|i| (i.0 as i64) << 4 | 1).unwrap_or(0),
        )),
        "__setattr__" => {
            args.exact(vm, 2)?;
            let n = vm.str_of(args.pos[0]).unwrap_or("").to_string();
            set_plain_attr(vm, recv, &n, args.pos[1])?;
            Ok(Value::None)
        }
        "__getattribute__" => {
            args.exact(vm, 1)?;
            let n = vm.str_of(args.pos[0]).unwrap_or("").to_string();
            get_plain_attr(vm, recv, &n)
        }
        "__delattr__" => {
            args.exact(vm, 1)?;
            let n = vm.str_of(args.pos[0]).unwrap_or("").to_string();
            if let Some(id) = recv.as_obj() {
                let d = vm.ensure_instance_dict(id)?;
                let k = vm.new_str(n.clone())?;
                if vm.dict_remove(d, k)?.is_none() {
                    let tn = vm.type_name(recv);
                    return Err(vm.err(
                        Ty::AttributeError,
                        format!("'{tn}' object has no attribute '{n}'"),
                    ));
                }
            }
            Ok(Value::None)
        }
        "__format__" => {
            let spec = vm.str_of(arg).unwrap_or("").to_string();
            if !spec.is_empty() {
                let tn = vm.type_name(recv);
                return Err(vm.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )));
            }
            vm.to_str_value(recv)
        }
        "__init_subclass__" => Ok(Value::None),
        _ => Err(vm.internal("unknown object method")),
    }
}

/// Sets an attribute in the instance dict, bypassing a user `__setattr__`.
fn set_plain_attr(vm: &mut Vm, obj: Value, name: &str, v: Value) -> RtResult<()> {
    if let Some(id) = obj.as_obj() {
        if matches!(vm.heap.get(id), Obj::Instance(_)) {
            if crate::builtins::methods::set_exception_attr(vm, obj, name, v)? {
                return Ok(());
            }
            let d = vm.ensure_instance_dict(id)?;
            let k = vm.new_str(name)?;
            return vm.dict_set(d, k, v);
        }
    }
    vm.set_attr(obj, name, v)
}

/// Gets an attribute without a user `__getattribute__`.
fn get_plain_attr(vm: &mut Vm, obj: Value, name: &str) -> RtResult<Value> {
    if let Some(id) = obj.as_obj() {
        if let Obj::Instance(inst) = vm.heap.get(id) {
            if let Some(d) = inst.dict {
                if let Obj::Dict(dd) = vm.heap.get(d) {
                    if let Some(v) = vm.dict_get_str(dd, name) {
                        return Ok(v);
                    }
                }
            }
            let cls = vm.type_of(obj);
            if let Some(a) = vm.lookup_class_attr(cls, name) {
                if matches!(a.as_obj().map(|i| vm.heap.get(i)), Some(Obj::Function(_))) {
                    return vm.alloc(Obj::BoundMethod {
                        receiver: obj,
                        func: a,
                    });
                }
                return Ok(a);
            }
            if let Some(v) = crate::builtins::methods::instance_builtin_attr(vm, obj, name)? {
                return Ok(v);
            }
            let tn = vm.type_name(obj);
            return Err(vm.err(
                Ty::AttributeError,
                format!("'{tn}' object has no attribute '{name}'"),
            ));
        }
    }
    vm.get_attr(obj, name)
}

/// `super().name(...)` when `name` is found on a builtin class of the MRO.
pub fn super_builtin_call(
    vm: &mut Vm,
    _start: Value,
    obj: Value,
    name: &str,
    args: Vec<Value>,
    kwargs: KwArgs,
) -> RtResult<Value> {
    if name == "__new__" {
        let cls = args.first().copied().unwrap_or(Value::None);
        return match cls {
            Value::Obj(cid) if matches!(vm.heap.get(cid), Obj::Class(_)) => {
                let nb = match vm.heap.get(cid) {
                    Obj::Class(c) => c.native_base,
                    _ => Ty::Object,
                };
                let inst = vm.new_instance(cid, nb, &args[1..])?;
                // Immutable builtin bases take their value in __new__ (`str.__new__(cls, v)`).
                let immutable = matches!(
                    nb,
                    Ty::Str
                        | Ty::Int
                        | Ty::Float
                        | Ty::Tuple
                        | Ty::Bytes
                        | Ty::FrozenSet
                        | Ty::Complex
                );
                if immutable && args.len() > 1 {
                    crate::builtins::types::init_native(vm, inst, nb, args[1..].to_vec(), kwargs)?;
                }
                Ok(inst)
            }
            Value::Type(t) => {
                match crate::builtins::types::call_type(vm, t, args[1..].to_vec(), kwargs)? {
                    crate::eval::call::Prepared::Value(v) => Ok(v),
                    _ => Err(vm.internal("super().__new__")),
                }
            }
            _ => Err(vm.type_error("object.__new__(X): X is not a type object")),
        };
    }
    let t = vm.builtin_ty(obj);
    if name == "__init__" && t != Ty::Object && !t.is_exception() {
        crate::builtins::types::init_native(vm, obj, t, args, kwargs)?;
        return Ok(Value::None);
    }
    let a = Args::new("super", args.clone(), kwargs.clone());
    if object_method(name) && !(super::has_method(t, name)) {
        return object_call(vm, obj, name, &a);
    }
    super::call_method(vm, obj, name, args, kwargs)
}
