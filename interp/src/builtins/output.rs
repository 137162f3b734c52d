//! print, repr, ascii, format.

use super::{Args, Builtin};
use crate::eval::{RtResult, Vm};
use crate::value::Value;

pub fn call(vm: &mut Vm, b: Builtin, mut args: Args) -> RtResult<Value> {
    match b {
        Builtin::Print => {
            let sep = args.take_kw(vm, "sep");
            let end = args.take_kw(vm, "end");
            let file = args.take_kw(vm, "file");
            let _flush = args.take_kw(vm, "flush");
            args.no_more_kw(vm)?;
            let text_arg =
                |vm: &mut Vm, v: Option<Value>, default: &str, what: &str| -> RtResult<String> {
                    match v {
                        None | Some(Value::None) => Ok(default.to_string()),
                        Some(v) => match vm.str_of(v) {
                            Some(s) => Ok(s.to_string()),
                            None => {
                                let tn = vm.type_name(v);
                                Err(vm.type_error(format!(
                                    "{what} must be None or a string, not {tn}"
                                )))
                            }
                        },
                    }
                };
            let sep = text_arg(vm, sep, " ", "sep")?;
            let end = text_arg(vm, end, "\n", "end")?;
            let mut out = String::new();
            for (i, v) in args.pos.iter().enumerate() {
                if i > 0 {
                    out.push_str(&sep);
                }
                let s = vm.to_str_value(*v)?;
                out.push_str(vm.str_of(s).unwrap_or(""));
            }
            out.push_str(&end);
            match file {
                Some(f) if !f.is_none() => crate::modules::write_to_file_object(vm, f, &out)?,
                _ => vm.write_output(&out)?,
            }
            Ok(Value::None)
        }
        Builtin::Repr => {
            args.exact(vm, 1)?;
            let s = vm.repr(args.pos[0])?;
            vm.new_str(s)
        }
        Builtin::Ascii => {
            args.exact(vm, 1)?;
            let s = vm.ascii(args.pos[0])?;
            vm.new_str(s)
        }
        Builtin::Format => {
            args.no_kw(vm)?;
            args.range(vm, 1, 2)?;
            let spec = match args.pos.get(1) {
                Some(s) => match vm.str_of(*s) {
                    Some(t) => t.to_string(),
                    None => {
                        let tn = vm.type_name(*s);
                        return Err(
                            vm.type_error(format!("format() argument 2 must be str, not {tn}"))
                        );
                    }
                },
                None => String::new(),
            };
            vm.format_value(args.pos[0], &spec)
        }
        _ => Err(vm.internal("not an output builtin")),
    }
}
