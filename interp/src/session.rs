//! A session: globals that persist from one input to the next, as in CPython's REPL. Each input
//! is compiled into an extension of the session's program, so functions, classes and imports
//! defined by earlier inputs stay usable. Inputs may call the external functions the session
//! declares (answered by its host), and an idle session dumps to bytes and loads elsewhere.

use crate::compile::{self, code::Program};
use crate::eval::{RtError, Vm};
use crate::host::Host;
use crate::objects::Obj;
use crate::output::PrintSink;
use crate::snapshot::{SessionOp, SnapshotError};
use crate::{compile_error, library_modules, Limits, RunError};

pub struct Session {
    vm: Vm<'static>,
    /// Every input and declaration so far, in order: what `load` compiles again.
    ops: Vec<SessionOp>,
}

impl Session {
    /// An empty session. The limits apply to each input: steps and time afresh, memory to the
    /// session's heap.
    pub fn new(limits: &Limits) -> Result<Session, RunError> {
        let vm = Vm::new(empty_program()?, limits.clone()).map_err(runtime_error)?;
        Ok(Session {
            vm,
            ops: Vec::new(),
        })
    }

    /// The host that answers the session's external functions (from any input, also from code
    /// that builtins run, such as sort keys).
    pub fn set_host(&mut self, host: Box<dyn Host>) {
        self.vm.host = Some(host);
    }

    /// Makes `name` a global that calls the host.
    pub fn declare_external(&mut self, name: &str) -> Result<(), RunError> {
        let op = SessionOp::Declare {
            name: name.to_string(),
        };
        let program = apply(&self.vm.program, &op)?.0;
        self.vm.adopt_program(program).map_err(runtime_error)?;
        bind_external(&mut self.vm, name).map_err(runtime_error)?;
        self.ops.push(op);
        Ok(())
    }

    /// Answers the OS operations of later inputs with `os` (DenyAll until this is called).
    pub fn set_os(&mut self, os: Box<dyn crate::os::OsHandler>) {
        self.vm.os = Some(os);
    }

    /// Runs one input, named `script_name` in tracebacks (`<stdin>` for a REPL line). With
    /// `interactive`, module-level expression statements print the repr of their value (unless
    /// None) and bind it to `_`, as CPython's REPL does.
    pub fn feed(
        &mut self,
        source: &str,
        script_name: &str,
        interactive: bool,
        out: &mut dyn PrintSink,
    ) -> Result<(), RunError> {
        let op = SessionOp::Feed {
            source: source.to_string(),
            script_name: script_name.to_string(),
            interactive,
        };
        let (program, main) = apply(&self.vm.program, &op)?;
        self.vm.adopt_program(program).map_err(runtime_error)?;
        self.ops.push(op);
        let result = self.vm.run_module_code(main);
        out.write(&self.vm.output);
        self.vm.output.clear();
        match result {
            Ok(_) => Ok(()),
            Err(RtError::Exc(e)) => Err(RunError::Exception(self.vm.exception_report(e))),
            Err(other) => Err(runtime_error(other)),
        }
    }

    /// The idle session as bytes (its history, heap and globals); the host is not included.
    pub fn dump(&self) -> Vec<u8> {
        crate::snapshot::encode_session(&crate::snapshot::capture_session(&self.vm, &self.ops))
    }

    /// A session from `dump` bytes, which are untrusted: anything malformed, corrupted or from
    /// another build is refused. Set its host again with `set_host`.
    pub fn load(bytes: &[u8], limits: &Limits) -> Result<Session, SnapshotError> {
        let state = crate::snapshot::decode_session(bytes)?;
        let mut program = empty_program().map_err(|e| SnapshotError::new(e.to_string()))?;
        let mut externals = Vec::new();
        for op in &state.ops {
            program = apply(&program, op)
                .map_err(|e| {
                    SnapshotError::new(format!("the session history does not compile: {e}"))
                })?
                .0;
            if let SessionOp::Declare { name } = op {
                externals.push(name.clone());
            }
        }
        let mut vm = Vm::new(program, limits.clone()).map_err(|e| {
            SnapshotError::new(format!("cannot start the VM: {}", runtime_error(e)))
        })?;
        let ops = state.ops.clone();
        crate::snapshot::install_session(&mut vm, state, &externals)?;
        Ok(Session { vm, ops })
    }
}

fn empty_program() -> Result<Program, RunError> {
    let empty = terrarium_grammar::ast::Module { body: Vec::new() };
    compile::compile_program(&empty, "", "<session>", &[])
        .map_err(|e| compile_error(e, "", "<session>"))
}

/// The program after one more step, and the code id of the step's module code.
fn apply(base: &Program, op: &SessionOp) -> Result<(Program, u32), RunError> {
    match op {
        SessionOp::Feed {
            source,
            script_name,
            interactive,
        } => {
            let module = crate::parse::parse(source, script_name).map_err(RunError::Syntax)?;
            let libs = library_modules(&module, source)?;
            let lib_refs: Vec<compile::LibSource> = libs
                .iter()
                .map(|(n, m, src)| (n.as_str(), m, *src, format!("<terrarium>/{n}.py")))
                .collect();
            let mode = if *interactive {
                compile::Mode::Interactive
            } else {
                compile::Mode::Exec
            };
            compile::extend_program(base, &module, source, script_name, &lib_refs, mode, &[])
                .map_err(|e| compile_error(e, source, script_name))
        }
        SessionOp::Declare { name } => {
            let empty = terrarium_grammar::ast::Module { body: Vec::new() };
            compile::extend_program(
                base,
                &empty,
                "",
                "<session>",
                &[],
                compile::Mode::Exec,
                std::slice::from_ref(name),
            )
            .map_err(|e| compile_error(e, "", "<session>"))
        }
    }
}

fn bind_external(vm: &mut Vm<'_>, name: &str) -> Result<(), RtError> {
    let v = vm.alloc(Obj::External(name.to_string()))?;
    if let Some(&slot) = vm.global_index.get(name) {
        if let Some(g) = vm.globals.get_mut(slot as usize) {
            *g = v;
        }
    }
    Ok(())
}

fn runtime_error(e: RtError) -> RunError {
    match e {
        RtError::Limit(l) => RunError::Limit(l),
        RtError::Internal(msg) => RunError::Internal(msg),
        RtError::Exc(_) => RunError::Internal("exception outside a run".into()),
        RtError::Suspend => RunError::Internal("a session input cannot suspend".into()),
    }
}
