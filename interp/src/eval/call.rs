//! Calls: binding arguments to parameters (with CPython's messages), Python functions as new
//! frames, bound methods, classes (instantiation and `__init__`), and native builtins.

use std::collections::HashSet;

use crate::compile::code::Code;
use crate::eval::frame::{Frame, FrameKind};
use crate::eval::{RtError, RtResult, Vm, MAX_REENTRY};
use crate::objects::function::{GenState, Generator};
use crate::objects::{Class, ClassRef, Dict, ExcData, Function, Instance, Obj};
use crate::types::Ty;
use crate::value::{ObjId, Value};

/// What a call turns into: a finished value (native code) or a frame to run.
pub enum Prepared {
    Value(Value),
    Frame(Frame),
}

/// Keyword arguments: (name as a str value, value).
pub type KwArgs = Vec<(Value, Value)>;

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

impl Vm<'_> {
    /// Calls from native code: runs Python functions in a nested loop.
    pub fn call_value(&mut self, func: Value, args: Vec<Value>, kwargs: KwArgs) -> RtResult<Value> {
        match self.prepare_call(func, args, kwargs)? {
            Prepared::Value(v) => Ok(v),
            Prepared::Frame(f) => self.run_prepared_frame(f),
        }
    }

    /// Calls an external function: the host answers now (`run` mode), or the run suspends
    /// until `resume` (`start` mode) when no native code is waiting on the Rust stack.
    pub fn call_external(
        &mut self,
        name: String,
        args: Vec<Value>,
        kwargs: KwArgs,
        is_async: bool,
    ) -> RtResult<Value> {
        let id = self.next_call_id;
        self.next_call_id = self.next_call_id.wrapping_add(1);
        if is_async && self.host.is_none() {
            if !self.suspendable {
                return Err(self.err(
                    Ty::RuntimeError,
                    format!("external function '{name}' has no host to answer it"),
                ));
            }
            // Not asked now: the call waits, with any others, until the event loop has nothing
            // left to run (`wait_for_host_futures`).
            let fut = self.alloc(Obj::HostFuture(Box::new(crate::objects::HostFuture {
                id,
                name,
                state: crate::objects::FutureState::Pending,
                args,
                kwargs,
            })))?;
            if let Value::Obj(fid) = fut {
                self.futures.push(fid);
            }
            return Ok(fut);
        }
        let (oargs, okw) = self.call_objects(args, kwargs)?;
        if let Some(host) = self.host.as_mut() {
            let answer = host.call(&name, oargs, okw);
            let result = match answer {
                Ok(answer) => self.object_to_value(&answer),
                Err(e) => {
                    let exc = self.host_exception(&e.type_name, &e.message)?;
                    Err(RtError::Exc(exc))
                }
            };
            if !is_async {
                return result;
            }
            let state = match result {
                Ok(v) => crate::objects::FutureState::Done(v),
                Err(RtError::Exc(e)) => crate::objects::FutureState::Failed(e),
                Err(other) => return Err(other),
            };
            return self.new_host_future(id, name, state);
        }
        if !self.suspendable {
            return Err(self.err(
                Ty::RuntimeError,
                format!("external function '{name}' has no host to answer it"),
            ));
        }
        if self.reentry > 0 {
            return Err(self.err(
                Ty::RuntimeError,
                format!(
                    "external function '{name}' was called from code run by a builtin (a sort key, \
                     a generator consumed by list(), a dunder method …), where a start()/resume() \
                     run cannot suspend; call it at top level or run with a host"
                ),
            ));
        }
        self.pending = Some(crate::host::ExternalCall {
            id,
            is_async,
            name,
            args: oargs,
            kwargs: okw,
        });
        Err(RtError::Suspend)
    }

    /// Performs an OS operation: the OS handler answers now (`run` mode, DenyAll without one),
    /// or the run suspends until `resume` (`start` mode) when no native code is waiting.
    pub fn os_call(&mut self, op: crate::os::OsOp) -> RtResult<Value> {
        use crate::os::OsHandler;
        if self.os.is_some() || !self.suspend_os {
            let answer = match self.os.as_mut() {
                Some(os) => os.os_call(&op),
                None => crate::os::DenyAll.os_call(&op),
            };
            return match answer {
                Ok(answer) => self.object_to_value(&answer),
                Err(e) => {
                    let exc = self.host_exception(&e.type_name, &e.message)?;
                    Err(RtError::Exc(exc))
                }
            };
        }
        if self.reentry > 0 {
            return Err(self.err(
                Ty::RuntimeError,
                format!(
                    "{} was requested from code run by a builtin (a sort key, a generator \
                     consumed by list(), a dunder method …), where a start()/resume() run cannot \
                     suspend; do it at top level or run with an OS handler",
                    op.describe()
                ),
            ));
        }
        self.pending_os = Some(op);
        Err(RtError::Suspend)
    }

    /// Runs a frame to completion in a nested loop (native code waiting for Python code).
    pub fn run_prepared_frame(&mut self, mut frame: Frame) -> RtResult<Value> {
        if self.reentry >= MAX_REENTRY {
            return Err(self.err(Ty::RecursionError, "maximum recursion depth exceeded"));
        }
        if matches!(frame.kind, FrameKind::Normal) {
            frame.kind = FrameKind::NativeCall;
        }
        let base = self.frames.len();
        self.push_frame(frame)?;
        self.nested_run(base)
    }

    pub fn prepare_call(
        &mut self,
        func: Value,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> RtResult<Prepared> {
        match func {
            // `open` is written in Python (the `io` library module, linked into programs that
            // name it), so that its file reads can suspend a start()/resume() run.
            Value::Builtin(crate::builtins::Builtin::Open)
                if self.program.libs.iter().any(|l| l.name == "io") =>
            {
                let m = self.import_module("io")?;
                let f = self.get_attr(m, "open")?;
                self.prepare_call(f, args, kwargs)
            }
            Value::Builtin(b) => crate::builtins::call(self, b, args, kwargs).map(Prepared::Value),
            Value::Type(t) => crate::builtins::types::call_type(self, t, args, kwargs),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Function(_) => self.function_frame(id, args, kwargs, None),
                Obj::External(name) => {
                    let name = name.clone();
                    self.call_external(name, args, kwargs, false)
                        .map(Prepared::Value)
                }
                Obj::AsyncExternal(name) => {
                    let name = name.clone();
                    self.call_external(name, args, kwargs, true)
                        .map(Prepared::Value)
                }
                Obj::BoundMethod { receiver, func } => {
                    let (receiver, func) = (*receiver, *func);
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(receiver);
                    all.extend(args);
                    self.prepare_call(func, all, kwargs)
                }
                Obj::BuiltinMethod {
                    receiver,
                    name,
                    unbound,
                } => {
                    let (receiver, name, unbound) = (*receiver, name.clone(), *unbound);
                    if unbound && name == "__new__" {
                        let Some((cls, rest)) = args.split_first() else {
                            return Err(self.type_error("__new__(): not enough arguments"));
                        };
                        let owner = match receiver {
                            Value::Type(t) => t,
                            _ => Ty::Object,
                        };
                        return match *cls {
                            Value::Obj(cid) if matches!(self.heap.get(cid), Obj::Class(_)) => {
                                let nb = match self.heap.get(cid) {
                                    Obj::Class(c) => c.native_base,
                                    _ => Ty::Object,
                                };
                                let inst = self.new_instance(cid, nb, rest)?;
                                if owner != Ty::Object && !owner.is_exception() {
                                    crate::builtins::types::init_native(
                                        self,
                                        inst,
                                        owner,
                                        rest.to_vec(),
                                        kwargs,
                                    )?;
                                }
                                Ok(Prepared::Value(inst))
                            }
                            Value::Type(t) => {
                                crate::builtins::types::call_type(self, t, rest.to_vec(), kwargs)
                            }
                            other => {
                                let tn = self.type_name(other);
                                Err(self.type_error(format!(
                                    "{}.__new__(X): X is not a type object ({tn})",
                                    owner.name()
                                )))
                            }
                        };
                    }
                    if unbound {
                        return self
                            .call_unbound_builtin(receiver, &name, args, kwargs)
                            .map(Prepared::Value);
                    }
                    crate::builtins::methods::call_method(self, receiver, &name, args, kwargs)
                        .map(Prepared::Value)
                }
                Obj::Class(_) => self.instantiate(id, args, kwargs),
                Obj::Instance(_) => {
                    if let Some(m) = self.lookup_user_method(func, "__call__") {
                        let mut all = Vec::with_capacity(args.len() + 1);
                        all.push(func);
                        all.extend(args);
                        return self.prepare_call(m, all, kwargs);
                    }
                    let tn = self.type_name(func);
                    Err(self.type_error(format!("'{tn}' object is not callable")))
                }
                Obj::StaticMethod(f) => {
                    let f = *f;
                    self.prepare_call(f, args, kwargs)
                }
                _ => {
                    let tn = self.type_name(func);
                    Err(self.type_error(format!("'{tn}' object is not callable")))
                }
            },
            _ => {
                let tn = self.type_name(func);
                Err(self.type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    /// Binds arguments and builds the frame of a Python function (or its generator).
    fn function_frame(
        &mut self,
        fid: ObjId,
        args: Vec<Value>,
        kwargs: KwArgs,
        kind: Option<FrameKind>,
    ) -> RtResult<Prepared> {
        let code_id = match self.heap.get(fid) {
            Obj::Function(f) => f.code,
            _ => return Err(self.internal("not a function")),
        };
        let prog = self.program.clone();
        let code = &prog.codes[code_id as usize];
        let mut frame = self.new_frame(code_id, code);
        let exact_positional = kwargs.is_empty()
            && args.len() == code.argcount as usize
            && code.kwonlyargcount == 0
            && !code.flags.varargs
            && !code.flags.varkw;
        if exact_positional {
            // The common call: every parameter filled by position, nothing else to bind.
            frame.stack[..args.len()].copy_from_slice(&args);
        } else {
            let (defaults, kwdefaults, qualname) = match self.heap.get(fid) {
                Obj::Function(f) => (f.defaults.clone(), f.kwdefaults.clone(), f.qualname.clone()),
                _ => return Err(self.internal("not a function")),
            };
            self.bind_args(
                code,
                &qualname,
                &mut frame,
                args,
                kwargs,
                &defaults,
                &kwdefaults,
            )?;
        }
        // Cells: the code's own, then the closure's.
        for (i, _) in code.cellvars.iter().enumerate() {
            let init = code
                .cell_params
                .iter()
                .find(|(_, c)| *c as usize == i)
                .map(|(l, _)| frame.stack[*l as usize])
                .unwrap_or(Value::Undef);
            let cell = self.heap.alloc(Obj::Cell(init))?;
            frame.cells.push(cell);
        }
        if !code.freevars.is_empty() {
            if let Obj::Function(f) = self.heap.get(fid) {
                frame.cells.extend_from_slice(&f.closure);
            }
        }
        if let Some(k) = kind {
            frame.kind = k;
        }
        if code.flags.generator || code.flags.coroutine {
            let gen = Generator {
                state: GenState::Created,
                frame: Some(Box::new(frame)),
                name: code.name.clone(),
                qualname: code.qualname.clone(),
                is_coroutine: code.flags.coroutine && !code.flags.generator,
                is_async_gen: code.flags.coroutine && code.flags.generator,
                ag_hooked: false,
            };
            return self
                .alloc(Obj::Generator(Box::new(gen)))
                .map(Prepared::Value);
        }
        Ok(Prepared::Frame(frame))
    }

    pub fn new_frame(&mut self, code_id: u32, code: &Code) -> Frame {
        let nlocals = code.varnames.len();
        // Stacks of finished frames are reused: most calls then allocate nothing.
        let mut stack = self.stack_pool.pop().unwrap_or_default();
        stack.reserve(nlocals + code.stack_size as usize);
        stack.resize(nlocals, Value::Undef);
        Frame {
            code: code_id,
            ip: 0,
            stack,
            nlocals: nlocals as u32,
            cells: Vec::with_capacity(code.cellvars.len() + code.freevars.len()),
            blocks: Vec::new(),
            namespace: None,
            kind: FrameKind::Normal,
            saved_handled: Value::None,
            generator: None,
            inlined_line: None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn bind_args(
        &mut self,
        code: &Code,
        qualname: &str,
        frame: &mut Frame,
        args: Vec<Value>,
        kwargs: KwArgs,
        defaults: &[Value],
        kwdefaults: &[(String, Value)],
    ) -> RtResult<()> {
        let nargs = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let nposonly = code.posonlyargcount as usize;
        let npos_given = args.len();
        let slots = &mut frame.stack;
        // Positional.
        let take = npos_given.min(nargs);
        slots[..take].copy_from_slice(&args[..take]);
        let mut extra_index = nargs + nkwonly;
        if code.flags.varargs {
            let rest = args[take..].to_vec();
            let t = self.new_tuple(rest)?;
            slots[extra_index] = t;
            extra_index += 1;
        } else if npos_given > nargs {
            let ndef = defaults.len();
            let kw_given = kwargs
                .iter()
                .filter(|(k, _)| {
                    let name = self.str_of(*k).unwrap_or("");
                    code.varnames[nargs..nargs + nkwonly]
                        .iter()
                        .any(|n| n == name)
                })
                .count();
            let takes = if ndef > 0 {
                format!("from {} to {}", nargs - ndef, nargs)
            } else {
                nargs.to_string()
            };
            let given = if kw_given > 0 {
                format!(
                    "{npos_given} positional argument{} (and {} keyword-only argument{}) were given",
                    if npos_given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else if npos_given == 1 {
                "1 was given".to_string()
            } else {
                format!("{npos_given} were given")
            };
            let word = if nargs == 1 && ndef == 0 {
                "argument"
            } else {
                "arguments"
            };
            return Err(self.type_error(format!(
                "{qualname}() takes {takes} positional {word} but {given}"
            )));
        }
        // Keywords.
        let kwdict = if code.flags.varkw {
            let d = self.alloc(Obj::Dict(Dict::new()))?;
            Some(d)
        } else {
            None
        };
        let mut posonly_as_kw = Vec::new();
        for (k, v) in kwargs {
            let name = match self.str_of(k) {
                Some(s) => s.to_string(),
                None => return Err(self.type_error("keywords must be strings")),
            };
            let pos = code.varnames[..nargs + nkwonly]
                .iter()
                .position(|n| *n == name);
            match pos {
                Some(i) if i >= nposonly => {
                    if !matches!(frame.stack[i], Value::Undef) {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{name}'"
                        )));
                    }
                    frame.stack[i] = v;
                }
                _ => match kwdict {
                    Some(d) => {
                        let did = d.as_obj().unwrap_or(ObjId(0));
                        if self.dict_get(did, k)?.is_some() {
                            return Err(self.type_error(format!(
                                "{qualname}() got multiple values for argument '{name}'"
                            )));
                        }
                        self.dict_set(did, k, v)?;
                    }
                    None => {
                        if pos.is_some() {
                            posonly_as_kw.push(name);
                            continue;
                        }
                        let params = code.varnames[nposonly..nargs + nkwonly]
                            .iter()
                            .map(String::as_str);
                        let hint = crate::eval::suggest::suggest(&name, params)
                            .map(|s| format!(". Did you mean '{s}'?"))
                            .unwrap_or_default();
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{name}'{hint}"
                        )));
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            )));
        }
        if let Some(d) = kwdict {
            frame.stack[extra_index] = d;
        }
        // Defaults and missing arguments.
        let ndef = defaults.len();
        let mut missing = Vec::new();
        for i in 0..nargs {
            if matches!(frame.stack[i], Value::Undef) {
                if i + ndef >= nargs {
                    frame.stack[i] = defaults[i + ndef - nargs];
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required positional {}: {}",
                missing.len(),
                if missing.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing)
            )));
        }
        let mut missing_kw = Vec::new();
        for i in nargs..nargs + nkwonly {
            if matches!(frame.stack[i], Value::Undef) {
                let name = &code.varnames[i];
                match kwdefaults.iter().find(|(n, _)| n == name) {
                    Some((_, v)) => frame.stack[i] = *v,
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required keyword-only {}: {}",
                missing_kw.len(),
                if missing_kw.len() == 1 {
                    "argument"
                } else {
                    "arguments"
                },
                name_list(&missing_kw)
            )));
        }
        let _ = plural;
        Ok(())
    }

    /// `MakeFunction`: pops closure, keyword defaults and defaults as flagged.
    pub fn make_function(&mut self, in_code: u32, ci: u32, flags: u8) -> RtResult<Value> {
        let annotations = if flags & 8 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let closure = if flags & 4 != 0 {
            let t = self.pop();
            self.tuple_items(t)
                .into_iter()
                .filter_map(Value::as_obj)
                .collect()
        } else {
            Vec::new()
        };
        let kwdefaults = if flags & 2 != 0 {
            let d = self.pop();
            self.dict_items_of(d)
                .into_iter()
                .map(|(k, v)| (self.str_of(k).unwrap_or("").to_string(), v))
                .collect()
        } else {
            Vec::new()
        };
        let defaults = if flags & 1 != 0 {
            let t = self.pop();
            self.tuple_items(t)
        } else {
            Vec::new()
        };
        let code_id = match self.consts[in_code as usize][ci as usize] {
            Value::Int(i) => i as u32,
            _ => return Err(self.internal("MakeFunction without a code constant")),
        };
        let code = &self.program.codes[code_id as usize];
        let doc = code.docstring.clone();
        let f = Function {
            code: code_id,
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            defaults,
            kwdefaults,
            closure,
            dict: None,
            doc: Value::None,
            annotations,
        };
        let fv = self.alloc(Obj::Function(Box::new(f)))?;
        if let Some(d) = doc {
            let dv = self.new_str(d)?;
            if let Some(Obj::Function(f)) = fv.as_obj().map(|id| self.heap.get_mut(id)) {
                f.doc = dv;
            }
        }
        Ok(fv)
    }

    /// The frame that runs a class body into a fresh namespace.
    pub fn class_body_frame(
        &mut self,
        body: Value,
        name: String,
        bases: Vec<Value>,
    ) -> RtResult<Frame> {
        let Some(fid) = body.as_obj() else {
            return Err(self.internal("class body is not a function"));
        };
        for b in &bases {
            let ok = match b {
                Value::Type(t) => t.is_base_type(),
                Value::Obj(id) => matches!(self.heap.get(*id), Obj::Class(_)),
                _ => false,
            };
            if !ok {
                if let Value::Type(t) = b {
                    return Err(self.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        t.name()
                    )));
                }
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases".to_string(),
                ).with_bases_msg(self, *b));
            }
        }
        let ns = self.alloc(Obj::Dict(Dict::new()))?;
        let nsid = ns.as_obj().unwrap_or(ObjId(0));
        let (code_id, qualname) = match self.heap.get(fid) {
            Obj::Function(f) => (f.code, f.qualname.clone()),
            _ => return Err(self.internal("class body is not a function")),
        };
        let k = self.new_str("__module__")?;
        let v = self.new_str("__main__")?;
        self.dict_set(nsid, k, v)?;
        let k = self.new_str("__qualname__")?;
        let v = self.new_str(qualname)?;
        self.dict_set(nsid, k, v)?;
        let prog = self.program.clone();
        let code = &prog.codes[code_id as usize];
        if let Some(doc) = &code.docstring {
            let k = self.new_str("__doc__")?;
            let v = self.new_str(doc.clone())?;
            self.dict_set(nsid, k, v)?;
        }
        let mut frame = self.new_frame(code_id, code);
        for _ in &code.cellvars {
            let cell = self.heap.alloc(Obj::Cell(Value::Undef))?;
            frame.cells.push(cell);
        }
        if let Obj::Function(f) = self.heap.get(fid) {
            frame.cells.extend(f.closure.iter().copied());
        }
        frame.namespace = Some(nsid);
        frame.kind = FrameKind::ClassBody { name, bases };
        Ok(frame)
    }

    /// Builds a class when its body frame returns `cell` (the `__class__` cell or None).
    pub fn build_class(
        &mut self,
        name: &str,
        code_id: u32,
        bases: Vec<Value>,
        ns: ObjId,
        cell: Value,
    ) -> RtResult<Value> {
        let qualname = self.program.codes[code_id as usize].qualname.clone();
        let dict = match self.heap.get(ns) {
            Obj::Dict(d) => d.clone(),
            _ => Dict::new(),
        };
        self.make_class(name, &qualname, bases, dict, cell)
    }

    /// A class from its parts (class statements and `type(name, bases, dict)`).
    pub fn make_class(
        &mut self,
        name: &str,
        qualname: &str,
        bases: Vec<Value>,
        dict: Dict,
        cell: Value,
    ) -> RtResult<Value> {
        let base_refs: Vec<ClassRef> = bases
            .iter()
            .map(|b| match b {
                Value::Type(t) => ClassRef::Builtin(*t),
                Value::Obj(id) => ClassRef::User(*id),
                _ => ClassRef::Builtin(Ty::Object),
            })
            .collect();
        let mro_tail = self.c3_merge(&base_refs)?;
        let native_base = mro_tail
            .iter()
            .find_map(|c| match c {
                ClassRef::Builtin(t) if *t != Ty::Object => Some(*t),
                ClassRef::User(id) => match self.heap.get(*id) {
                    Obj::Class(c) if c.native_base != Ty::Object => Some(c.native_base),
                    _ => None,
                },
                _ => None,
            })
            .unwrap_or(Ty::Object);
        let mut dict = dict;
        if self.dict_get_str(&dict, "__eq__").is_some()
            && self.dict_get_str(&dict, "__hash__").is_none()
        {
            let k = self.new_str("__hash__")?;
            let h = self.hash(k)?;
            dict.insert_new(h, k, Value::None);
        }
        // `__module__` as the class body left it (library modules set their own name).
        let module = self
            .dict_get_str(&dict, "__module__")
            .and_then(|v| self.str_of(v))
            .unwrap_or("__main__")
            .to_string();
        let class = Class {
            name: name.to_string(),
            qualname: qualname.to_string(),
            module,
            bases: if base_refs.is_empty() {
                vec![ClassRef::Builtin(Ty::Object)]
            } else {
                base_refs
            },
            mro: Vec::new(),
            dict,
            native_base,
        };
        let cv = self.alloc(Obj::Class(Box::new(class)))?;
        let cid = cv.as_obj().unwrap_or(ObjId(0));
        let mut mro = vec![ClassRef::User(cid)];
        mro.extend(mro_tail);
        if !mro.contains(&ClassRef::Builtin(Ty::Object)) {
            mro.push(ClassRef::Builtin(Ty::Object));
        }
        if let Obj::Class(c) = self.heap.get_mut(cid) {
            c.mro = mro;
        }
        if let Value::Obj(cell_id) = cell {
            if matches!(self.heap.get(cell_id), Obj::Cell(_)) {
                *self.heap.get_mut(cell_id) = Obj::Cell(cv);
            }
        }
        self.class_created_hooks(cv)?;
        Ok(cv)
    }

    /// After a class statement: `__set_name__` of the attributes that define it, then the
    /// nearest base's `__init_subclass__` (implicitly a classmethod), as `type.__new__` does.
    fn class_created_hooks(&mut self, cv: Value) -> RtResult<()> {
        let Value::Obj(cid) = cv else {
            return Ok(());
        };
        let (entries, mro) = match self.heap.get(cid) {
            Obj::Class(c) => (
                c.dict.iter().map(|e| (e.key, e.value)).collect::<Vec<_>>(),
                c.mro.clone(),
            ),
            _ => return Ok(()),
        };
        for (k, v) in entries {
            if let Some(set_name) = self.lookup_user_method(v, "__set_name__") {
                self.call_value(set_name, vec![v, cv, k], Vec::new())?;
            }
        }
        for r in mro.iter().skip(1) {
            let ClassRef::User(base) = r else { continue };
            let found = match self.heap.get(*base) {
                Obj::Class(c) => self.dict_get_str(&c.dict, "__init_subclass__"),
                _ => None,
            };
            if let Some(f) = found {
                let f = match f.as_obj().map(|id| self.heap.get(id)) {
                    Some(Obj::ClassMethod(inner)) => *inner,
                    _ => f,
                };
                self.call_value(f, vec![cv], Vec::new())?;
                break;
            }
        }
        Ok(())
    }

    fn class_mro(&self, c: ClassRef) -> Vec<ClassRef> {
        match c {
            ClassRef::Builtin(t) => t.mro().into_iter().map(ClassRef::Builtin).collect(),
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(cls) => cls.mro.clone(),
                _ => vec![c],
            },
        }
    }

    fn class_ref_name(&self, c: ClassRef) -> String {
        match c {
            ClassRef::Builtin(t) => t.name().to_string(),
            ClassRef::User(id) => match self.heap.get(id) {
                Obj::Class(cls) => cls.name.clone(),
                _ => "?".into(),
            },
        }
    }

    /// C3 linearisation of the bases (without the class itself).
    fn c3_merge(&mut self, bases: &[ClassRef]) -> RtResult<Vec<ClassRef>> {
        let mut seqs: Vec<Vec<ClassRef>> = bases.iter().map(|b| self.class_mro(*b)).collect();
        seqs.push(bases.to_vec());
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for b in bases {
            if !seen.insert(*b) {
                let n = self.class_ref_name(*b);
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                return Ok(out);
            }
            let candidate = seqs
                .iter()
                .map(|s| s[0])
                .find(|c| !seqs.iter().any(|s| s[1..].contains(c)));
            match candidate {
                Some(c) => {
                    out.push(c);
                    for s in &mut seqs {
                        if s.first() == Some(&c) {
                            s.remove(0);
                        }
                    }
                }
                None => {
                    let mut names: Vec<String> = Vec::new();
                    for s in &seqs {
                        let n = self.class_ref_name(s[0]);
                        if !names.contains(&n) {
                            names.push(n);
                        }
                    }
                    return Err(self.type_error(format!(
                        "Cannot create a consistent method resolution order (MRO) for bases {}",
                        names.join(", ")
                    )));
                }
            }
        }
    }

    /// Calling a user class: `__new__`, then `__init__` as a frame whose result is the instance.
    fn instantiate(&mut self, cid: ObjId, args: Vec<Value>, kwargs: KwArgs) -> RtResult<Prepared> {
        let cls = Value::Obj(cid);
        let native_base = match self.heap.get(cid) {
            Obj::Class(c) => c.native_base,
            _ => Ty::Object,
        };
        if let Some(abstract_names) = self.abstract_methods(cid) {
            let name = self.class_display_name(cls);
            let n = abstract_names.len();
            return Err(self.type_error(format!(
                "Can't instantiate abstract class {name} without an implementation for abstract method{} {}",
                if n == 1 { "" } else { "s" },
                abstract_names.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
            )));
        }
        let instance = if let Some(new) = self
            .lookup_class_attr(cls, "__new__")
            .filter(|v| !matches!(v, Value::Builtin(_)))
        {
            let new = match new.as_obj().map(|id| self.heap.get(id)) {
                Some(Obj::StaticMethod(f)) => *f,
                _ => new,
            };
            let mut all = vec![cls];
            all.extend(args.iter().copied());
            let inst = self.call_value(new, all, kwargs.clone())?;
            let ty = self.type_of(inst);
            if !self.is_subclass(ty, cls) {
                return Ok(Prepared::Value(inst));
            }
            inst
        } else {
            self.new_instance(cid, native_base, &args)?
        };
        match self.lookup_class_attr(cls, "__init__") {
            Some(init) if matches!(init, Value::Obj(id) if matches!(self.heap.get(id), Obj::Function(_))) =>
            {
                let fid = init.as_obj().unwrap_or(ObjId(0));
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(instance);
                all.extend(args);
                self.function_frame(fid, all, kwargs, Some(FrameKind::Init(instance)))
            }
            _ => {
                // object.__init__ takes no arguments unless __new__ was overridden.
                let has_new = self
                    .lookup_class_attr(cls, "__new__")
                    .is_some_and(|v| !matches!(v, Value::Builtin(_)));
                if native_base == Ty::Object && !has_new && (!args.is_empty() || !kwargs.is_empty())
                {
                    let name = self.class_display_name(cls);
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                if native_base != Ty::Object && !native_base.is_exception() && !has_new {
                    crate::builtins::types::init_native(self, instance, native_base, args, kwargs)?;
                }
                Ok(Prepared::Value(instance))
            }
        }
    }

    /// A bare instance of user class `cid` (what `object.__new__` makes).
    pub fn new_instance(&mut self, cid: ObjId, native_base: Ty, args: &[Value]) -> RtResult<Value> {
        let exc = if native_base.is_exception() {
            let t = self.new_tuple(args.to_vec())?;
            Some(Box::new(ExcData::new(t)))
        } else {
            None
        };
        let native = if native_base != Ty::Object && !native_base.is_exception() {
            crate::builtins::types::empty_native(self, native_base)?
        } else {
            Value::None
        };
        self.alloc(Obj::Instance(Instance {
            class: ClassRef::User(cid),
            dict: None,
            native,
            exc,
        }))
    }

    /// Names of abstract methods a class leaves unimplemented (abc support).
    fn abstract_methods(&mut self, cid: ObjId) -> Option<Vec<String>> {
        // Most classes have no abstract method at all: find that out without allocating.
        let any_abstract = match self.heap.get(cid) {
            Obj::Class(c) => c.mro.iter().any(|r| match r {
                ClassRef::User(id) => match self.heap.get(*id) {
                    Obj::Class(cls) => cls.dict.iter().any(|e| self.is_abstract(e.value)),
                    _ => false,
                },
                ClassRef::Builtin(_) => false,
            }),
            _ => false,
        };
        if !any_abstract {
            return None;
        }
        let mro = match self.heap.get(cid) {
            Obj::Class(c) => c.mro.clone(),
            _ => return None,
        };
        let mut names: Vec<String> = Vec::new();
        for c in mro.iter().rev() {
            if let ClassRef::User(id) = c {
                let entries: Vec<(Value, Value)> = match self.heap.get(*id) {
                    Obj::Class(cls) => cls.dict.iter().map(|e| (e.key, e.value)).collect(),
                    _ => Vec::new(),
                };
                for (k, v) in entries {
                    let Some(name) = self.str_of(k).map(str::to_string) else {
                        continue;
                    };
                    let is_abstract = self.is_abstract(v);
                    names.retain(|n| *n != name);
                    if is_abstract {
                        names.push(name);
                    }
                }
            }
        }
        if names.is_empty() {
            None
        } else {
            names.sort();
            Some(names)
        }
    }

    fn is_abstract(&self, v: Value) -> bool {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::Function(f)) => f.dict.is_some_and(|d| match self.heap.get(d) {
                Obj::Dict(dd) => dd.iter().any(|e| {
                    self.str_of(e.key) == Some("__isabstractmethod__")
                        && matches!(e.value, Value::Bool(true))
                }),
                _ => false,
            }),
            _ => false,
        }
    }

    /// `with` entry: returns (`__exit__` bound, result of `__enter__`).
    pub fn with_enter(&mut self, mgr: Value) -> RtResult<(Value, Value)> {
        let enter = self.lookup_user_method(mgr, "__enter__");
        let exit = self.lookup_user_method(mgr, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            if let Some(v) = crate::builtins::methods::native_context(self, mgr)? {
                return Ok(v);
            }
            let tn = self.type_name(mgr);
            let msg = if self.lookup_user_method(mgr, "__enter__").is_some() {
                format!("'{tn}' object does not support the context manager protocol (missed __exit__ method)")
            } else {
                format!("'{tn}' object does not support the context manager protocol")
            };
            return Err(self.type_error(msg));
        };
        let bound_exit = self.alloc(Obj::BoundMethod {
            receiver: mgr,
            func: exit,
        })?;
        let entered = self.call_value(enter, vec![mgr], Vec::new())?;
        Ok((bound_exit, entered))
    }
}

trait BasesMsg {
    fn with_bases_msg(self, vm: &Vm, b: Value) -> Self;
}

impl BasesMsg for RtError {
    fn with_bases_msg(self, _vm: &Vm, _b: Value) -> Self {
        self
    }
}
