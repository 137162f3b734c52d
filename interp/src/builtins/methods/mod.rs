//! Methods and attributes of builtin values: dispatch by the receiver's builtin type to the
//! file of that type, plus the attributes (`real`, `start`, `__name__` …) that are not methods.

mod bytes;
mod code;
mod dict;
mod generator;
mod list;
mod misc;
mod numbers;
mod set;
mod str;

use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::objects::{ClassRef, Obj};
use crate::types::Ty;
use crate::value::Value;

pub use bytes::{byte_value, bytes_from_object, bytes_like};
pub use misc::{dir_names, native_context, object_method_call, set_exception_attr};

/// Whether builtin type `t` has a method called `name`.
pub fn has_method(t: Ty, name: &str) -> bool {
    let sized = matches!(
        t,
        Ty::Str
            | Ty::List
            | Ty::Tuple
            | Ty::Dict
            | Ty::Set
            | Ty::FrozenSet
            | Ty::Range
            | Ty::Bytes
            | Ty::ByteArray
            | Ty::DictKeys
            | Ty::DictValues
            | Ty::DictItems
    );
    if sized && matches!(name, "__len__" | "__iter__" | "__contains__") {
        return true;
    }
    let subscriptable = matches!(
        t,
        Ty::Str | Ty::List | Ty::Tuple | Ty::Dict | Ty::Range | Ty::Bytes | Ty::ByteArray
    );
    if subscriptable && name == "__getitem__" {
        return true;
    }
    let sequence = matches!(
        t,
        Ty::Str | Ty::List | Ty::Tuple | Ty::Bytes | Ty::ByteArray
    );
    if sequence
        && matches!(
            name,
            "__add__"
                | "__mul__"
                | "__rmul__"
                | "__eq__"
                | "__ne__"
                | "__lt__"
                | "__le__"
                | "__gt__"
                | "__ge__"
        )
    {
        return true;
    }
    if matches!(t, Ty::List | Ty::Dict | Ty::ByteArray)
        && matches!(name, "__setitem__" | "__delitem__")
    {
        return true;
    }
    match t {
        Ty::Str => str::METHODS.contains(&name),
        Ty::List => list::METHODS.contains(&name),
        Ty::Dict => dict::METHODS.contains(&name),
        Ty::Set | Ty::FrozenSet => set::METHODS.contains(&name),
        Ty::Bytes | Ty::ByteArray | Ty::MemoryView => bytes::has_method(t, name),
        Ty::MappingProxy => matches!(name, "keys" | "values" | "items" | "get" | "copy"),
        _ => misc::has_method(t, name),
    }
}

fn is_number_type(t: Ty) -> bool {
    matches!(t, Ty::Int | Ty::Bool | Ty::Float | Ty::Complex)
}

/// Whether `a.__eq__(b)` of builtin types compares rather than returning NotImplemented.
fn comparable_types(a: Ty, b: Ty) -> bool {
    let set_like = |t: Ty| matches!(t, Ty::Set | Ty::FrozenSet);
    match a {
        Ty::Set | Ty::FrozenSet => set_like(b),
        // Views compare with sets and other set-like views.
        Ty::DictKeys | Ty::DictItems => set_like(b) || matches!(b, Ty::DictKeys | Ty::DictItems),
        Ty::ByteArray => matches!(b, Ty::Bytes | Ty::ByteArray),
        _ => a == b,
    }
}

/// Calls method `name` of a builtin receiver (or of the builtin part of an instance).
pub fn call_method(
    vm: &mut Vm,
    receiver: Value,
    name: &str,
    args: Vec<Value>,
    kwargs: KwArgs,
) -> RtResult<Value> {
    if let Some(id) = receiver.as_obj() {
        if let Obj::Super { start, obj } = vm.heap.get(id) {
            let (start, obj) = (*start, *obj);
            return misc::super_builtin_call(vm, start, obj, name, args, kwargs);
        }
    }
    let is_class = matches!(receiver, Value::Type(_))
        || matches!(
            receiver.as_obj().map(|id| vm.heap.get(id)),
            Some(Obj::Class(_))
        );
    if is_class && name == "__subclasses__" {
        crate::builtins::Args::method("type", "__subclasses__", args, kwargs).exact(vm, 0)?;
        return vm.subclasses_of(receiver);
    }
    if is_class && name == "mro" {
        crate::builtins::Args::method("type", "mro", args, kwargs).exact(vm, 0)?;
        let mro: Vec<Value> = vm
            .mro_of(receiver)
            .into_iter()
            .map(|c| c.to_value())
            .collect();
        return vm.new_list(mro);
    }
    // Class methods of builtin types (`dict.fromkeys`, `int.from_bytes`, `str.maketrans`).
    let class_ty = match receiver {
        Value::Type(t) => Some(t),
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::Class(c) => Some(c.native_base),
            _ => None,
        },
        _ => None,
    };
    if let Some(t) = class_ty.filter(|t| misc::is_classmethod(*t, name)) {
        return match t {
            Ty::Dict => dict::call(vm, receiver, receiver, name, args, kwargs),
            Ty::Str => str::call(vm, receiver, name, args, kwargs),
            _ => misc::class_method(vm, t, name, args, kwargs),
        };
    }
    if let Some(Obj::Module(m)) = receiver.as_obj().map(|id| vm.heap.get(id)) {
        let module = m.name.clone();
        return crate::modules::call(vm, &module, name, args, kwargs);
    }
    let t = vm.builtin_ty(receiver);
    let native = vm.native_of(receiver);
    // Dunders every builtin type has, applied to the builtin value (`dict.__repr__(self)`).
    if t != Ty::Object && !t.is_exception() {
        let arg = args.first().copied();
        match (name, arg) {
            ("__repr__", None) => {
                let s = vm.repr(native)?;
                return vm.new_str(s);
            }
            ("__str__", None) => return vm.to_str_value(native),
            ("__len__", None) => {
                return crate::builtins::iterables::len_of(vm, native).map(|n| Value::Int(n as i64))
            }
            ("__iter__", None) => return vm.get_iter(native),
            ("__hash__", None) => return vm.hash(native).map(Value::Int),
            ("__eq__" | "__ne__", Some(o)) if !is_number_type(t) => {
                // A type's own __eq__ only compares with its kind of value.
                let ot = vm.builtin_ty(o);
                if !comparable_types(t, ot) {
                    return Ok(Value::NotImplemented);
                }
                let o = vm.native_of(o);
                let cmp = if name == "__eq__" {
                    crate::compile::code::Cmp::Eq
                } else {
                    crate::compile::code::Cmp::Ne
                };
                return vm.compare(cmp, native, o);
            }
            ("__contains__", Some(o)) => return vm.contains(native, o).map(Value::Bool),
            ("__getitem__", Some(k)) => return vm.getitem(native, k),
            ("__setitem__", Some(k)) if args.len() == 2 => {
                vm.setitem(native, k, args[1])?;
                return Ok(Value::None);
            }
            ("__delitem__", Some(k)) => {
                vm.delitem(native, k)?;
                return Ok(Value::None);
            }
            _ => {}
        }
    }
    if let Some(Obj::MappingProxy(d)) = native.as_obj().map(|id| vm.heap.get(id)) {
        let d = Value::Obj(*d);
        return dict::call(vm, d, d, name, args, kwargs);
    }
    match t {
        Ty::Str => str::call(vm, native, name, args, kwargs),
        Ty::List => list::call(vm, native, name, args, kwargs),
        Ty::Dict => dict::call(vm, receiver, native, name, args, kwargs),
        Ty::Set | Ty::FrozenSet => set::call(vm, native, name, args, kwargs),
        _ => misc::call(vm, receiver, name, args, kwargs),
    }
}

/// A bound builtin method object.
fn bound(vm: &mut Vm, receiver: Value, name: &str) -> RtResult<Value> {
    vm.alloc(Obj::BuiltinMethod {
        receiver,
        name: name.to_string(),
        unbound: false,
    })
}

/// Attributes of builtin values (methods become bound method objects).
pub fn builtin_attr(vm: &mut Vm, obj: Value, name: &str) -> RtResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(vm.type_of(obj)));
    }
    if let Some(v) = misc::data_attr(vm, obj, name)? {
        return Ok(Some(v));
    }
    let t = vm.builtin_ty(obj);
    if has_method(t, name) || matches!(name, "__eq__" | "__ne__") {
        return bound(vm, obj, name).map(Some);
    }
    Ok(None)
}

/// Builtin attributes of user instances: methods of a builtin base, exception attributes.
pub fn instance_builtin_attr(vm: &mut Vm, obj: Value, name: &str) -> RtResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(vm.type_of(obj)));
    }
    let plain_object = matches!(
        obj.as_obj().map(|id| vm.heap.get(id)),
        Some(Obj::Instance(i)) if i.class == ClassRef::Builtin(Ty::Object)
    );
    let slots_only = name == "__dict__" && {
        let cls = vm.type_of(obj);
        vm.slots_only(cls).is_some()
    };
    if name == "__dict__" && !plain_object && !slots_only {
        if let Some(id) = obj.as_obj() {
            let d = vm.ensure_instance_dict(id)?;
            return Ok(Some(Value::Obj(d)));
        }
    }
    if let Some(v) = misc::data_attr(vm, obj, name)? {
        return Ok(Some(v));
    }
    let t = vm.builtin_ty(obj);
    if has_method(t, name) || misc::object_method(name) {
        return bound(vm, obj, name).map(Some);
    }
    let is_exc =
        matches!(obj.as_obj().map(|id| vm.heap.get(id)), Some(Obj::Instance(i)) if i.exc.is_some());
    if is_exc && misc::has_method(Ty::BaseException, name) {
        return bound(vm, obj, name).map(Some);
    }
    Ok(None)
}

/// Attributes of builtin types: unbound methods (`str.lower`), class methods (`dict.fromkeys`).
pub fn type_attr(vm: &mut Vm, cls: Value, name: &str) -> RtResult<Option<Value>> {
    let t = match cls {
        Value::Type(t) => t,
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::Class(c) => {
                let mro = c.mro.clone();
                let Some(t) = mro.iter().find_map(|c| match c {
                    ClassRef::Builtin(t) => Some(*t),
                    _ => None,
                }) else {
                    return Ok(None);
                };
                if misc::is_classmethod(t, name) {
                    return vm
                        .alloc(Obj::BuiltinMethod {
                            receiver: cls,
                            name: name.to_string(),
                            unbound: false,
                        })
                        .map(Some);
                }
                t
            }
            _ => return Ok(None),
        },
        _ => return Ok(None),
    };
    if name == "__doc__" {
        return Ok(Some(Value::None));
    }
    if misc::is_classmethod(t, name) {
        return vm
            .alloc(Obj::BuiltinMethod {
                receiver: Value::Type(t),
                name: name.to_string(),
                unbound: false,
            })
            .map(Some);
    }
    if has_method(t, name)
        || misc::object_method(name)
        || (t.is_exception() && misc::has_method(Ty::BaseException, name))
    {
        let key = (t, name.to_string());
        if let Some(m) = vm.method_cache.get(&key) {
            return Ok(Some(*m));
        }
        let m = vm.alloc(Obj::BuiltinMethod {
            receiver: Value::Type(t),
            name: name.to_string(),
            unbound: true,
        })?;
        vm.method_cache.insert(key, m);
        return Ok(Some(m));
    }
    Ok(None)
}
