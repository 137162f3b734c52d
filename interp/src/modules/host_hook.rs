//! `_terrarium_host`: the private native hook through which the Python-written `asyncio` event
//! loop recognises host futures (calls of async external functions) and waits for the host to
//! resolve them (`Progress::Futures`), and finds the async generators to close at the end of
//! `asyncio.run()`.

use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::objects::{FutureState, Obj};
use crate::value::Value;

pub const FUNCTIONS: &[&str] = &["is_future", "done", "wait"];

/// `asyncgens`: async generators started while the module is loaded (see
/// `Vm::hook_async_gen`), for `asyncio.run()` to close at its end.
pub fn constants(vm: &mut Vm) -> RtResult<Vec<(&'static str, Value)>> {
    let list = vm.alloc(Obj::List(Vec::new()))?;
    Ok(vec![("asyncgens", list)])
}

fn future_state(vm: &Vm, v: Option<&Value>) -> Option<bool> {
    match v.and_then(|v| v.as_obj()).map(|id| vm.heap.get(id)) {
        Some(Obj::HostFuture(f)) => Some(!matches!(f.state, FutureState::Pending)),
        _ => None,
    }
}

/// `is_future(x)`, `done(fut)`, `wait()`.
pub fn call(vm: &mut Vm, name: &str, args: Vec<Value>, _kwargs: KwArgs) -> RtResult<Value> {
    match name {
        "is_future" => Ok(Value::Bool(future_state(vm, args.first()).is_some())),
        "done" => match future_state(vm, args.first()) {
            Some(done) => Ok(Value::Bool(done)),
            None => Err(vm.type_error("done() expects a host future")),
        },
        "wait" => vm.wait_for_host_futures(),
        _ => Err(vm.internal(format!("no function _terrarium_host.{name}"))),
    }
}
