//! Methods of `dict`.

use crate::builtins::Args;
use crate::eval::call::KwArgs;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::{Dict, DictViewKind, Obj};
use crate::types::Ty;
use crate::value::{ObjId, Value};

pub const METHODS: &[&str] = &[
    "get",
    "keys",
    "values",
    "items",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "copy",
    "clear",
    "fromkeys",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__iter__",
    "__init__",
];

pub fn call(
    vm: &mut Vm,
    outer: Value,
    recv: Value,
    name: &str,
    pos: Vec<Value>,
    kw: KwArgs,
) -> RtResult<Value> {
    if name == "fromkeys" {
        let args = Args::method("dict", "fromkeys", pos, kw);
        args.range(vm, 1, 2)?;
        let keys = vm.collect_iterable(args.pos[0])?;
        let value = args.pos.get(1).copied().unwrap_or(Value::None);
        let d = vm.alloc(Obj::Dict(Dict::new()))?;
        let id = d.as_obj().unwrap_or(ObjId(0));
        for k in keys {
            vm.dict_set(id, k, value)?;
        }
        return Ok(d);
    }
    let Some(id) = recv.as_obj() else {
        return Err(vm.internal("dict method on a non-dict"));
    };
    let mut args = Args::method("dict", name, pos, kw);
    if !matches!(name, "update" | "__init__") {
        args.no_kw(vm)?;
    }
    match name {
        "get" => {
            args.range(vm, 1, 2)?;
            Ok(vm
                .dict_get(id, args.pos[0])?
                .unwrap_or(args.pos.get(1).copied().unwrap_or(Value::None)))
        }
        "keys" | "values" | "items" => {
            args.exact(vm, 0)?;
            let kind = match name {
                "keys" => DictViewKind::Keys,
                "values" => DictViewKind::Values,
                _ => DictViewKind::Items,
            };
            vm.alloc(Obj::DictView { dict: id, kind })
        }
        "pop" => {
            args.range(vm, 1, 2)?;
            match vm.dict_remove(id, args.pos[0])? {
                Some(v) => Ok(v),
                None => match args.pos.get(1) {
                    Some(d) => Ok(*d),
                    None => {
                        let e = vm.new_exception(Ty::KeyError, vec![args.pos[0]])?;
                        Err(RtError::Exc(e))
                    }
                },
            }
        }
        "popitem" => {
            args.exact(vm, 0)?;
            let entry = match vm.heap.get_mut(id) {
                Obj::Dict(d) => d.last_pos().and_then(|p| d.remove_at(p)),
                _ => None,
            };
            match entry {
                Some(e) => vm.new_tuple(vec![e.key, e.value]),
                None => Err(vm.err(Ty::KeyError, "popitem(): dictionary is empty")),
            }
        }
        "setdefault" => {
            args.range(vm, 1, 2)?;
            match vm.dict_get(id, args.pos[0])? {
                Some(v) => Ok(v),
                None => {
                    let d = args.pos.get(1).copied().unwrap_or(Value::None);
                    vm.dict_set(id, args.pos[0], d)?;
                    Ok(d)
                }
            }
        }
        "update" => {
            args.range(vm, 0, 1)?;
            if let Some(src) = args.pos.first() {
                vm.dict_update_from(recv, *src, false)?;
            }
            for (k, v) in std::mem::take(&mut args.kw) {
                vm.dict_set(id, k, v)?;
            }
            Ok(Value::None)
        }
        "copy" => {
            args.exact(vm, 0)?;
            let d = match vm.heap.get(id) {
                Obj::Dict(d) => d.clone(),
                _ => Dict::new(),
            };
            vm.heap.charge(d.size_estimate())?;
            let _ = outer;
            vm.alloc(Obj::Dict(d))
        }
        "clear" => {
            args.exact(vm, 0)?;
            if let Obj::Dict(d) = vm.heap.get_mut(id) {
                d.clear();
            }
            Ok(Value::None)
        }
        "__len__" => Ok(Value::Int(match vm.heap.get(id) {
            Obj::Dict(d) => d.len() as i64,
            _ => 0,
        })),
        "__getitem__" => {
            args.exact(vm, 1)?;
            match vm.dict_get(id, args.pos[0])? {
                Some(v) => Ok(v),
                None => {
                    let e = vm.new_exception(Ty::KeyError, vec![args.pos[0]])?;
                    Err(RtError::Exc(e))
                }
            }
        }
        "__setitem__" => {
            args.exact(vm, 2)?;
            vm.dict_set(id, args.pos[0], args.pos[1])?;
            Ok(Value::None)
        }
        "__delitem__" => {
            args.exact(vm, 1)?;
            match vm.dict_remove(id, args.pos[0])? {
                Some(_) => Ok(Value::None),
                None => {
                    let e = vm.new_exception(Ty::KeyError, vec![args.pos[0]])?;
                    Err(RtError::Exc(e))
                }
            }
        }
        "__contains__" => {
            args.exact(vm, 1)?;
            Ok(Value::Bool(vm.dict_get(id, args.pos[0])?.is_some()))
        }
        "__iter__" => vm.get_iter(recv),
        "__init__" => {
            if let Some(src) = args.pos.first() {
                vm.dict_update_from(recv, *src, false)?;
            }
            for (k, v) in std::mem::take(&mut args.kw) {
                vm.dict_set(id, k, v)?;
            }
            Ok(Value::None)
        }
        _ => Err(vm.err(
            Ty::AttributeError,
            format!("'dict' object has no attribute '{name}'"),
        )),
    }
}
