//! `gen.send(v)`, `gen.__next__()`, `next(gen)` and `gen.throw(exc)` called from Python code:
//! the generator's frame goes on the frame stack above the caller's instead of running in a
//! nested loop. A yield then hands the value to the caller as the call's result, a return
//! raises StopIteration in the caller, and nothing waits on the Rust stack, so an external call
//! or OS operation inside the generator can suspend a `start()` run (an event loop stepping its
//! tasks with `coro.send(None)` is exactly this case).

use crate::builtins::Builtin;
use crate::eval::frame::Resume;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::function::GenState;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::{ObjId, Value};

/// What a call from Python code does to a generator.
enum GenCall {
    Send(ObjId, Value),
    Throw(ObjId),
}

impl Vm<'_> {
    /// Pushes the generator frame when `func(*args)` is a send/next/throw of a generator;
    /// false when it is any other call.
    pub(crate) fn try_enter_generator(&mut self, func: Value, args: &[Value]) -> RtResult<bool> {
        let call = match func {
            Value::Builtin(Builtin::Next) if args.len() == 1 => match args[0] {
                Value::Obj(g) if matches!(self.heap.get(g), Obj::Generator(gen) if !gen.is_coroutine && !gen.is_async_gen) => {
                    GenCall::Send(g, Value::None)
                }
                _ => return Ok(false),
            },
            Value::Obj(id) => match self.heap.get(id) {
                Obj::BuiltinMethod {
                    receiver: Value::Obj(g),
                    name,
                    unbound: false,
                } if matches!(self.heap.get(*g), Obj::Generator(gen) if !gen.is_async_gen) => {
                    match (name.as_str(), args) {
                        ("send", [v]) => GenCall::Send(*g, *v),
                        ("__next__", []) => GenCall::Send(*g, Value::None),
                        ("throw", [_, ..]) if args.len() <= 3 => GenCall::Throw(*g),
                        _ => return Ok(false),
                    }
                }
                _ => return Ok(false),
            },
            _ => return Ok(false),
        };
        match call {
            GenCall::Send(g, sent) => {
                if matches!(self.heap.get(g), Obj::Generator(gen) if gen.frame.is_none() && gen.state != GenState::Running)
                {
                    let e = self.new_exception(Ty::StopIteration, Vec::new())?;
                    return Err(RtError::Exc(e));
                }
                if self.resume_generator(g, sent, Resume::Value)?.is_none() {
                    let e = self.new_exception(Ty::StopIteration, Vec::new())?;
                    return Err(RtError::Exc(e));
                }
                Ok(true)
            }
            GenCall::Throw(g) => {
                let exc = self.thrown_exception(args)?;
                self.enter_throw_as(g, exc, Resume::Value)?;
                Ok(true)
            }
        }
    }

    /// The exception `throw(typ[, val[, tb]])` raises: an instance, or the class called with
    /// `val`.
    pub(crate) fn thrown_exception(&mut self, args: &[Value]) -> RtResult<Value> {
        let e = args[0];
        if self.exc_data(e).is_some() {
            return Ok(e);
        }
        if !self.is_exception_class(e) {
            let tn = self.type_name(e);
            return Err(self.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {tn}"
            )));
        }
        let args = args
            .get(1)
            .copied()
            .into_iter()
            .filter(|v| !v.is_none())
            .collect();
        self.call_value(e, args, Vec::new())
    }

    /// Raises `exc` at the suspension point of `gen` with its frame (and the frames of the
    /// generators it delegates to with `yield from`) on the frame stack: a handler in one of
    /// them runs on in the main loop; an exception no frame handles comes back as the error.
    pub(crate) fn enter_throw_as(&mut self, gen: ObjId, exc: Value, first: Resume) -> RtResult<()> {
        if !self.throw_target(gen)? {
            return Err(RtError::Exc(exc));
        }
        let caller_len = self.frames.len();
        let mut cur = gen;
        let mut resume = first;
        loop {
            let (sub, sub_resume) = match self.delegate_of(cur) {
                Some(s) => (Some(s), Resume::YieldFrom),
                None => (self.async_delegate_of(cur), Resume::AsyncGen),
            };
            let sub = sub.filter(|&s| matches!(self.heap.get(s), Obj::Generator(g) if g.frame.is_some() && g.state != GenState::Running));
            let frame = match self.heap.get_mut(cur) {
                Obj::Generator(g) => {
                    g.state = GenState::Running;
                    g.frame.take()
                }
                _ => None,
            };
            let Some(mut frame) = frame else {
                return Err(RtError::Internal(
                    "a delegating generator without a frame".into(),
                ));
            };
            if sub.is_some() {
                // As if its YieldFrom were executing: the sub-generator's return lands after it.
                frame.ip += 1;
            }
            frame.generator = Some((cur, resume));
            self.push_frame(*frame)?;
            match sub {
                Some(s) => {
                    cur = s;
                    resume = sub_resume;
                }
                None => break,
            }
        }
        self.add_traceback(exc);
        self.reentry += 1;
        let unwound = self.unwind(exc, caller_len);
        self.reentry -= 1;
        unwound
    }
}
