//! `_terrarium_os`: the private native hook through which the Python-written `os`, `pathlib`,
//! `time` and `io` modules ask for OS operations (`Vm::os_call`, answered by the host).

use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::os::OsOp;
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[&str] = &["op"];

fn text(vm: &mut Vm, args: &[Value], i: usize) -> RtResult<String> {
    match args.get(i).and_then(|v| vm.str_of(*v)) {
        Some(s) => Ok(s.to_string()),
        None => Err(vm.type_error("expected str, bytes or os.PathLike object")),
    }
}

fn flag(args: &[Value], i: usize) -> bool {
    matches!(args.get(i), Some(Value::Bool(true)))
}

/// `op(kind, *args)`: one OS operation; its answer is the call's value.
pub fn call(vm: &mut Vm, name: &str, args: Vec<Value>, _kwargs: KwArgs) -> RtResult<Value> {
    if name != "op" {
        return Err(vm.internal(format!("no function _terrarium_os.{name}")));
    }
    let kind = text(vm, &args, 0)?;
    let op = match kind.as_str() {
        "read" => OsOp::ReadFile {
            path: text(vm, &args, 1)?,
        },
        "write" => {
            let data = match args
                .get(2)
                .and_then(|v| v.as_obj())
                .map(|id| vm.heap.get(id))
            {
                Some(Obj::Bytes(b)) => b.clone(),
                _ => return Err(vm.type_error("a bytes-like object is required")),
            };
            OsOp::WriteFile {
                path: text(vm, &args, 1)?,
                data,
                append: flag(&args, 3),
            }
        }
        "exists" => OsOp::Exists {
            path: text(vm, &args, 1)?,
        },
        "isfile" => OsOp::IsFile {
            path: text(vm, &args, 1)?,
        },
        "isdir" => OsOp::IsDir {
            path: text(vm, &args, 1)?,
        },
        "listdir" => OsOp::ListDir {
            path: text(vm, &args, 1)?,
        },
        "mkdir" => OsOp::MakeDir {
            path: text(vm, &args, 1)?,
            parents: flag(&args, 2),
            exist_ok: flag(&args, 3),
        },
        "remove" => OsOp::Remove {
            path: text(vm, &args, 1)?,
        },
        "getenv" => OsOp::GetEnv {
            name: text(vm, &args, 1)?,
        },
        "environ" => OsOp::Environ,
        "time" => OsOp::Time,
        "urandom" => match args.get(1) {
            Some(Value::Int(n)) if *n >= 0 => OsOp::RandomBytes { n: *n as u64 },
            Some(Value::Int(_)) => {
                return Err(vm.err(Ty::ValueError, "negative argument not allowed"))
            }
            _ => return Err(vm.type_error("an integer is required")),
        },
        other => return Err(vm.err(Ty::ValueError, format!("unknown OS operation {other:?}"))),
    };
    vm.os_call(op)
}
