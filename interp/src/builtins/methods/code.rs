//! Attributes of code objects (`f.__code__.co_name`, `co_varnames` …).

use crate::eval::{RtResult, Vm};
use crate::value::Value;

/// Attributes of a code object (`co_name`, `co_varnames` …).
pub fn code_attr(vm: &mut Vm, c: u32, name: &str) -> RtResult<Option<Value>> {
    let prog = vm.program.clone();
    let Some(code) = prog.codes.get(c as usize) else {
        return Ok(None);
    };
    let strs = |vm: &mut Vm, names: &[String]| -> RtResult<Value> {
        let mut items = Vec::with_capacity(names.len());
        for n in names {
            items.push(vm.new_str(n.clone())?);
        }
        vm.new_tuple(items)
    };
    let v = match name {
        "co_name" => vm.new_str(code.name.clone())?,
        "co_qualname" => vm.new_str(code.qualname.clone())?,
        "co_filename" => vm.new_str(code.filename.clone())?,
        "co_firstlineno" => Value::Int(i64::from(code.first_line)),
        "co_argcount" => Value::Int(i64::from(code.argcount)),
        "co_flags" => {
            // CPython's bits: OPTIMIZED|NEWLOCALS for functions, VARARGS 0x4, VARKEYWORDS 0x8,
            // NESTED 0x10, GENERATOR 0x20, COROUTINE 0x80.
            let f = code.flags;
            let mut bits = if f.module || f.class_body { 0 } else { 0x3 };
            if f.varargs {
                bits |= 0x4;
            }
            if f.varkw {
                bits |= 0x8;
            }
            if code.qualname.contains("<locals>") {
                bits |= 0x10;
            }
            if f.coroutine && !f.generator {
                bits |= 0x80;
            } else if f.generator {
                bits |= 0x20;
            }
            Value::Int(bits)
        }
        "co_posonlyargcount" => Value::Int(i64::from(code.posonlyargcount)),
        "co_kwonlyargcount" => Value::Int(i64::from(code.kwonlyargcount)),
        "co_nlocals" | "co_varnames" => {
            // Parameters, then locals that are not cells (those are in co_cellvars).
            let nparams = (code.argcount + code.kwonlyargcount) as usize
                + usize::from(code.flags.varargs)
                + usize::from(code.flags.varkw);
            let names: Vec<String> = code
                .varnames
                .iter()
                .enumerate()
                .filter(|(i, n)| *i < nparams || !code.cellvars.contains(n))
                .map(|(_, n)| n.clone())
                .collect();
            if name == "co_nlocals" {
                Value::Int(names.len() as i64)
            } else {
                strs(vm, &names)?
            }
        }
        "co_cellvars" => strs(vm, &code.cellvars)?,
        "co_freevars" => strs(vm, &code.freevars)?,
        _ => return Ok(None),
    };
    Ok(Some(v))
}
