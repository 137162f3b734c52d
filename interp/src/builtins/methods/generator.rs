//! Methods of generators and coroutines: `send`, `__next__`, `throw`, `close`.

use crate::builtins::Args;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

pub fn generator_method(vm: &mut Vm, g: Value, name: &str, args: &Args) -> RtResult<Value> {
    let Some(id) = g.as_obj() else {
        return Err(vm.internal("generator method"));
    };
    match name {
        "__iter__" => Ok(g),
        "send" | "__next__" => {
            let sent = if name == "send" {
                args.exact(vm, 1)?;
                args.pos[0]
            } else {
                Value::None
            };
            if matches!(vm.heap.get(id), Obj::Generator(gen) if gen.frame.is_none() && gen.state != crate::objects::function::GenState::Running)
            {
                let e = vm.new_exception(Ty::StopIteration, Vec::new())?;
                return Err(RtError::Exc(e));
            }
            let base = vm.frames.len();
            match vm.resume_generator(id, sent, crate::eval::frame::Resume::Value)? {
                None => {
                    let e = vm.new_exception(Ty::StopIteration, Vec::new())?;
                    Err(RtError::Exc(e))
                }
                Some(_) => {
                    vm.reentry += 1;
                    let r = vm.run_frames(base);
                    vm.reentry -= 1;
                    r
                }
            }
        }
        "throw" | "close" => {
            let exc = if name == "close" {
                vm.new_exception(Ty::GeneratorExit, Vec::new())?
            } else {
                args.range(vm, 1, 3)?;
                vm.thrown_exception(&args.pos)?
            };
            vm.throw_into_generator(id, exc, name == "close")
        }
        _ => Err(vm.internal("generator method")),
    }
}
