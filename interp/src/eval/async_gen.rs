//! Async generators. An async generator's frame runs only while its caller awaits one of its
//! awaitables (`Obj::AgAwait`: `__anext__()`/`asend(v)`, `athrow(exc)`, `aclose()`): the
//! caller's YieldFrom pushes the generator frame with `Resume::AsyncGen`. A `yield` in the
//! generator completes the await with the value; a yield coming out of an `await` inside it
//! passes through the caller to the event loop (and the caller's YieldFrom runs again when
//! resumed); a return raises StopAsyncIteration in the caller (or gives `anext`'s default).

use crate::eval::frame::Resume;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::function::GenState;
use crate::objects::{AgAwait, AgOp, AgState, Obj};
use crate::types::Ty;
use crate::value::{ObjId, Value};

impl Vm<'_> {
    pub(crate) fn is_async_gen(&self, v: Value) -> bool {
        matches!(v, Value::Obj(id) if matches!(self.heap.get(id), Obj::Generator(g) if g.is_async_gen))
    }

    pub(crate) fn new_ag_await(
        &mut self,
        gen: ObjId,
        op: AgOp,
        default: Option<Value>,
    ) -> RtResult<Value> {
        self.hook_async_gen(gen)?;
        self.alloc(Obj::AgAwait(Box::new(AgAwait {
            gen,
            op,
            default,
            state: AgState::Init,
        })))
    }

    /// The first operation on an async generator: while `asyncio` runs, its loop keeps the
    /// generator (in `_terrarium_host.asyncgens`) to `aclose()` it at the end of
    /// `asyncio.run()` if it has not finished, as CPython's loop does with its asyncgen hooks.
    fn hook_async_gen(&mut self, gen: ObjId) -> RtResult<()> {
        match self.heap.get_mut(gen) {
            Obj::Generator(g) if g.is_async_gen && !g.ag_hooked && g.state == GenState::Created => {
                g.ag_hooked = true
            }
            _ => return Ok(()),
        }
        let Some(&m) = self.modules.get("_terrarium_host") else {
            return Ok(());
        };
        let list = self.get_attr(m, "asyncgens")?;
        if let Some(Obj::List(items)) = list.as_obj().map(|id| self.heap.get_mut(id)) {
            items.push(Value::Obj(gen));
        }
        Ok(())
    }

    fn ag_await(&self, aw: ObjId) -> RtResult<(ObjId, AgOp, Option<Value>, AgState)> {
        match self.heap.get(aw) {
            Obj::AgAwait(a) => Ok((a.gen, a.op, a.default, a.state)),
            _ => Err(RtError::Internal("not an async generator awaitable".into())),
        }
    }

    fn set_ag_state(&mut self, aw: ObjId, state: AgState) {
        if let Obj::AgAwait(a) = self.heap.get_mut(aw) {
            a.state = state;
        }
    }

    /// The awaitable the top frame awaits (the top of its stack), for a generator frame just
    /// left.
    fn awaited_ag(&mut self) -> RtResult<ObjId> {
        match self.frames.last().and_then(|f| f.stack.last()) {
            Some(Value::Obj(id)) if matches!(self.heap.get(*id), Obj::AgAwait(_)) => Ok(*id),
            _ => Err(RtError::Internal(
                "an async generator returned to a frame not awaiting it".into(),
            )),
        }
    }

    /// Completes the top frame's await with `v`.
    fn complete_await(&mut self, v: Value) {
        let f = self.top();
        f.stack.pop();
        f.stack.push(v);
    }

    /// The generator is exhausted: `anext`'s default, or StopAsyncIteration.
    fn ag_exhausted(&mut self, aw: ObjId) -> RtResult<Option<Value>> {
        let (_, op, default, _) = self.ag_await(aw)?;
        self.set_ag_state(aw, AgState::Done);
        match (op, default) {
            (AgOp::Close, _) => {
                self.complete_await(Value::None);
                Ok(None)
            }
            (_, Some(d)) => {
                self.complete_await(d);
                Ok(None)
            }
            _ => {
                let e = self.new_exception(Ty::StopAsyncIteration, Vec::new())?;
                Err(RtError::Exc(e))
            }
        }
    }

    /// The YieldFrom of a frame awaiting `aw` (stack `[aw]`, `sent` already popped).
    pub(crate) fn agen_await_step(
        &mut self,
        aw: ObjId,
        sent: Value,
        _base: usize,
    ) -> RtResult<Option<Value>> {
        let (gen, op, _, state) = self.ag_await(aw)?;
        let (gstate, has_frame) = match self.heap.get(gen) {
            Obj::Generator(g) => (g.state, g.frame.is_some()),
            _ => return Err(RtError::Internal("awaitable of a non-generator".into())),
        };
        let what = match op {
            AgOp::Send(_) | AgOp::AwaitDefault => "anext()",
            AgOp::Throw(_) => "athrow()",
            AgOp::Close => "aclose()",
        };
        match state {
            AgState::Done => Err(self.err(
                Ty::RuntimeError,
                match op {
                    AgOp::Send(_) | AgOp::AwaitDefault => {
                        "cannot reuse already awaited __anext__()/asend()"
                    }
                    _ => "cannot reuse already awaited aclose()/athrow()",
                },
            )),
            AgState::Running => {
                // Resumed after a yield from an `await` inside the generator.
                if !has_frame {
                    return self.ag_exhausted(aw);
                }
                self.resume_generator(gen, sent, Resume::AsyncGen)?;
                Ok(None)
            }
            AgState::Init => {
                if gstate == GenState::Running {
                    return Err(self.err(
                        Ty::RuntimeError,
                        format!("{what}: asynchronous generator is already running"),
                    ));
                }
                self.set_ag_state(aw, AgState::Running);
                match op {
                    AgOp::AwaitDefault => {
                        if !has_frame {
                            self.set_ag_state(aw, AgState::Done);
                            return Err(self
                                .err(Ty::RuntimeError, "cannot reuse already awaited coroutine"));
                        }
                        self.resume_generator(gen, Value::None, Resume::AsyncGen)?;
                        Ok(None)
                    }
                    AgOp::Send(v) => {
                        if !has_frame {
                            return self.ag_exhausted(aw);
                        }
                        if gstate == GenState::Created && !v.is_none() {
                            self.set_ag_state(aw, AgState::Done);
                            return Err(self.err(
                                Ty::TypeError,
                                "can't send non-None value to a just-started async generator",
                            ));
                        }
                        match self.resume_generator(gen, v, Resume::AsyncGen)? {
                            Some(_) => Ok(None),
                            None => self.ag_exhausted(aw),
                        }
                    }
                    AgOp::Throw(_) | AgOp::Close => {
                        let exc = match op {
                            AgOp::Throw(e) => e,
                            _ => self.new_exception(Ty::GeneratorExit, Vec::new())?,
                        };
                        if gstate == GenState::Created || !has_frame {
                            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                                g.state = GenState::Done;
                                g.frame = None;
                            }
                            if matches!(op, AgOp::Close) {
                                return self.ag_exhausted(aw);
                            }
                            self.set_ag_state(aw, AgState::Done);
                            return Err(RtError::Exc(exc));
                        }
                        self.enter_throw_as(gen, exc, Resume::AsyncGen)?;
                        Ok(None)
                    }
                }
            }
        }
    }

    /// `yield value` in an async generator frame (the top frame).
    pub(crate) fn agen_value_yield(
        &mut self,
        value: Value,
        base: usize,
    ) -> RtResult<Option<Value>> {
        let Some(mut frame) = self.frames.pop() else {
            return Ok(Some(value));
        };
        self.depth = self.depth.saturating_sub(1);
        self.handled = frame.saved_handled;
        let Some((gen, _)) = frame.generator.take() else {
            return Err(RtError::Internal("yield outside a generator frame".into()));
        };
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Suspended;
            g.frame = Some(Box::new(frame));
        }
        if self.frames.len() <= base {
            return Err(RtError::Internal(
                "an async generator yielded past its awaiter".into(),
            ));
        }
        let aw = self.awaited_ag()?;
        let (_, op, _, _) = self.ag_await(aw)?;
        self.set_ag_state(aw, AgState::Done);
        if matches!(op, AgOp::Close) {
            return Err(self.err(Ty::RuntimeError, "async generator ignored GeneratorExit"));
        }
        self.complete_await(value);
        Ok(None)
    }

    /// The async generator frame returned `value` (already popped and marked done).
    pub(crate) fn agen_returned(&mut self, value: Value, base: usize) -> RtResult<Option<Value>> {
        if self.frames.len() <= base {
            return Err(RtError::Internal(
                "an async generator returned past its awaiter".into(),
            ));
        }
        let aw = self.awaited_ag()?;
        if let (_, AgOp::AwaitDefault, _, _) = self.ag_await(aw)? {
            // The awaited `__anext__()` coroutine returned its item.
            self.set_ag_state(aw, AgState::Done);
            self.complete_await(value);
            return Ok(None);
        }
        self.ag_exhausted(aw)
    }

    /// An exception left an async generator frame (already popped); true when it ends an
    /// `aclose()` normally (GeneratorExit), which then completes with None.
    pub(crate) fn agen_unwound(&mut self, exc: Value) -> RtResult<bool> {
        let aw = self.awaited_ag()?;
        let (_, op, default, _) = self.ag_await(aw)?;
        self.set_ag_state(aw, AgState::Done);
        let ty = self.type_of(exc);
        if matches!(op, AgOp::Close) && self.is_subclass(ty, Value::Type(Ty::GeneratorExit)) {
            self.complete_await(Value::None);
            return Ok(true);
        }
        if let (AgOp::AwaitDefault, Some(d)) = (op, default) {
            if self.is_subclass(ty, Value::Type(Ty::StopAsyncIteration)) {
                self.complete_await(d);
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The async generator a suspended frame awaits in its YieldFrom (through an awaitable that
    /// is running it), for a throw to reach.
    pub(crate) fn async_delegate_of(&self, gen: ObjId) -> Option<ObjId> {
        let Obj::Generator(g) = self.heap.get(gen) else {
            return None;
        };
        let frame = g.frame.as_ref()?;
        let code = self.program.codes.get(frame.code as usize)?;
        if !matches!(
            code.instrs.get(frame.ip as usize),
            Some(crate::compile::code::Instr::YieldFrom)
        ) {
            return None;
        }
        let aw = frame.stack.last()?.as_obj()?;
        match self.heap.get(aw) {
            Obj::AgAwait(a) if a.state == AgState::Running => Some(a.gen),
            _ => None,
        }
    }

    /// `agen.__anext__()`, `asend`, `athrow`, `aclose`, `__aiter__`.
    pub(crate) fn async_gen_method(
        &mut self,
        g: Value,
        name: &str,
        args: &crate::builtins::Args,
    ) -> RtResult<Value> {
        let Some(id) = g.as_obj() else {
            return Err(self.internal("async generator method"));
        };
        match name {
            "__aiter__" => {
                args.exact(self, 0)?;
                Ok(g)
            }
            "__anext__" => {
                args.exact(self, 0)?;
                self.new_ag_await(id, AgOp::Send(Value::None), None)
            }
            "asend" => {
                args.exact(self, 1)?;
                self.new_ag_await(id, AgOp::Send(args.pos[0]), None)
            }
            "athrow" => {
                args.range(self, 1, 3)?;
                let exc = self.thrown_exception(&args.pos)?;
                self.new_ag_await(id, AgOp::Throw(exc), None)
            }
            "aclose" => {
                args.exact(self, 0)?;
                self.new_ag_await(id, AgOp::Close, None)
            }
            _ => Err(self.internal("async generator method")),
        }
    }
}
