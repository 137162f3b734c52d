//! Introspection builtins: isinstance, issubclass, getattr, setattr, hasattr, delattr, callable,
//! id, hash, dir, vars, globals, locals.

use super::{Args, Builtin};
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;

fn is_class(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Type(_) => true,
        Value::Obj(id) => matches!(vm.heap.get(id), Obj::Class(_)),
        _ => false,
    }
}

/// `isinstance(v, cls)` with tuples of classes.
pub fn isinstance(vm: &mut Vm, v: Value, cls: Value, depth: usize) -> RtResult<bool> {
    if let Some(Obj::Tuple(items) | Obj::Union(items)) = cls.as_obj().map(|id| vm.heap.get(id)) {
        let items = items.clone();
        for c in items {
            if depth < 100 && isinstance(vm, v, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !is_class(vm, cls) {
        return Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    let t = vm.type_of(v);
    Ok(vm.is_subclass(t, cls))
}

pub fn call(vm: &mut Vm, b: Builtin, args: Args) -> RtResult<Value> {
    match b {
        Builtin::Isinstance => {
            args.exact(vm, 2)?;
            isinstance(vm, args.pos[0], args.pos[1], 0).map(Value::Bool)
        }
        Builtin::Issubclass => {
            args.exact(vm, 2)?;
            let (a, c) = (args.pos[0], args.pos[1]);
            if !is_class(vm, a) {
                return Err(vm.type_error("issubclass() arg 1 must be a class"));
            }
            if let Some(Obj::Tuple(items) | Obj::Union(items)) =
                c.as_obj().map(|id| vm.heap.get(id))
            {
                let items = items.clone();
                for x in items {
                    if !is_class(vm, x) {
                        return Err(vm.type_error(
                            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                        ));
                    }
                    if vm.is_subclass(a, x) {
                        return Ok(Value::Bool(true));
                    }
                }
                return Ok(Value::Bool(false));
            }
            if !is_class(vm, c) {
                return Err(vm.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ));
            }
            Ok(Value::Bool(vm.is_subclass(a, c)))
        }
        Builtin::Getattr => {
            args.no_kw(vm)?;
            if args.pos.len() < 2 || args.pos.len() > 3 {
                return Err(vm.type_error(format!(
                    "getattr expected at least 2 arguments, got {}",
                    args.pos.len()
                )));
            }
            let name = attr_name(vm, args.pos[1], "getattr")?;
            match vm.get_attr(args.pos[0], &name) {
                Ok(v) => Ok(v),
                Err(RtError::Exc(e)) if args.pos.len() == 3 && is_attr_error(vm, e) => {
                    Ok(args.pos[2])
                }
                Err(e) => Err(e),
            }
        }
        Builtin::Hasattr => {
            args.exact(vm, 2)?;
            let name = attr_name(vm, args.pos[1], "hasattr")?;
            match vm.get_attr(args.pos[0], &name) {
                Ok(_) => Ok(Value::Bool(true)),
                Err(RtError::Exc(e)) if is_attr_error(vm, e) => Ok(Value::Bool(false)),
                Err(e) => Err(e),
            }
        }
        Builtin::Setattr => {
            args.exact(vm, 3)?;
            let name = attr_name(vm, args.pos[1], "setattr")?;
            vm.set_attr(args.pos[0], &name, args.pos[2])?;
            Ok(Value::None)
        }
        Builtin::Delattr => {
            args.exact(vm, 2)?;
            let name = attr_name(vm, args.pos[1], "delattr")?;
            vm.del_attr(args.pos[0], &name)?;
            Ok(Value::None)
        }
        Builtin::Callable => {
            args.exact(vm, 1)?;
            Ok(Value::Bool(vm.is_callable(args.pos[0])))
        }
        Builtin::Id => {
            args.exact(vm, 1)?;
            let v = args.pos[0];
            Ok(Value::Int(match v {
                Value::Obj(id) => 0x7f00_0000_0000 + id.0 as i64 * 0x30,
                other => 0x5000_0000 + (vm.hash(other).unwrap_or(0) & 0xffff_ffff) * 8,
            }))
        }
        Builtin::Hash => {
            args.exact(vm, 1)?;
            vm.hash(args.pos[0]).map(Value::Int)
        }
        Builtin::Dir => {
            args.no_kw(vm)?;
            args.range(vm, 0, 1)?;
            let names = match args.pos.first() {
                Some(v) => {
                    if let Some(m) = vm.lookup_user_method(*v, "__dir__") {
                        let r = vm.call_value(m, vec![*v], Vec::new())?;
                        let items = vm.collect_iterable(r)?;
                        let l = vm.new_list(items.clone())?;
                        vm.temp_roots.push(l);
                        let sorted =
                            crate::builtins::iterables::sort_values(vm, items, None, false);
                        vm.temp_roots.pop();
                        return vm.new_list(sorted?);
                    }
                    crate::builtins::methods::dir_names(vm, *v)?
                }
                None => scope_names(vm),
            };
            let mut items = Vec::with_capacity(names.len());
            for n in names {
                items.push(vm.new_str(n)?);
            }
            vm.new_list(items)
        }
        Builtin::Vars => {
            args.no_kw(vm)?;
            args.range(vm, 0, 1)?;
            match args.pos.first() {
                None => globals_dict(vm),
                Some(v) => {
                    let v = *v;
                    match v.as_obj().map(|id| vm.heap.get(id)) {
                        Some(Obj::Instance(_)) => {
                            let id = v.as_obj().unwrap_or(crate::value::ObjId(0));
                            let d = vm.ensure_instance_dict(id)?;
                            Ok(Value::Obj(d))
                        }
                        Some(Obj::Class(_) | Obj::Module(_) | Obj::Function(_)) => {
                            vm.get_attr(v, "__dict__")
                        }
                        _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
                    }
                }
            }
        }
        Builtin::Globals | Builtin::Locals => {
            args.exact(vm, 0)?;
            globals_dict(vm)
        }
        _ => Err(vm.internal("not an introspection builtin")),
    }
}

/// `dir()`: the names bound in the calling scope, sorted.
fn scope_names(vm: &Vm) -> Vec<String> {
    let frame = vm.frames.last();
    let code = frame.and_then(|f| vm.program.codes.get(f.code as usize));
    let mut names: Vec<String> = match (frame, code) {
        (Some(f), Some(code)) if !code.flags.module => {
            if let Some(ns) = f.namespace {
                match vm.heap.get(ns) {
                    Obj::Dict(d) => d
                        .keys()
                        .into_iter()
                        .filter_map(|k| vm.str_of(k).map(str::to_string))
                        .collect(),
                    _ => Vec::new(),
                }
            } else {
                let mut out: Vec<String> = code
                    .varnames
                    .iter()
                    .zip(&f.stack)
                    .take(f.nlocals as usize)
                    .filter(|(_, v)| !matches!(v, Value::Undef))
                    .map(|(n, _)| n.clone())
                    .collect();
                let cell_names = code.cellvars.iter().chain(&code.freevars);
                for (name, cell) in cell_names.zip(&f.cells) {
                    let bound = !matches!(vm.heap.get(*cell), Obj::Cell(Value::Undef));
                    if bound && !out.contains(name) {
                        out.push(name.clone());
                    }
                }
                out
            }
        }
        _ => vm
            .program
            .globals
            .iter()
            .zip(&vm.globals)
            .filter(|(_, v)| !matches!(v, Value::Undef))
            .map(|(n, _)| n.clone())
            .collect(),
    };
    names.sort();
    names
}

/// A snapshot dict of the module's globals.
fn globals_dict(vm: &mut Vm) -> RtResult<Value> {
    let d = vm.alloc(Obj::Dict(Dict::new()))?;
    let id = d.as_obj().unwrap_or(crate::value::ObjId(0));
    let k = vm.new_str("__name__")?;
    let v = vm.new_str("__main__")?;
    vm.dict_set(id, k, v)?;
    let pairs: Vec<(String, Value)> = vm
        .program
        .globals
        .iter()
        .cloned()
        .zip(vm.globals.iter().copied())
        .filter(|(_, v)| !matches!(v, Value::Undef))
        .collect();
    for (n, v) in pairs {
        let k = vm.new_str(n)?;
        vm.dict_set(id, k, v)?;
    }
    Ok(d)
}

fn attr_name(vm: &mut Vm, v: Value, _func: &str) -> RtResult<String> {
    match vm.str_of(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn is_attr_error(vm: &Vm, e: Value) -> bool {
    let t = vm.type_of(e);
    vm.is_subclass(t, Value::Type(Ty::AttributeError))
}
