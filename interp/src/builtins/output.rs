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
            // Each piece is written as soon as it is converted, as CPython does: a `__str__`
            // that prints, or fails, sees the earlier pieces already out.
            let file = file.filter(|f| !f.is_none());
            let emit = |vm: &mut Vm, text: &str| -> RtResult<()> {
                if text.is_empty() {
                    return Ok(());
                }
                match file {
                    Some(f) => crate::modules::write_to_file_object(vm, f, text),
                    None => vm.write_output(text),
                }
            };
            for (i, v) in args.pos.iter().enumerate() {
                if i > 0 {
                    emit(vm, &sep)?;
                }
                let s = vm.to_str_value(*v)?;
                let text = vm.str_of(s).unwrap_or("").to_string();
                emit(vm, &text)?;
            }
            emit(vm, &end)?;
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
