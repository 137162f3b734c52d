//! The embedding API: compile a snippet once with the names of its inputs and external
//! functions, then run it many times — with a host that answers external calls (`run`), or
//! step by step, suspending at each external call until the host resumes it (`start`).
//! Async external functions give host futures: in a `start()` run the `asyncio` event loop
//! collects every pending call and suspends once with all of them (`Progress::Futures`).

use std::sync::Arc;

use crate::compile::{self, code::Program};
use crate::eval::{RtError, Vm};
use crate::host::{ExternalCall, Host, HostError, PendingCall};
use crate::object::Object;
use crate::objects::Obj;
use crate::os::{DenyAll, OsHandler, OsOp};
use crate::output::PrintSink;
use crate::snapshot::SnapshotError;
use crate::value::Value;
use crate::{compile_error, library_modules, Limits, RunError};

/// A compiled snippet. Its trailing expression statement, if any, is its result.
#[derive(Clone, Debug)]
pub struct Script {
    program: Arc<Program>,
    main: u32,
    inputs: Vec<String>,
    externals: Vec<String>,
    async_externals: Vec<String>,
    script_name: String,
    source: Arc<str>,
}

/// Where a `start`ed run stands.
#[derive(Debug)]
pub enum Progress {
    /// The run finished with this result (None without a trailing expression).
    Complete(Object),
    /// The run waits for the host to answer an external call.
    ExternalCall(Suspended),
    /// The run waits for the host to answer an OS operation (`Suspended::os_op`).
    OsCall(Suspended),
    /// The `asyncio` event loop has nothing to run until the host resolves one or more of the
    /// pending async calls (`Suspended::futures`); answer with `Suspended::resume_futures`.
    Futures(Suspended),
}

/// A run suspended at an external call or an OS operation. Resume it with the answer or with
/// an exception.
pub struct Suspended {
    vm: Box<Vm<'static>>,
    call: PendingCall,
    script: Script,
}

/// What `Suspended::call` shows while the run waits on an OS operation.
static NO_EXTERNAL_CALL: ExternalCall = ExternalCall {
    id: 0,
    is_async: false,
    name: String::new(),
    args: Vec::new(),
    kwargs: Vec::new(),
};

impl std::fmt::Debug for Suspended {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Suspended")
            .field("call", &self.call)
            .finish_non_exhaustive()
    }
}

impl Script {
    /// Compiles `source`; `inputs` are global names given values at each run, `externals` the
    /// functions the host answers. A SyntaxError comes back as `RunError::Syntax`.
    pub fn compile(
        source: &str,
        script_name: &str,
        inputs: &[&str],
        externals: &[&str],
    ) -> Result<Script, RunError> {
        Script::compile_with_async(source, script_name, inputs, externals, &[])
    }

    /// Like [`Script::compile`], with `async_externals`: host functions the snippet awaits
    /// (`await fetch(url)`, `asyncio.gather(*(fetch(u) for u in urls))`). Calling one gives a
    /// host future. `run` asks the host at the call; `start` lets the calls pile up and
    /// suspends with all of them when the event loop has nothing else to run.
    pub fn compile_with_async(
        source: &str,
        script_name: &str,
        inputs: &[&str],
        externals: &[&str],
        async_externals: &[&str],
    ) -> Result<Script, RunError> {
        let module = crate::parse::parse(source, script_name).map_err(RunError::Syntax)?;
        let libs = library_modules(&module, source)?;
        let lib_refs: Vec<compile::LibSource> = libs
            .iter()
            .map(|(n, m, src)| (n.as_str(), m, *src, format!("<terrarium>/{n}.py")))
            .collect();
        let mut names: Vec<String> = inputs.iter().map(|s| s.to_string()).collect();
        names.extend(externals.iter().map(|s| s.to_string()));
        names.extend(async_externals.iter().map(|s| s.to_string()));
        let base = Program {
            filename: script_name.to_string(),
            source: source.to_string(),
            ..Program::default()
        };
        let (program, main) = compile::extend_program(
            &base,
            &module,
            source,
            script_name,
            &lib_refs,
            compile::Mode::Result,
            &names,
        )
        .map_err(|e| compile_error(e, source, script_name))?;
        Ok(Script {
            program: Arc::new(program),
            main,
            inputs: inputs.iter().map(|s| s.to_string()).collect(),
            externals: externals.iter().map(|s| s.to_string()).collect(),
            async_externals: async_externals.iter().map(|s| s.to_string()).collect(),
            script_name: script_name.to_string(),
            source: Arc::from(source),
        })
    }

    /// The source text, for rendering tracebacks (`ExceptionReport::render`).
    pub fn source(&self) -> &str {
        &self.source
    }

    pub fn script_name(&self) -> &str {
        &self.script_name
    }

    /// Runs to completion; `host` answers every external call, wherever it is made. OS
    /// operations are denied (PermissionError); see [`Script::run_with_os`].
    pub fn run(
        &self,
        inputs: Vec<Object>,
        limits: &Limits,
        host: &mut dyn Host,
        out: &mut dyn PrintSink,
    ) -> Result<Object, RunError> {
        self.run_with_os(inputs, limits, host, &mut DenyAll, out)
    }

    /// Runs to completion; `host` answers external calls and `os` OS operations.
    pub fn run_with_os(
        &self,
        inputs: Vec<Object>,
        limits: &Limits,
        host: &mut dyn Host,
        os: &mut dyn OsHandler,
        out: &mut dyn PrintSink,
    ) -> Result<Object, RunError> {
        let mut vm = self.prepare(inputs, limits)?;
        vm.host = Some(Box::new(crate::host::HostRef(host)));
        vm.os = Some(Box::new(crate::os::Borrowed(os)));
        let result = vm.run_module_code(self.main);
        finish(&mut vm, result, out)
    }

    /// Runs until the result or the first external call or OS operation.
    pub fn start(
        &self,
        inputs: Vec<Object>,
        limits: &Limits,
        out: &mut dyn PrintSink,
    ) -> Result<Progress, RunError> {
        let mut vm = self.prepare(inputs, limits)?;
        vm.suspendable = true;
        vm.suspend_os = true;
        let result = vm.run_module_code(self.main);
        progress(vm, result, self.clone(), out)
    }

    fn prepare<'h>(&self, inputs: Vec<Object>, limits: &Limits) -> Result<Vm<'h>, RunError> {
        if inputs.len() != self.inputs.len() {
            return Err(RunError::Usage(format!(
                "the script takes {} input(s) ({}), {} given",
                self.inputs.len(),
                self.inputs.join(", "),
                inputs.len()
            )));
        }
        let mut vm = Vm::with_program(self.program.clone(), limits.clone()).map_err(rt)?;
        let mut slots = Vec::new();
        for (name, obj) in self.inputs.iter().zip(&inputs) {
            let v = vm
                .object_to_value(obj)
                .map_err(|e| input_error(&mut vm, name, e))?;
            vm.temp_roots.push(v);
            slots.push((name.clone(), v));
        }
        for name in &self.externals {
            let v = vm
                .alloc(Obj::External(name.clone()))
                .map_err(|e| input_error(&mut vm, name, e))?;
            slots.push((name.clone(), v));
        }
        for name in &self.async_externals {
            let v = vm
                .alloc(Obj::AsyncExternal(name.clone()))
                .map_err(|e| input_error(&mut vm, name, e))?;
            slots.push((name.clone(), v));
        }
        for (name, v) in slots {
            if let Some(&slot) = vm.global_index.get(&name) {
                if let Some(g) = vm.globals.get_mut(slot as usize) {
                    *g = v;
                }
            }
        }
        vm.temp_roots.clear();
        Ok(vm)
    }
}

impl Suspended {
    /// The run as bytes, to `load` later or in another process and resume there.
    pub fn dump(&self) -> Vec<u8> {
        let info = crate::snapshot::ScriptInfo {
            source: self.script.source.to_string(),
            script_name: self.script.script_name.clone(),
            inputs: self.script.inputs.clone(),
            externals: self.script.externals.clone(),
            async_externals: self.script.async_externals.clone(),
            main: self.script.main,
        };
        crate::snapshot::encode(&crate::snapshot::capture(&self.vm, &self.call, info))
    }

    /// A run from `dump` bytes, which are untrusted: anything malformed, corrupted or from
    /// another build is refused with an error. The limits apply from here on.
    pub fn load(bytes: &[u8], limits: &Limits) -> Result<Suspended, SnapshotError> {
        let state = crate::snapshot::decode(bytes)?;
        let inputs: Vec<&str> = state.inputs.iter().map(String::as_str).collect();
        let externals: Vec<&str> = state.externals.iter().map(String::as_str).collect();
        let async_externals: Vec<&str> = state.async_externals.iter().map(String::as_str).collect();
        let script = Script::compile_with_async(
            &state.source,
            &state.script_name,
            &inputs,
            &externals,
            &async_externals,
        )
        .map_err(|e| SnapshotError::new(format!("the snippet does not compile: {e}")))?;
        if script.main != state.main {
            return Err(SnapshotError::new(
                "the snippet compiles differently in this build",
            ));
        }
        let mut vm = Vm::with_program(script.program.clone(), limits.clone())
            .map_err(|e| SnapshotError::new(format!("cannot start the VM: {}", rt(e))))?;
        let call = crate::snapshot::install(&mut vm, state)?;
        vm.suspendable = true;
        vm.suspend_os = true;
        Ok(Suspended {
            vm: Box::new(vm),
            call,
            script,
        })
    }

    /// The external call the run waits on (a call with an empty name while it waits on an
    /// OS operation instead; see [`Suspended::os_op`]).
    pub fn call(&self) -> &ExternalCall {
        match &self.call {
            PendingCall::External(c) => c,
            PendingCall::Os(_) | PendingCall::Futures(_) => &NO_EXTERNAL_CALL,
        }
    }

    /// The OS operation the run waits on, if it waits on one.
    pub fn os_op(&self) -> Option<&OsOp> {
        match &self.call {
            PendingCall::Os(op) => Some(op),
            PendingCall::External(_) | PendingCall::Futures(_) => None,
        }
    }

    /// The async calls left pending, when the run waits on host futures (else empty).
    pub fn futures(&self) -> &[ExternalCall] {
        match &self.call {
            PendingCall::Futures(calls) => calls,
            PendingCall::External(_) | PendingCall::Os(_) => &[],
        }
    }

    /// Resolves some of the pending host futures (by `ExternalCall::id`) with a value or an
    /// exception, and runs on: the tasks awaiting them continue, the others keep waiting.
    /// At least one answer is needed; an id that is not pending, or one answered twice, is a
    /// `RunError::Usage`.
    pub fn resume_futures(
        self,
        answers: Vec<(u32, Result<Object, HostError>)>,
        out: &mut dyn PrintSink,
    ) -> Result<Progress, RunError> {
        if !matches!(self.call, PendingCall::Futures(_)) {
            return Err(RunError::Usage(
                "resume_futures: the run does not wait on host futures".into(),
            ));
        }
        let ids: Vec<u32> = answers.iter().map(|(id, _)| *id).collect();
        self.vm
            .check_future_answers(&ids)
            .map_err(RunError::Usage)?;
        let Suspended { vm, script, .. } = self;
        let mut vm = *vm;
        let result = match vm.resolve_futures(answers) {
            Ok(()) => vm.resume_value(Value::None),
            Err(e) => Err(e),
        };
        progress(vm, result, script, out)
    }

    /// What the run waits on.
    pub fn pending(&self) -> &PendingCall {
        &self.call
    }

    /// Resumes with the external function's return value (or the OS operation's answer).
    pub fn resume(self, value: Object, out: &mut dyn PrintSink) -> Result<Progress, RunError> {
        if matches!(self.call, PendingCall::Futures(_)) {
            return Err(RunError::Usage(
                "the run waits on host futures: answer with resume_futures".into(),
            ));
        }
        let Suspended { vm, script, .. } = self;
        let mut vm = *vm;
        let result = match vm.object_to_value(&value) {
            Ok(v) => vm.resume_value(v),
            Err(RtError::Exc(e)) => vm.resume_exception(e),
            Err(other) => Err(other),
        };
        progress(vm, result, script, out)
    }

    /// Resumes by raising `error` where the external function was called (or the OS
    /// operation was asked for).
    pub fn resume_error(
        self,
        error: HostError,
        out: &mut dyn PrintSink,
    ) -> Result<Progress, RunError> {
        if matches!(self.call, PendingCall::Futures(_)) {
            return Err(RunError::Usage(
                "the run waits on host futures: answer with resume_futures".into(),
            ));
        }
        let Suspended { vm, script, .. } = self;
        let mut vm = *vm;
        let result = match vm.host_exception(&error.type_name, &error.message) {
            Ok(exc) => vm.resume_exception(exc),
            Err(e) => Err(e),
        };
        progress(vm, result, script, out)
    }
}

fn progress(
    mut vm: Vm<'static>,
    result: Result<Value, RtError>,
    script: Script,
    out: &mut dyn PrintSink,
) -> Result<Progress, RunError> {
    if let Err(RtError::Suspend) = result {
        out.write(&vm.output);
        vm.output.clear();
        if vm.awaiting_futures {
            let calls = match vm.pending_future_calls() {
                Ok(calls) => calls,
                Err(e) => return finish(&mut vm, Err(e), out).map(Progress::Complete),
            };
            return Ok(Progress::Futures(Suspended {
                vm: Box::new(vm),
                call: PendingCall::Futures(calls),
                script,
            }));
        }
        if let Some(op) = vm.pending_os.clone() {
            return Ok(Progress::OsCall(Suspended {
                vm: Box::new(vm),
                call: PendingCall::Os(op),
                script,
            }));
        }
        let Some(call) = vm.pending.clone() else {
            return Err(RunError::Internal(
                "suspended without a pending call".into(),
            ));
        };
        return Ok(Progress::ExternalCall(Suspended {
            vm: Box::new(vm),
            call: PendingCall::External(call),
            script,
        }));
    }
    finish(&mut vm, result, out).map(Progress::Complete)
}

/// Hands over the output and turns the run's end into the result or a `RunError`.
fn finish(
    vm: &mut Vm<'_>,
    result: Result<Value, RtError>,
    out: &mut dyn PrintSink,
) -> Result<Object, RunError> {
    out.write(&vm.output);
    vm.output.clear();
    let value = match result {
        Ok(v) => v,
        Err(RtError::Exc(e)) => return Err(RunError::Exception(vm.exception_report(e))),
        Err(other) => return Err(rt(other)),
    };
    match vm.value_to_object(value) {
        Ok(obj) => Ok(obj),
        Err(RtError::Exc(e)) => Err(RunError::Exception(vm.exception_report(e))),
        Err(other) => Err(rt(other)),
    }
}

fn rt(e: RtError) -> RunError {
    match e {
        RtError::Limit(l) => RunError::Limit(l),
        RtError::Internal(msg) => RunError::Internal(msg),
        RtError::Exc(_) => RunError::Internal("an exception escaped outside a run".into()),
        RtError::Suspend => RunError::Internal("suspended outside a run".into()),
    }
}

fn input_error(vm: &mut Vm<'_>, name: &str, e: RtError) -> RunError {
    match e {
        RtError::Exc(exc) => {
            let report = vm.exception_report(exc);
            RunError::Usage(format!("input {name}: {}", report.summary()))
        }
        other => rt(other),
    }
}
