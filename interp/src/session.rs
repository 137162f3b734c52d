//! A session: globals that persist from one input to the next, as in CPython's REPL. Each input
//! is compiled into an extension of the session's program, so functions, classes and imports
//! defined by earlier inputs stay usable.

use crate::compile;
use crate::eval::{RtError, Vm};
use crate::output::PrintSink;
use crate::{compile_error, library_modules, Limits, RunError};

pub struct Session {
    vm: Vm<'static>,
}

impl Session {
    /// An empty session. The limits apply to each input: steps and time afresh, memory to the
    /// session's heap.
    pub fn new(limits: &Limits) -> Result<Session, RunError> {
        let empty = terrarium_grammar::ast::Module { body: Vec::new() };
        let program = compile::compile_program(&empty, "", "<session>", &[])
            .map_err(|e| compile_error(e, "", "<session>"))?;
        let vm = Vm::new(program, limits.clone()).map_err(runtime_error)?;
        Ok(Session { vm })
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
        let module = crate::parse::parse(source, script_name).map_err(RunError::Syntax)?;
        let libs = library_modules(&module, source)?;
        let lib_refs: Vec<compile::LibSource> = libs
            .iter()
            .map(|(n, m, src)| (n.as_str(), m, *src, format!("<terrarium>/{n}.py")))
            .collect();
        let (program, main) = compile::extend_program(
            &self.vm.program,
            &module,
            source,
            script_name,
            &lib_refs,
            if interactive {
                compile::Mode::Interactive
            } else {
                compile::Mode::Exec
            },
            &[],
        )
        .map_err(|e| compile_error(e, source, script_name))?;
        self.vm.adopt_program(program).map_err(runtime_error)?;
        let result = self.vm.run_module_code(main);
        out.write(&self.vm.output);
        self.vm.output.clear();
        match result {
            Ok(_) => Ok(()),
            Err(RtError::Exc(e)) => Err(RunError::Exception(self.vm.exception_report(e))),
            Err(other) => Err(runtime_error(other)),
        }
    }
}

fn runtime_error(e: RtError) -> RunError {
    match e {
        RtError::Limit(l) => RunError::Limit(l),
        RtError::Internal(msg) => RunError::Internal(msg),
        RtError::Exc(_) => RunError::Internal("exception outside a run".into()),
        RtError::Suspend => RunError::Internal("a session input cannot suspend".into()),
    }
}
