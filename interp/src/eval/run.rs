//! The run loop: one instruction at a time over the frame stack, with exception unwinding.

use std::sync::Arc;

use crate::compile::code::{Instr, Program, UnOp};
use crate::eval::call::Prepared;
use crate::eval::frame::{Block, Frame, FrameKind, Resume};
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::function::GenState;
use crate::objects::{Dict, Obj};
use crate::types::Ty;
use crate::value::Value;

impl Vm<'_> {
    #[inline]
    pub(crate) fn top(&mut self) -> &mut Frame {
        let n = self.frames.len() - 1;
        &mut self.frames[n]
    }

    #[inline]
    pub(crate) fn push(&mut self, v: Value) {
        self.top().stack.push(v);
    }

    #[inline]
    pub(crate) fn pop(&mut self) -> Value {
        self.top().stack.pop().unwrap_or(Value::None)
    }

    /// Local `i` of frame `fi` (in range for any compiled code and validated snapshot; an
    /// internal error rather than a panic otherwise).
    #[inline]
    fn local(&self, fi: usize, i: u32) -> RtResult<Value> {
        match self.frames[fi].stack.get(i as usize) {
            Some(v) => Ok(*v),
            None => Err(RtError::Internal(format!("local {i} out of range"))),
        }
    }

    #[inline]
    fn local_mut(&mut self, fi: usize, i: u32) -> RtResult<&mut Value> {
        match self.frames[fi].stack.get_mut(i as usize) {
            Some(v) => Ok(v),
            None => Err(RtError::Internal(format!("local {i} out of range"))),
        }
    }

    #[inline]
    pub(crate) fn peek(&mut self, n: usize) -> Value {
        let s = &self.top().stack;
        s.get(s.len().wrapping_sub(n + 1))
            .copied()
            .unwrap_or(Value::None)
    }

    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let s = &mut self.top().stack;
        let at = s.len().saturating_sub(n);
        s.split_off(at)
    }

    /// Runs until the frame at index `base` returns, and returns its value.
    pub(crate) fn run_frames(&mut self, base: usize) -> RtResult<Value> {
        let prog = self.program.clone();
        loop {
            match self.exec(&prog, base) {
                Ok(v) => return Ok(v),
                Err(RtError::Exc(e)) => {
                    // The base frame already left (a generator returning to native code).
                    if self.frames.len() <= base {
                        return Err(RtError::Exc(e));
                    }
                    self.unwind(e, base)?
                }
                // Suspended at an external call: the frames wait for `resume`.
                Err(RtError::Suspend) => return Err(RtError::Suspend),
                Err(other) => {
                    while self.frames.len() > base {
                        self.drop_frame();
                    }
                    return Err(other);
                }
            }
        }
    }

    /// Keeps a finished frame's stack for the next call (a few, of modest size).
    fn recycle_stack(&mut self, mut stack: Vec<Value>) {
        if self.stack_pool.len() < 64 && stack.capacity() <= 256 {
            stack.clear();
            self.stack_pool.push(stack);
        }
    }

    fn drop_frame(&mut self) {
        if let Some(mut f) = self.frames.pop() {
            self.recycle_stack(std::mem::take(&mut f.stack));
            self.depth = self.depth.saturating_sub(1);
            self.handled = f.saved_handled;
            if let Some((g, _)) = f.generator {
                if let Obj::Generator(gen) = self.heap.get_mut(g) {
                    gen.state = GenState::Done;
                }
            }
        }
    }

    /// Records where an exception passed, innermost first.
    pub(crate) fn add_traceback(&mut self, exc: Value) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let code = &self.program.codes[frame.code as usize];
        // Library modules behave like CPython's C modules: no frames of their own.
        if !code.prefix.is_empty() {
            return;
        }
        if code.name.starts_with('<')
            && matches!(
                code.name.as_str(),
                "<listcomp>" | "<setcomp>" | "<dictcomp>"
            )
        {
            return;
        }
        let ip = frame.ip.saturating_sub(1) as usize;
        let line = frame
            .inlined_line
            .unwrap_or_else(|| code.lines.get(ip).copied().unwrap_or(code.first_line));
        let code_id = frame.code;
        if let Some(data) = self.exc_data_mut(exc) {
            data.traceback.push(crate::objects::exception::TbEntry {
                code: code_id,
                line,
            });
        }
    }

    /// Finds a handler for `exc`, popping frames down to `base`; Err when none is left.
    pub(crate) fn unwind(&mut self, mut exc: Value, base: usize) -> RtResult<()> {
        loop {
            let frame = self.top();
            if let Some(block) = frame.blocks.pop() {
                let keep = frame.nlocals as usize + block.level as usize;
                frame.stack.truncate(keep);
                frame.ip = block.handler;
                let prev = self.handled;
                self.push(prev);
                self.push(exc);
                self.handled = exc;
                return Ok(());
            }
            // Leaving a comprehension: its line shows on the enclosing frame.
            let leaving = self.frames.len() - 1;
            let inl = {
                let f = &self.frames[leaving];
                let code = &self.program.codes[f.code as usize];
                matches!(
                    code.name.as_str(),
                    "<listcomp>" | "<setcomp>" | "<dictcomp>"
                )
                .then(|| {
                    code.lines
                        .get(f.ip.saturating_sub(1) as usize)
                        .copied()
                        .unwrap_or(code.first_line)
                })
            };
            let gen = self.frames[leaving].generator;
            self.drop_frame();
            let under_await = matches!(gen, Some((_, Resume::AsyncGen)));
            let from_agen = under_await
                && matches!(gen.map(|(g, _)| self.heap.get(g)), Some(Obj::Generator(g)) if g.is_async_gen);
            let stop_async = from_agen && {
                let ty = self.type_of(exc);
                self.is_subclass(ty, Value::Type(Ty::StopAsyncIteration))
            };
            exc = if gen.is_some() && (stop_async || self.is_stop_iteration(exc)) {
                let is_coro = matches!(gen.map(|(g, _)| self.heap.get(g)), Some(Obj::Generator(g)) if g.is_coroutine);
                let msg = if stop_async {
                    "async generator raised StopAsyncIteration"
                } else if from_agen {
                    "async generator raised StopIteration"
                } else if is_coro {
                    "coroutine raised StopIteration"
                } else {
                    "generator raised StopIteration"
                };
                let RtError::Exc(e) = self.err(Ty::RuntimeError, msg) else {
                    return Err(RtError::Internal("pep 479".into()));
                };
                if let Some(d) = self.exc_data_mut(e) {
                    d.cause = exc;
                    d.context = exc;
                    d.suppress_context = true;
                }
                e
            } else {
                exc
            };
            if under_await && !self.frames.is_empty() && self.agen_unwound(exc)? {
                // aclose() finished: the generator exited with GeneratorExit.
                return Ok(());
            }
            if self.frames.len() <= base {
                return Err(RtError::Exc(exc));
            }
            if let Some(line) = inl {
                self.top().inlined_line = Some(line);
            }
            self.add_traceback(exc);
            self.top().inlined_line = None;
        }
    }

    /// Returns from the top frame with `value`; Some(value) when it was the base frame.
    fn do_return(&mut self, value: Value, base: usize) -> RtResult<Option<Value>> {
        let mut frame = match self.frames.pop() {
            Some(f) => f,
            None => return Ok(Some(value)),
        };
        self.depth = self.depth.saturating_sub(1);
        self.handled = frame.saved_handled;
        self.recycle_stack(std::mem::take(&mut frame.stack));
        let mut result = value;
        if let Some((gen, resume)) = frame.generator {
            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                g.state = GenState::Done;
            }
            match resume {
                Resume::ForIter { exit } => {
                    if self.frames.len() <= base {
                        return Err(RtError::Internal("generator returned past its loop".into()));
                    }
                    let f = self.top();
                    f.stack.pop();
                    f.ip = exit;
                    return Ok(None);
                }
                Resume::Value => {
                    let args = if value.is_none() {
                        Vec::new()
                    } else {
                        vec![value]
                    };
                    let stop = self.new_exception(Ty::StopIteration, args)?;
                    if self.frames.len() <= base {
                        return Err(RtError::Exc(stop));
                    }
                    return Err(RtError::Exc(stop));
                }
                Resume::AsyncGen => return self.agen_returned(value, base),
                Resume::YieldFrom => {
                    // The delegating frame's YieldFrom finishes with the return value.
                    if self.frames.len() <= base {
                        return Ok(Some(value));
                    }
                    let f = self.top();
                    f.stack.pop();
                    f.stack.push(value);
                    return Ok(None);
                }
            }
        }
        match frame.kind {
            FrameKind::Normal | FrameKind::NativeCall => {}
            FrameKind::Discard => {
                if self.frames.len() > base {
                    return Ok(None);
                }
            }
            FrameKind::Init(instance) => {
                if !value.is_none() {
                    let tn = self.type_name(value);
                    return Err(
                        self.type_error(format!("__init__() should return None, not '{tn}'"))
                    );
                }
                result = instance;
            }
            FrameKind::ClassBody { name, bases } => {
                let ns = frame
                    .namespace
                    .ok_or_else(|| RtError::Internal("class body without namespace".into()))?;
                result = self.build_class(&name, frame.code, bases, ns, value)?;
            }
        }
        if self.frames.len() <= base {
            return Ok(Some(result));
        }
        self.push(result);
        Ok(None)
    }

    /// Pushes a prepared call's frame, or its value.
    fn enter(&mut self, prepared: Prepared) -> RtResult<()> {
        match prepared {
            Prepared::Value(v) => {
                self.push(v);
                Ok(())
            }
            Prepared::Frame(frame) => self.push_frame(frame),
        }
    }

    /// Whether `obj.name` is a method of a str, list, dict or set value that `LoadMethod` can
    /// leave unbound (the receiver's own methods: no attribute of another kind shadows them).
    fn is_plain_builtin_method(&self, obj: Value, name: &str) -> bool {
        let Value::Obj(id) = obj else {
            return false;
        };
        let t = match self.heap.get(id) {
            Obj::Str(_) => Ty::Str,
            Obj::List(_) => Ty::List,
            Obj::Dict(_) => Ty::Dict,
            Obj::Set(_) => Ty::Set,
            _ => return false,
        };
        !name.starts_with("__") && crate::builtins::methods::has_method(t, name)
    }

    /// The common call `f(a, b)` of a Python function whose parameters are all filled by
    /// position: the frame is built straight from the caller's stack. False when the call needs
    /// the general path.
    fn call_plain_function(&mut self, prog: &Arc<Program>, n: usize) -> RtResult<bool> {
        let caller = self.frames.len() - 1;
        let len = self.frames[caller].stack.len();
        let Some(Value::Obj(fid)) = len.checked_sub(n + 1).map(|i| self.frames[caller].stack[i])
        else {
            return Ok(false);
        };
        let code_id = match self.heap.get(fid) {
            Obj::Function(f) => f.code,
            _ => return Ok(false),
        };
        let code = &prog.codes[code_id as usize];
        let plain = code.argcount as usize == n
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw
            && !code.flags.generator
            && !code.flags.coroutine
            && code.cellvars.is_empty();
        if !plain {
            return Ok(false);
        }
        let mut frame = self.new_frame(code_id, code);
        let start = len - n;
        frame.stack[..n].copy_from_slice(&self.frames[caller].stack[start..]);
        self.frames[caller].stack.truncate(start - 1);
        if !code.freevars.is_empty() {
            if let Obj::Function(f) = self.heap.get(fid) {
                frame.cells.extend_from_slice(&f.closure);
            }
        }
        self.push_frame(frame)?;
        Ok(true)
    }

    pub(crate) fn push_frame(&mut self, mut frame: Frame) -> RtResult<()> {
        if let Some(max) = self.limits.max_recursion_depth {
            if self.depth >= max {
                return Err(self.err(Ty::RecursionError, "maximum recursion depth exceeded"));
            }
        }
        self.heap.charge(frame.size_estimate())?;
        frame.saved_handled = self.handled;
        self.depth += 1;
        self.frames.push(frame);
        Ok(())
    }

    /// Yields `value` out of the top (generator) frame.
    fn do_yield(&mut self, value: Value, base: usize) -> RtResult<Option<Value>> {
        let mut frame = match self.frames.pop() {
            Some(f) => f,
            None => return Ok(Some(value)),
        };
        self.depth = self.depth.saturating_sub(1);
        self.handled = frame.saved_handled;
        let Some((gen, resume)) = frame.generator.take() else {
            return Err(RtError::Internal("yield outside a generator frame".into()));
        };
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Suspended;
            g.frame = Some(Box::new(frame));
        }
        if self.frames.len() <= base {
            return Ok(Some(value));
        }
        match resume {
            Resume::ForIter { .. } | Resume::Value => {
                self.push(value);
                Ok(None)
            }
            Resume::YieldFrom | Resume::AsyncGen => {
                // The delegating generator yields the value on, and will re-run its
                // YieldFrom when resumed.
                let f = self.top();
                f.ip -= 1;
                self.do_yield(value, base)
            }
        }
    }

    /// Resumes generator `gen`, sending `sent` (None for next()).
    pub(crate) fn resume_generator(
        &mut self,
        gen: crate::value::ObjId,
        sent: Value,
        resume: Resume,
    ) -> RtResult<Option<Value>> {
        let (frame, state) = match self.heap.get_mut(gen) {
            Obj::Generator(g) => {
                let state = g.state;
                if state == GenState::Running {
                    return Err(self.err(Ty::ValueError, "generator already executing"));
                }
                (g.frame.take(), state)
            }
            _ => return Err(RtError::Internal("resume of a non-generator".into())),
        };
        let Some(mut frame) = frame else {
            return Ok(None);
        };
        if state == GenState::Created && !sent.is_none() {
            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                g.frame = Some(frame);
            }
            return Err(self.err(
                Ty::TypeError,
                "can't send non-None value to a just-started generator",
            ));
        }
        if state != GenState::Created {
            frame.stack.push(sent);
        }
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Running;
        }
        frame.generator = Some((gen, resume));
        self.push_frame(*frame)?;
        Ok(Some(Value::Undef))
    }

    /// Whether a throw into `gen` reaches a suspended frame; a generator not started or
    /// finished is marked finished (false); one running is a ValueError.
    pub(crate) fn throw_target(&mut self, gen: crate::value::ObjId) -> RtResult<bool> {
        let (state, has_frame) = match self.heap.get(gen) {
            Obj::Generator(g) => (g.state, g.frame.is_some()),
            _ => return Err(RtError::Internal("throw into a non-generator".into())),
        };
        if state == GenState::Running {
            return Err(self.err(Ty::ValueError, "generator already executing"));
        }
        if state == GenState::Created || !has_frame {
            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                g.state = GenState::Done;
                g.frame = None;
            }
            return Ok(false);
        }
        Ok(true)
    }

    /// `gen.throw(exc)` / `gen.close()`: raises `exc` at the generator's suspension point.
    pub(crate) fn throw_into_generator(
        &mut self,
        gen: crate::value::ObjId,
        exc: Value,
        is_close: bool,
    ) -> RtResult<Value> {
        if !self.throw_target(gen)? {
            if is_close {
                return Ok(Value::None);
            }
            return Err(RtError::Exc(exc));
        }
        let mut exc = exc;
        // Suspended in `yield from sub` with `sub` a generator: the throw goes to `sub` first.
        let mut finished_sub = None;
        if let Some(sub) = self.delegate_of(gen) {
            if is_close {
                let exit = self.new_exception(Ty::GeneratorExit, Vec::new())?;
                match self.throw_into_generator(sub, exit, true) {
                    Ok(_) => {}
                    Err(RtError::Exc(e)) => exc = e,
                    Err(other) => return Err(other),
                }
            } else {
                match self.throw_into_generator(sub, exc, false) {
                    // `sub` yielded: this generator stays suspended in its `yield from`.
                    Ok(v) => return Ok(v),
                    Err(RtError::Exc(e)) if self.is_stop_iteration(e) => {
                        let args = self.exc_data(e).map(|d| d.args).unwrap_or(Value::None);
                        let value = self
                            .tuple_items(args)
                            .first()
                            .copied()
                            .unwrap_or(Value::None);
                        finished_sub = Some(value);
                    }
                    Err(RtError::Exc(e)) => exc = e,
                    Err(other) => return Err(other),
                }
            }
        }
        let frame = match self.heap.get_mut(gen) {
            Obj::Generator(g) => g.frame.take(),
            _ => None,
        };
        let Some(mut frame) = frame else {
            return Ok(Value::None);
        };
        if let Some(value) = finished_sub {
            // `yield from` completes with the sub-generator's return value.
            frame.stack.pop();
            frame.stack.push(value);
            frame.ip += 1;
            if let Obj::Generator(g) = self.heap.get_mut(gen) {
                g.state = GenState::Running;
            }
            frame.generator = Some((gen, Resume::Value));
            let base = self.frames.len();
            self.push_frame(*frame)?;
            return self.nested_run(base);
        }
        if let Obj::Generator(g) = self.heap.get_mut(gen) {
            g.state = GenState::Running;
        }
        frame.generator = Some((gen, Resume::Value));
        let base = self.frames.len();
        self.push_frame(*frame)?;
        self.add_traceback(exc);
        self.reentry += 1;
        let unwound = self.unwind(exc, base);
        self.reentry -= 1;
        let r = match unwound {
            Ok(()) => self.nested_run(base),
            Err(e) => Err(e),
        };
        if is_close {
            return match r {
                Ok(_) => Err(self.err(Ty::RuntimeError, "generator ignored GeneratorExit")),
                Err(RtError::Exc(e)) => {
                    let ty = self.type_of(e);
                    if self.is_subclass(ty, Value::Type(Ty::GeneratorExit)) {
                        Ok(Value::None)
                    } else if self.is_stop_iteration(e) {
                        // close() returns the generator's return value.
                        let args = self.exc_data(e).map(|d| d.args).unwrap_or(Value::None);
                        Ok(self
                            .tuple_items(args)
                            .first()
                            .copied()
                            .unwrap_or(Value::None))
                    } else {
                        Err(RtError::Exc(e))
                    }
                }
                Err(e) => Err(e),
            };
        }
        r
    }

    /// The generator a suspended generator delegates to with `yield from`, if any.
    pub(crate) fn delegate_of(&self, gen: crate::value::ObjId) -> Option<crate::value::ObjId> {
        let Obj::Generator(g) = self.heap.get(gen) else {
            return None;
        };
        let frame = g.frame.as_ref()?;
        let code = self.program.codes.get(frame.code as usize)?;
        if !matches!(code.instrs.get(frame.ip as usize), Some(Instr::YieldFrom)) {
            return None;
        }
        let sub = frame.stack.last()?.as_obj()?;
        matches!(self.heap.get(sub), Obj::Generator(_)).then_some(sub)
    }

    fn exec(&mut self, prog: &Arc<Program>, base: usize) -> RtResult<Value> {
        loop {
            let fi = self.frames.len() - 1;
            let (instr, code_id, at) = {
                let f = &mut self.frames[fi];
                let code = &prog.codes[f.code as usize];
                let Some(&instr) = code.instrs.get(f.ip as usize) else {
                    return Err(RtError::Internal("ran off the end of the code".into()));
                };
                f.ip += 1;
                (instr, f.code, f.ip - 1)
            };
            self.tick(1)?;
            let result: RtResult<()> = (|| {
                match instr {
                    Instr::Nop => {}
                    Instr::DisplayValue => {
                        let v = self.pop();
                        if !v.is_none() {
                            let text = self.repr(v)?;
                            self.write_output(&text)?;
                            self.write_output("\n")?;
                            if let Some(&slot) = self.global_index.get("_") {
                                if let Some(g) = self.globals.get_mut(slot as usize) {
                                    *g = v;
                                }
                            }
                        }
                    }
                    Instr::LoadConst(i) => {
                        let v = self.consts[code_id as usize][i as usize];
                        self.push(v);
                    }
                    Instr::LoadFast(i) => {
                        let v = self.local(fi, i)?;
                        if let Value::Undef = v {
                            let name = prog.codes[code_id as usize].varnames[i as usize].clone();
                            return Err(self.err(
                                Ty::UnboundLocalError,
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            ));
                        }
                        self.push(v);
                    }
                    Instr::StoreFast(i) => {
                        let v = self.pop();
                        *self.local_mut(fi, i)? = v;
                    }
                    Instr::DeleteFast(i) => {
                        if let Value::Undef = self.local(fi, i)? {
                            let name = prog.codes[code_id as usize].varnames[i as usize].clone();
                            return Err(self.err(
                                Ty::UnboundLocalError,
                                format!("cannot access local variable '{name}' where it is not associated with a value"),
                            ));
                        }
                        *self.local_mut(fi, i)? = Value::Undef;
                    }
                    Instr::LoadDeref(i) => {
                        let cell = self.frames[fi].cells[i as usize];
                        let v = match self.heap.get(cell) {
                            Obj::Cell(v) => *v,
                            _ => Value::Undef,
                        };
                        if let Value::Undef = v {
                            let code = &prog.codes[code_id as usize];
                            let ncell = code.cellvars.len();
                            let name = code
                                .cellvars
                                .iter()
                                .chain(&code.freevars)
                                .nth(i as usize)
                                .cloned()
                                .unwrap_or_default();
                            let msg = if (i as usize) < ncell {
                                format!("cannot access local variable '{name}' where it is not associated with a value")
                            } else {
                                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
                            };
                            let ty = if (i as usize) < ncell {
                                Ty::UnboundLocalError
                            } else {
                                Ty::NameError
                            };
                            return Err(self.err(ty, msg));
                        }
                        self.push(v);
                    }
                    Instr::StoreDeref(i) => {
                        let v = self.pop();
                        let cell = self.frames[fi].cells[i as usize];
                        *self.heap.get_mut(cell) = Obj::Cell(v);
                    }
                    Instr::DeleteDeref(i) => {
                        let cell = self.frames[fi].cells[i as usize];
                        *self.heap.get_mut(cell) = Obj::Cell(Value::Undef);
                    }
                    Instr::LoadClosure(i) => {
                        let cell = self.frames[fi].cells[i as usize];
                        self.push(Value::Obj(cell));
                    }
                    Instr::LoadGlobal(slot) => {
                        let mut v = self.globals[slot as usize];
                        if let Value::Undef = v {
                            v = self.builtin_for_slot(slot);
                            if let Value::Undef = v {
                                let name = self.program.globals[slot as usize].clone();
                                return Err(self.name_error(&name));
                            }
                        }
                        self.push(v);
                    }
                    Instr::StoreGlobal(slot) => {
                        let v = self.pop();
                        self.globals[slot as usize] = v;
                    }
                    Instr::DeleteGlobal(slot) => {
                        if let Value::Undef = self.globals[slot as usize] {
                            let name = self.program.globals[slot as usize].clone();
                            return Err(self.name_error(&name));
                        }
                        self.globals[slot as usize] = Value::Undef;
                    }
                    Instr::LoadName(i) => {
                        let name = &prog.codes[code_id as usize].names[i as usize];
                        let v = self.load_name(fi, name)?;
                        self.push(v);
                    }
                    Instr::StoreName(i) => {
                        let v = self.pop();
                        let name = prog.codes[code_id as usize].names[i as usize].clone();
                        let ns = self.frames[fi].namespace;
                        match ns {
                            Some(ns) => {
                                let key = self.new_str(name)?;
                                self.dict_set(ns, key, v)?;
                            }
                            None => self.set_global(&name, v),
                        }
                    }
                    Instr::DeleteName(i) => {
                        let name = prog.codes[code_id as usize].names[i as usize].clone();
                        if let Some(ns) = self.frames[fi].namespace {
                            let key = self.new_str(name.clone())?;
                            if self.dict_remove(ns, key)?.is_none() {
                                return Err(self.name_error(&name));
                            }
                        }
                    }
                    Instr::LoadAttr(i) => {
                        let obj = self.pop();
                        let name = &prog.codes[code_id as usize].names[i as usize];
                        let v = self.get_attr(obj, name)?;
                        self.push(v);
                    }
                    Instr::StoreAttr(i) => {
                        let obj = self.pop();
                        let v = self.pop();
                        let name = &prog.codes[code_id as usize].names[i as usize];
                        self.set_attr(obj, name, v)?;
                    }
                    Instr::DeleteAttr(i) => {
                        let obj = self.pop();
                        let name = &prog.codes[code_id as usize].names[i as usize];
                        self.del_attr(obj, name)?;
                    }
                    Instr::LoadMethod(i) => {
                        let obj = self.pop();
                        let name = &prog.codes[code_id as usize].names[i as usize];
                        if self.is_plain_builtin_method(obj, name) {
                            // No bound method object: CallMethod finds the name by index.
                            self.push(Value::Int(i as i64));
                            self.push(obj);
                            return Ok(());
                        }
                        let (a, b) = self.load_method(obj, name)?;
                        self.push(a);
                        self.push(b);
                    }
                    Instr::CallMethod(n) => {
                        let args = self.pop_n(n as usize);
                        let receiver = self.pop();
                        let func = self.pop();
                        let prepared = if let Value::Undef = receiver {
                            if self.try_enter_generator(func, &args)? {
                                return Ok(());
                            }
                            self.prepare_call(func, args, Vec::new())?
                        } else if let Value::Int(i) = func {
                            let name = &prog.codes[code_id as usize].names[i as usize];
                            let r = crate::builtins::methods::call_method(
                                self,
                                receiver,
                                name,
                                args,
                                Vec::new(),
                            )?;
                            Prepared::Value(r)
                        } else if let Value::Builtin(b) = func {
                            let mut all = Vec::with_capacity(args.len() + 1);
                            all.push(receiver);
                            all.extend(args);
                            self.prepare_call(Value::Builtin(b), all, Vec::new())?
                        } else {
                            let mut all = Vec::with_capacity(args.len() + 1);
                            all.push(receiver);
                            all.extend(args);
                            self.prepare_call(func, all, Vec::new())?
                        };
                        self.enter(prepared)?;
                    }
                    Instr::Call(n) => {
                        if self.call_plain_function(prog, n as usize)? {
                            return Ok(());
                        }
                        let args = self.pop_n(n as usize);
                        let func = self.pop();
                        if self.try_enter_generator(func, &args)? {
                            return Ok(());
                        }
                        let prepared = self.prepare_call(func, args, Vec::new())?;
                        self.enter(prepared)?;
                    }
                    Instr::CallKw(n, names) => {
                        let names_v = self.consts[code_id as usize][names as usize];
                        let names: Vec<Value> = self.tuple_items(names_v);
                        let mut args = self.pop_n(n as usize);
                        let kwvals = args.split_off(args.len().saturating_sub(names.len()));
                        let func = self.pop();
                        let kwargs = names.into_iter().zip(kwvals).collect();
                        let prepared = self.prepare_call(func, args, kwargs)?;
                        self.enter(prepared)?;
                    }
                    Instr::CallEx(has_kw) => {
                        let kw = if has_kw { Some(self.pop()) } else { None };
                        let args = self.pop();
                        let func = self.pop();
                        let args = self.tuple_items(args);
                        let kwargs = match kw {
                            Some(d) => self.dict_items_of(d),
                            None => Vec::new(),
                        };
                        if kwargs.is_empty() && self.try_enter_generator(func, &args)? {
                            return Ok(());
                        }
                        let prepared = self.prepare_call(func, args, kwargs)?;
                        self.enter(prepared)?;
                    }
                    Instr::Subscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        match self.prepare_getitem(obj, key)? {
                            Prepared::Value(v) => self.push(v),
                            p => self.enter(p)?,
                        }
                    }
                    Instr::StoreSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        let v = self.pop();
                        self.setitem(obj, key, v)?;
                    }
                    Instr::DeleteSubscr => {
                        let key = self.pop();
                        let obj = self.pop();
                        self.delitem(obj, key)?;
                    }
                    Instr::Binary(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let v = self.binary_op(op, a, b)?;
                        self.push(v);
                    }
                    Instr::Inplace(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let v = self.inplace_op(op, a, b)?;
                        self.push(v);
                    }
                    Instr::Unary(op) => {
                        let a = self.pop();
                        let v = match op {
                            UnOp::Not => Value::Bool(!self.truthy(a)?),
                            _ => self.unary_op(op, a)?,
                        };
                        self.push(v);
                    }
                    Instr::Compare(op) => {
                        let b = self.pop();
                        let a = self.pop();
                        let v = self.compare(op, a, b)?;
                        self.push(v);
                    }
                    Instr::Is(neg) => {
                        let b = self.pop();
                        let a = self.pop();
                        self.push(Value::Bool(self.is(a, b) != neg));
                    }
                    Instr::Contains(neg) => {
                        let container = self.pop();
                        let item = self.pop();
                        let r = self.contains(container, item)?;
                        self.push(Value::Bool(r != neg));
                    }
                    Instr::PopTop => {
                        self.pop();
                    }
                    Instr::DupTop => {
                        let v = self.peek(0);
                        self.push(v);
                    }
                    Instr::DupTop2 => {
                        let b = self.peek(0);
                        let a = self.peek(1);
                        self.push(a);
                        self.push(b);
                    }
                    Instr::RotTwo => {
                        let s = &mut self.top().stack;
                        let n = s.len();
                        if n >= 2 {
                            s.swap(n - 1, n - 2);
                        }
                    }
                    Instr::RotThree => {
                        let s = &mut self.top().stack;
                        let v = s.pop().unwrap_or(Value::None);
                        let n = s.len();
                        s.insert(n.saturating_sub(2), v);
                    }
                    Instr::RotFour => {
                        let s = &mut self.top().stack;
                        let v = s.pop().unwrap_or(Value::None);
                        let n = s.len();
                        s.insert(n.saturating_sub(3), v);
                    }
                    Instr::Copy(n) => {
                        let v = self.peek(n as usize);
                        self.push(v);
                    }
                    Instr::Swap(n) => {
                        let s = &mut self.top().stack;
                        let len = s.len();
                        if let Some(other) = len.checked_sub(1 + n as usize) {
                            s.swap(len - 1, other);
                        }
                    }
                    Instr::Jump(t) => {
                        self.top().ip = t;
                    }
                    Instr::PopJumpIfFalse(t) => {
                        let v = self.pop();
                        if !self.truthy(v)? {
                            self.top().ip = t;
                        }
                    }
                    Instr::PopJumpIfTrue(t) => {
                        let v = self.pop();
                        if self.truthy(v)? {
                            self.top().ip = t;
                        }
                    }
                    Instr::JumpIfFalseOrPop(t) => {
                        let v = self.peek(0);
                        if !self.truthy(v)? {
                            self.top().ip = t;
                        } else {
                            self.pop();
                        }
                    }
                    Instr::JumpIfTrueOrPop(t) => {
                        let v = self.peek(0);
                        if self.truthy(v)? {
                            self.top().ip = t;
                        } else {
                            self.pop();
                        }
                    }
                    Instr::GetIter => {
                        let v = self.pop();
                        let it = self.get_iter(v)?;
                        self.push(it);
                    }
                    Instr::ForIter(exit) => {
                        let it = self.peek(0);
                        if let Value::Obj(id) = it {
                            if let Obj::Generator(_) = self.heap.get(id) {
                                match self.resume_generator(
                                    id,
                                    Value::None,
                                    Resume::ForIter { exit },
                                )? {
                                    Some(_) => {}
                                    None => {
                                        self.pop();
                                        self.top().ip = exit;
                                    }
                                }
                                return Ok(());
                            }
                        }
                        match self.iter_next(it)? {
                            Some(v) => self.push(v),
                            None => {
                                self.pop();
                                self.top().ip = exit;
                            }
                        }
                    }
                    Instr::BuildTuple(n) => {
                        let items = self.pop_n(n as usize);
                        let v = self.new_tuple(items)?;
                        self.push(v);
                    }
                    Instr::BuildList(n) => {
                        let items = self.pop_n(n as usize);
                        let v = self.new_list(items)?;
                        self.push(v);
                    }
                    Instr::BuildSet(n) => {
                        let items = self.pop_n(n as usize);
                        let v = self.new_set(items)?;
                        self.push(v);
                    }
                    Instr::BuildMap(n) => {
                        let items = self.pop_n(2 * n as usize);
                        let d = self.alloc(Obj::Dict(Dict::with_capacity(n as usize)))?;
                        let id = d.as_obj().unwrap_or(crate::value::ObjId(0));
                        for pair in items.chunks(2) {
                            self.dict_set(id, pair[0], pair[1])?;
                        }
                        self.push(d);
                    }
                    Instr::BuildSlice(n) => {
                        let step = if n == 3 { self.pop() } else { Value::None };
                        let stop = self.pop();
                        let start = self.pop();
                        let v = self.alloc(Obj::Slice { start, stop, step })?;
                        self.push(v);
                    }
                    Instr::BuildString(n) => {
                        let parts = self.pop_n(n as usize);
                        let mut s = String::new();
                        for p in parts {
                            s.push_str(self.str_of(p).unwrap_or(""));
                        }
                        let v = self.new_str(s)?;
                        self.push(v);
                    }
                    Instr::ListAppend(n) => {
                        let v = self.pop();
                        let list = self.peek(n as usize - 1);
                        self.list_append(list, v)?;
                    }
                    Instr::SetAdd(n) => {
                        let v = self.pop();
                        let set = self.peek(n as usize - 1);
                        self.set_add(set, v)?;
                    }
                    Instr::MapAdd(n) => {
                        let v = self.pop();
                        let k = self.pop();
                        let d = self.peek(n as usize - 1);
                        if let Some(id) = d.as_obj() {
                            self.dict_set(id, k, v)?;
                        }
                    }
                    Instr::ListExtend(n) => {
                        let src = self.pop();
                        let list = self.peek(n as usize - 1);
                        let tn = self.type_name(src);
                        let it = self.iter_or_type_error(
                            src,
                            &format!("Value after * must be an iterable, not {tn}"),
                        )?;
                        let items = self.collect_iterable(it)?;
                        if let Some(id) = list.as_obj() {
                            if let Obj::List(l) = self.heap.get_mut(id) {
                                l.extend(items);
                            }
                        }
                    }
                    Instr::SetUpdate(n) => {
                        let src = self.pop();
                        let set = self.peek(n as usize - 1);
                        self.set_update(set, src)?;
                    }
                    Instr::DictUpdate(n) | Instr::DictMerge(n) => {
                        let src = self.pop();
                        let d = self.peek(n as usize - 1);
                        let merge = matches!(instr, Instr::DictMerge(_));
                        if merge {
                            let func = self.peek(n as usize + 1);
                            self.check_kwargs_merge(func, d, src)?;
                        } else {
                            self.check_mapping_unpack(src)?;
                        }
                        self.dict_update_from(d, src, merge)?;
                    }
                    Instr::TupleToFrozenSet => {
                        let t = self.pop();
                        let items = self.tuple_items(t);
                        let s = self.new_set(items)?;
                        self.freeze(s);
                        self.push(s);
                    }
                    Instr::ExcStarPrepare => self.except_star_prepare()?,
                    Instr::ExcStarMatch => self.except_star_step()?,
                    Instr::ExcStarCollect => self.except_star_collect()?,
                    Instr::ExcStarFinish => self.except_star_finish()?,
                    Instr::StarArgsTuple => {
                        let v = self.pop();
                        let func = self.peek(0);
                        let t = self.star_args_tuple(func, v)?;
                        self.push(t);
                    }
                    Instr::ListToTuple => {
                        let v = self.pop();
                        let items = self.tuple_items(v);
                        let t = self.new_tuple(items)?;
                        self.push(t);
                    }
                    Instr::FormatValue(conv, has_spec) => {
                        let spec = if has_spec { Some(self.pop()) } else { None };
                        let v = self.pop();
                        let v = match conv {
                            1 => self.to_str_value(v)?,
                            2 => {
                                let s = self.repr(v)?;
                                self.new_str(s)?
                            }
                            3 => {
                                let s = self.ascii(v)?;
                                self.new_str(s)?
                            }
                            _ => v,
                        };
                        let spec_s = spec.and_then(|s| self.str_of(s).map(str::to_string));
                        let out = self.format_value(v, spec_s.as_deref().unwrap_or(""))?;
                        self.push(out);
                    }
                    Instr::UnpackSequence(n) => {
                        let v = self.pop();
                        let items = self.unpack(v, n as usize)?;
                        for it in items.into_iter().rev() {
                            self.push(it);
                        }
                    }
                    Instr::UnpackEx(before, after) => {
                        let v = self.pop();
                        let items = self.unpack_ex(v, before as usize, after as usize)?;
                        for it in items.into_iter().rev() {
                            self.push(it);
                        }
                    }
                    Instr::MakeFunction(ci, flags) => {
                        let f = self.make_function(code_id, ci, flags)?;
                        self.push(f);
                    }
                    Instr::BuildClass(n) => {
                        let bases = self.pop_n(n as usize);
                        let name = self.pop();
                        let body = self.pop();
                        let name = self.str_of(name).unwrap_or("").to_string();
                        let frame = self.class_body_frame(body, name, bases)?;
                        self.push_frame(frame)?;
                    }
                    Instr::Return => {}
                    Instr::YieldValue => {}
                    Instr::YieldFrom => {}
                    Instr::GetYieldFromIter => {
                        let v = self.pop();
                        let it = match v {
                            Value::Obj(id) if matches!(self.heap.get(id), Obj::Generator(_)) => v,
                            _ => self.get_iter(v)?,
                        };
                        self.push(it);
                    }
                    Instr::GetAwaitable => {
                        let v = self.peek(0);
                        let is_coro = matches!(v, Value::Obj(id) if matches!(self.heap.get(id), Obj::Generator(g) if g.is_coroutine) || matches!(self.heap.get(id), Obj::HostFuture(_) | Obj::AgAwait(_)));
                        if !is_coro {
                            // Objects with __await__ (futures, tasks) give an iterator to delegate to.
                            match self.lookup_user_method(v, "__await__") {
                                Some(m) => {
                                    let it = self.call_value(m, vec![v], Vec::new())?;
                                    let is_gen = matches!(it, Value::Obj(id) if matches!(self.heap.get(id), Obj::Generator(_)));
                                    if !is_gen && !self.is_iterator(it) {
                                        let tn = self.type_name(it);
                                        return Err(self.type_error(format!(
                                            "__await__() returned non-iterator of type '{tn}'"
                                        )));
                                    }
                                    let it = if is_gen { it } else { self.get_iter(it)? };
                                    self.pop();
                                    self.push(it);
                                }
                                None => {
                                    let tn = self.type_name(v);
                                    return Err(self.err(
                                        Ty::TypeError,
                                        format!("object {tn} can't be used in 'await' expression"),
                                    ));
                                }
                            }
                        }
                    }
                    Instr::Raise(kind) => return Err(self.raise_instr(kind)),
                    Instr::SetupFinally(t) => {
                        let f = self.top();
                        let level = f.stack.len().saturating_sub(f.nlocals as usize) as u32;
                        f.blocks.push(Block { handler: t, level });
                    }
                    Instr::PopBlock => {
                        self.top().blocks.pop();
                    }
                    Instr::PopExcept => {
                        let prev = self.pop();
                        self.handled = prev;
                    }
                    Instr::Reraise => {
                        let exc = self.pop();
                        let prev = self.pop();
                        self.handled = prev;
                        return Err(RtError::Exc(exc));
                    }
                    Instr::CheckExcMatch => {
                        let cls = self.pop();
                        let exc = self.peek(0);
                        let r = self.exception_matches(exc, cls)?;
                        self.push(Value::Bool(r));
                    }
                    Instr::SetupWith(t) => {
                        let mgr = self.pop();
                        let (exit, entered) = self.with_enter(mgr)?;
                        self.push(exit);
                        let f = self.top();
                        let level = f.stack.len().saturating_sub(f.nlocals as usize) as u32;
                        f.blocks.push(Block { handler: t, level });
                        self.push(entered);
                    }
                    Instr::BeforeAsyncWith => {
                        let mgr = self.pop();
                        let aenter = self.lookup_user_method(mgr, "__aenter__");
                        let aexit = self.lookup_user_method(mgr, "__aexit__");
                        let (Some(aenter), Some(aexit)) = (aenter, aexit) else {
                            let tn = self.type_name(mgr);
                            let msg = if self.lookup_user_method(mgr, "__aenter__").is_some() {
                                format!("'{tn}' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
                            } else {
                                format!("'{tn}' object does not support the asynchronous context manager protocol")
                            };
                            return Err(self.type_error(msg));
                        };
                        let bound = self.alloc(Obj::BoundMethod {
                            receiver: mgr,
                            func: aexit,
                        })?;
                        self.push(bound);
                        let aw = self.call_value(aenter, vec![mgr], Vec::new())?;
                        self.push(aw);
                    }
                    Instr::SetupFinallyUnder(t) => {
                        let f = self.top();
                        let level = f
                            .stack
                            .len()
                            .saturating_sub(f.nlocals as usize)
                            .saturating_sub(1) as u32;
                        f.blocks.push(Block { handler: t, level });
                    }
                    Instr::AsyncExitCall(normal) => {
                        if normal {
                            let exit = self.pop();
                            let aw = self.call_value(
                                exit,
                                vec![Value::None, Value::None, Value::None],
                                Vec::new(),
                            )?;
                            self.push(aw);
                        } else {
                            let exc = self.peek(0);
                            let exit = self.peek(2);
                            let ty = self.type_of(exc);
                            let aw =
                                self.call_value(exit, vec![ty, exc, Value::None], Vec::new())?;
                            self.push(aw);
                        }
                    }
                    Instr::GetAIter => {
                        let v = self.pop();
                        if self.is_async_gen(v) {
                            self.push(v);
                            return Ok(());
                        }
                        let Some(m) = self.lookup_user_method(v, "__aiter__") else {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!(
                                "'async for' requires an object with __aiter__ method, got {tn}"
                            )));
                        };
                        let it = self.call_value(m, vec![v], Vec::new())?;
                        self.push(it);
                    }
                    Instr::GetANext => {
                        let it = self.peek(0);
                        if let Some(g) = it.as_obj().filter(|_| self.is_async_gen(it)) {
                            let aw = self.new_ag_await(
                                g,
                                crate::objects::AgOp::Send(Value::None),
                                None,
                            )?;
                            self.push(aw);
                            return Ok(());
                        }
                        let Some(m) = self.lookup_user_method(it, "__anext__") else {
                            let tn = self.type_name(it);
                            return Err(self.type_error(format!(
                                "'async for' requires an iterator with __anext__ method, got {tn}"
                            )));
                        };
                        let aw = self.call_value(m, vec![it], Vec::new())?;
                        self.push(aw);
                    }
                    Instr::EndAsyncFor => {
                        let exc = self.pop();
                        let prev = self.pop();
                        let ty = self.type_of(exc);
                        if self.is_subclass(ty, Value::Type(Ty::StopAsyncIteration)) {
                            self.handled = prev;
                            self.pop();
                        } else {
                            self.handled = prev;
                            return Err(RtError::Exc(exc));
                        }
                    }
                    Instr::WithExitNormal => {
                        let exit = self.pop();
                        let args = vec![Value::None, Value::None, Value::None];
                        match self.prepare_call(exit, args, Vec::new())? {
                            Prepared::Value(_) => {}
                            Prepared::Frame(mut f) if matches!(f.kind, FrameKind::Normal) => {
                                f.kind = FrameKind::Discard;
                                self.push_frame(f)?;
                            }
                            Prepared::Frame(f) => {
                                self.run_prepared_frame(f)?;
                            }
                        }
                    }
                    Instr::WithExitExc => {
                        let exc = self.peek(0);
                        let prev = self.peek(1);
                        let exit = self.peek(2);
                        let ty = self.type_of(exc);
                        let r = self
                            .call_value(exit, vec![ty, exc, Value::None], Vec::new())
                            .and_then(|r| self.truthy(r));
                        match r {
                            Ok(b) => self.push(Value::Bool(b)),
                            Err(e) => {
                                // The body's exception is no longer being handled: __exit__'s
                                // own exception leaves the with statement (as POP_EXCEPT does).
                                self.handled = prev;
                                return Err(e);
                            }
                        }
                    }
                    Instr::ImportName(i) => {
                        let name = prog.codes[code_id as usize].names[i as usize].clone();
                        let m = self.import_module(&name)?;
                        self.push(m);
                    }
                    Instr::ImportFrom(i) => {
                        let m = self.peek(0);
                        let name = prog.codes[code_id as usize].names[i as usize].clone();
                        let v = self.import_from(m, &name)?;
                        self.push(v);
                    }
                    Instr::ImportStar => {
                        let m = self.pop();
                        self.import_star(m)?;
                    }
                    Instr::RaiseAssert(has_msg) => {
                        let args = if has_msg {
                            vec![self.pop()]
                        } else {
                            Vec::new()
                        };
                        let e = self.new_exception(Ty::AssertionError, args)?;
                        return Err(RtError::Exc(e));
                    }
                    Instr::MatchSequence => {
                        let v = self.peek(0);
                        let r = self.match_is_sequence(v);
                        self.push(Value::Bool(r));
                    }
                    Instr::MatchMapping => {
                        let v = self.peek(0);
                        let r = self.match_is_mapping(v);
                        self.push(Value::Bool(r));
                    }
                    Instr::GetLen => {
                        let v = self.peek(0);
                        let n = crate::builtins::iterables::len_of(self, v)?;
                        self.push(Value::Int(n as i64));
                    }
                    Instr::MatchKeys => {
                        let keys = self.peek(0);
                        let v = self.peek(1);
                        let r = self.match_keys(v, keys)?;
                        self.push(r);
                    }
                    Instr::CopyDictWithoutKeys => {
                        let keys = self.pop();
                        let v = self.pop();
                        let r = self.copy_dict_without_keys(v, keys)?;
                        self.push(r);
                    }
                    Instr::MatchClass(n) => {
                        let names = self.pop();
                        let cls = self.pop();
                        let v = self.pop();
                        let r = self.match_class(v, cls, names, n as usize)?;
                        self.push(r);
                    }
                    Instr::LoadClassCell(_) => {
                        return Err(RtError::Internal(format!(
                            "instruction {instr:?} is not implemented"
                        )));
                    }
                }
                Ok(())
            })();
            match instr {
                Instr::Return => {
                    let v = self.pop();
                    if let Some(v) = self.do_return(v, base)? {
                        return Ok(v);
                    }
                    self.maybe_collect();
                    continue;
                }
                Instr::YieldValue => {
                    let v = self.pop();
                    let agen = match self.frames.last().and_then(|f| f.generator) {
                        Some((g, Resume::AsyncGen)) => self.is_async_gen(Value::Obj(g)),
                        _ => false,
                    };
                    let r = if agen {
                        self.agen_value_yield(v, base)?
                    } else {
                        self.do_yield(v, base)?
                    };
                    if let Some(v) = r {
                        return Ok(v);
                    }
                    continue;
                }
                Instr::YieldFrom => {
                    if let Some(v) = self.yield_from(base)? {
                        return Ok(v);
                    }
                    continue;
                }
                // A loop's back edge: every live value is in a frame, so a collection is safe.
                Instr::Jump(target) if target <= at => {
                    self.maybe_collect();
                    continue;
                }
                _ => {}
            }
            if let Err(e) = result {
                if let RtError::Exc(exc) = &e {
                    let exc = *exc;
                    if !matches!(
                        instr,
                        Instr::Reraise
                            | Instr::Raise(0)
                            | Instr::Raise(12)
                            | Instr::Raise(13)
                            | Instr::EndAsyncFor
                    ) {
                        if !matches!(instr, Instr::Raise(_)) {
                            self.note_raised(exc);
                        }
                        self.add_traceback(exc);
                    }
                }
                return Err(e);
            }
        }
    }

    /// `yield from` / `await`: stack `[iter, sent]`.
    fn yield_from(&mut self, base: usize) -> RtResult<Option<Value>> {
        let sent = self.pop();
        let it = self.peek(0);
        if let Value::Obj(id) = it {
            if let Obj::AgAwait(_) = self.heap.get(id) {
                return self.agen_await_step(id, sent, base);
            }
            if let Obj::HostFuture(_) = self.heap.get(id) {
                // Awaiting a host call: pending, it is yielded to the event loop, which
                // resumes this frame (and this YieldFrom) once the host has answered.
                return match self.host_future_outcome(id) {
                    None => {
                        self.top().ip -= 1;
                        self.do_yield(it, base)
                    }
                    Some(Ok(v)) => {
                        let f = self.top();
                        f.stack.pop();
                        f.stack.push(v);
                        Ok(None)
                    }
                    Some(Err(e)) => {
                        self.top().stack.pop();
                        if let RtError::Exc(x) = e {
                            self.note_raised(x);
                            self.add_traceback(x);
                        }
                        Err(e)
                    }
                };
            }
            if let Obj::Generator(_) = self.heap.get(id) {
                return match self.resume_generator(id, sent, Resume::YieldFrom) {
                    Ok(Some(_)) => Ok(None),
                    Ok(None) => {
                        // Already finished: the result is None.
                        let f = self.top();
                        f.stack.pop();
                        f.stack.push(Value::None);
                        Ok(None)
                    }
                    Err(e) => Err(e),
                };
            }
        }
        match self.iter_next(it)? {
            Some(v) => {
                self.top().ip -= 1;
                self.do_yield(v, base)
            }
            None => {
                let f = self.top();
                f.stack.pop();
                f.stack.push(Value::None);
                Ok(None)
            }
        }
    }
}
