//! Methods of `set` and `frozenset`.

use crate::builtins::Args;
use crate::compile::code::BinOp;
use crate::eval::call::KwArgs;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

pub const METHODS: &[&str] = &[
    "add",
    "remove",
    "discard",
    "pop",
    "clear",
    "copy",
    "union",
    "intersection",
    "difference",
    "symmetric_difference",
    "update",
    "intersection_update",
    "difference_update",
    "symmetric_difference_update",
    "issubset",
    "issuperset",
    "isdisjoint",
    "__len__",
    "__contains__",
];

pub fn call(vm: &mut Vm, recv: Value, name: &str, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let Some(id) = recv.as_obj() else {
        return Err(vm.internal("set method on a non-set"));
    };
    let frozen = matches!(vm.heap.get(id), Obj::FrozenSet(_));
    let tname = if frozen { "frozenset" } else { "set" };
    let args = Args::method(tname, name, pos, kw);
    args.no_kw(vm)?;
    let mutating = matches!(
        name,
        "add"
            | "remove"
            | "discard"
            | "pop"
            | "clear"
            | "update"
            | "intersection_update"
            | "difference_update"
            | "symmetric_difference_update"
    );
    if frozen && mutating {
        return Err(vm.err(
            Ty::AttributeError,
            format!("'frozenset' object has no attribute '{name}'"),
        ));
    }
    let as_set = |vm: &mut Vm, v: Value| -> RtResult<Value> {
        if matches!(
            v.as_obj().map(|i| vm.heap.get(i)),
            Some(Obj::Set(_) | Obj::FrozenSet(_))
        ) {
            Ok(v)
        } else {
            vm.new_set_from(v, false)
        }
    };
    match name {
        "add" => {
            args.exact(vm, 1)?;
            vm.set_add(recv, args.pos[0])?;
            Ok(Value::None)
        }
        "remove" | "discard" => {
            args.exact(vm, 1)?;
            let item = args.pos[0];
            if vm.set_discard(recv, item)? || name == "discard" {
                Ok(Value::None)
            } else {
                let e = vm.new_exception(Ty::KeyError, vec![item])?;
                Err(RtError::Exc(e))
            }
        }
        "pop" => {
            args.exact(vm, 0)?;
            let k = match vm.heap.get_mut(id) {
                Obj::Set(s) => s.pop(),
                _ => None,
            };
            match k {
                Some(k) => Ok(k),
                None => Err(vm.err(Ty::KeyError, "pop from an empty set")),
            }
        }
        "clear" => {
            if let Obj::Set(s) = vm.heap.get_mut(id) {
                s.clear();
            }
            Ok(Value::None)
        }
        "copy" => {
            if frozen {
                return Ok(recv);
            }
            vm.new_set_from(recv, false)
        }
        "union" | "intersection" | "difference" | "symmetric_difference" => {
            let op = match name {
                "union" => BinOp::Or,
                "intersection" => BinOp::And,
                "difference" => BinOp::Sub,
                _ => BinOp::Xor,
            };
            let mut acc = recv;
            if args.pos.is_empty() {
                return vm.new_set_from(recv, frozen);
            }
            for other in &args.pos {
                let o = as_set(vm, *other)?;
                acc = vm.set_binary(op, acc, o)?;
            }
            let _ = tname;
            Ok(acc)
        }
        "update" | "intersection_update" | "difference_update" | "symmetric_difference_update" => {
            let op = match name {
                "update" => BinOp::Or,
                "intersection_update" => BinOp::And,
                "difference_update" => BinOp::Sub,
                _ => BinOp::Xor,
            };
            for other in &args.pos {
                if op == BinOp::Or {
                    vm.set_update(recv, *other)?;
                } else {
                    let o = as_set(vm, *other)?;
                    vm.set_inplace(op, recv, o)?;
                }
            }
            Ok(Value::None)
        }
        "issubset" | "issuperset" | "isdisjoint" => {
            args.exact(vm, 1)?;
            let o = as_set(vm, args.pos[0])?;
            let r = match name {
                "issubset" => vm
                    .set_order(crate::compile::code::Cmp::Le, recv, o)?
                    .unwrap_or(false),
                "issuperset" => vm
                    .set_order(crate::compile::code::Cmp::Ge, recv, o)?
                    .unwrap_or(false),
                _ => {
                    let mut disjoint = true;
                    for k in vm.set_keys(recv) {
                        if vm.set_contains(o, k)? {
                            disjoint = false;
                            break;
                        }
                    }
                    disjoint
                }
            };
            Ok(Value::Bool(r))
        }
        "__len__" => Ok(Value::Int(vm.set_keys(recv).len() as i64)),
        "__contains__" => {
            args.exact(vm, 1)?;
            vm.set_contains(recv, args.pos[0]).map(Value::Bool)
        }
        _ => Err(vm.err(
            Ty::AttributeError,
            format!("'{tname}' object has no attribute '{name}'"),
        )),
    }
}
