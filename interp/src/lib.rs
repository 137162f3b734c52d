//! Terrarium: a sandboxed interpreter for a large subset of Python 3.13.
#![forbid(unsafe_code)]

/// The examples of the project README, compiled and run as doctests.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

pub mod builtins;
pub mod compile;
pub mod error;
pub mod eval;
pub mod heap;
pub mod host;
pub mod limits;
pub mod modules;
pub mod object;
pub mod objects;
pub mod os;
pub mod output;
mod parse;
pub mod script;
pub mod session;
pub mod snapshot;
pub mod stack;
pub mod types;
pub mod value;

pub use error::{ChainLink, ExceptionReport, ExceptionSection, Frame, RunError, SyntaxErrorReport};
pub use host::{ExternalCall, Host, HostError, PendingCall};
pub use limits::{LimitError, LimitKind, Limits};
pub use object::Object;
pub use os::{DenyAll, HostMount, MemoryFs, MountMode, OsHandler, OsOp};
pub use output::{CollectOutput, PrintSink};
pub use script::{Progress, Script, Suspended};
pub use session::Session;
pub use snapshot::SnapshotError;

use compile::CompileError;
use eval::{RtError, Vm};

/// Line and column (1-based, in characters) of a byte offset.
fn line_col(source: &str, offset: u32) -> (u32, u32) {
    let mut offset = (offset as usize).min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    (line, col)
}

pub(crate) fn compile_error(e: CompileError, source: &str, filename: &str) -> RunError {
    if e.type_name == "NotImplementedError" {
        return RunError::Unsupported(e.message);
    }
    let (line, column) = line_col(source, e.span.start);
    let (end_line, end_column) = line_col(source, e.span.end);
    RunError::Syntax(SyntaxErrorReport {
        type_name: e.type_name.to_string(),
        message: e.message,
        filename: filename.to_string(),
        line,
        column,
        end_line,
        end_column,
    })
}

/// Runs a whole program as `__main__`, sending what it prints to `out`.
pub fn run_script(
    source: &str,
    script_name: &str,
    limits: &Limits,
    out: &mut dyn PrintSink,
) -> Result<(), RunError> {
    let module = parse::parse(source, script_name).map_err(RunError::Syntax)?;
    run_ast(&module, source, script_name, limits, out)
}

/// Names of modules a program imports anywhere (the first part of dotted names).
fn imported_names(body: &[terrarium_grammar::ast::Stmt], out: &mut Vec<String>) {
    use terrarium_grammar::ast::StmtKind;
    for s in body {
        match &s.kind {
            StmtKind::Import(names) => {
                for a in names {
                    out.push(a.name.split('.').next().unwrap_or("").to_string());
                }
            }
            StmtKind::ImportFrom {
                module: Some(m),
                level: 0,
                ..
            } => {
                out.push(m.split('.').next().unwrap_or("").to_string());
            }
            StmtKind::FunctionDef(f) => imported_names(&f.body, out),
            StmtKind::ClassDef(c) => imported_names(&c.body, out),
            StmtKind::If { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::For { body, orelse, .. } => {
                imported_names(body, out);
                imported_names(orelse, out);
            }
            StmtKind::With { body, .. } => imported_names(body, out),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                imported_names(body, out);
                for h in handlers {
                    imported_names(&h.body, out);
                }
                imported_names(orelse, out);
                imported_names(finalbody, out);
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    imported_names(&c.body, out);
                }
            }
            _ => {}
        }
    }
}

/// Parses the Python-source library modules a program needs, following their own imports.
/// `source` mentioning `open` links `io`, where the builtin `open` is written.
pub(crate) fn library_modules(
    module: &terrarium_grammar::ast::Module,
    source: &str,
) -> Result<Vec<(String, terrarium_grammar::ast::Module, &'static str)>, RunError> {
    let mut wanted = Vec::new();
    imported_names(&module.body, &mut wanted);
    if source.contains("open") {
        wanted.push("io".to_string());
    }
    let mut done: Vec<(String, terrarium_grammar::ast::Module, &'static str)> = Vec::new();
    while let Some(name) = wanted.pop() {
        if done.iter().any(|(n, _, _)| *n == name) {
            continue;
        }
        let Some(src) = modules::python_source(&name) else {
            continue;
        };
        let m = terrarium_grammar::parse_module(src)
            .map_err(|e| RunError::Internal(format!("library module {name}: {e}")))?;
        imported_names(&m.body, &mut wanted);
        done.push((name, m, src));
    }
    Ok(done)
}

/// Runs a whole program as `__main__` with `os` answering its OS operations.
pub fn run_script_with_os(
    source: &str,
    script_name: &str,
    limits: &Limits,
    os: &mut dyn OsHandler,
    out: &mut dyn PrintSink,
) -> Result<(), RunError> {
    let module = parse::parse(source, script_name).map_err(RunError::Syntax)?;
    run_ast_with_os(&module, source, script_name, limits, Some(os), out)
}

/// Runs an already parsed program (`source` is used for positions and tracebacks).
pub fn run_ast(
    module: &terrarium_grammar::ast::Module,
    source: &str,
    script_name: &str,
    limits: &Limits,
    out: &mut dyn PrintSink,
) -> Result<(), RunError> {
    run_ast_with_os(module, source, script_name, limits, None, out)
}

fn run_ast_with_os(
    module: &terrarium_grammar::ast::Module,
    source: &str,
    script_name: &str,
    limits: &Limits,
    os: Option<&mut dyn OsHandler>,
    out: &mut dyn PrintSink,
) -> Result<(), RunError> {
    let libs = library_modules(module, source)?;
    let lib_refs: Vec<compile::LibSource> = libs
        .iter()
        .map(|(n, m, src)| (n.as_str(), m, *src, format!("<terrarium>/{n}.py")))
        .collect();
    let program = compile::compile_program(module, source, script_name, &lib_refs)
        .map_err(|e| compile_error(e, source, script_name))?;
    let mut vm = Vm::new(program, limits.clone()).map_err(|e| match e {
        RtError::Limit(l) => RunError::Limit(l),
        other => RunError::Internal(format!("{other:?}")),
    })?;
    if let Some(os) = os {
        vm.os = Some(Box::new(os::Borrowed(os)));
    }
    let result = vm.run_main();
    out.write(&vm.output);
    vm.output.clear();
    match result {
        Ok(_) => Ok(()),
        Err(RtError::Exc(e)) => Err(RunError::Exception(vm.exception_report(e))),
        Err(RtError::Limit(l)) => Err(RunError::Limit(l)),
        Err(RtError::Internal(msg)) => Err(RunError::Internal(msg)),
        Err(RtError::Suspend) => Err(RunError::Internal(
            "the run suspended without a way to resume".into(),
        )),
    }
}

/// Parses and compiles a program without running it (for tools and checks).
pub fn check_compiles(source: &str, script_name: &str) -> Result<(), String> {
    let module = parse::parse(source, script_name).map_err(|e| e.message)?;
    compile::compile_module(&module, source, script_name)
        .map(|_| ())
        .map_err(|e| e.message)
}
