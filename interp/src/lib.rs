//! Terrarium: a sandboxed interpreter for a large subset of Python 3.13.
#![forbid(unsafe_code)]

pub mod builtins;
pub mod compile;
pub mod error;
pub mod eval;
pub mod heap;
pub mod limits;
pub mod modules;
pub mod objects;
pub mod output;
mod parse;
pub mod stack;
pub mod types;
pub mod value;

pub use error::{ChainLink, ExceptionReport, ExceptionSection, Frame, RunError, SyntaxErrorReport};
pub use limits::{LimitError, LimitKind, Limits};
pub use output::{CollectOutput, PrintSink};

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

fn compile_error(e: CompileError, source: &str, filename: &str) -> RunError {
    if e.type_name == "NotImplementedError" {
        return RunError::Unsupported(e.message);
    }
    let (line, column) = line_col(source, e.span.start);
    RunError::Syntax(SyntaxErrorReport {
        type_name: e.type_name.to_string(),
        message: e.message,
        filename: filename.to_string(),
        line,
        column,
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

/// Runs an already parsed program (`source` is used for positions and tracebacks).
pub fn run_ast(
    module: &terrarium_grammar::ast::Module,
    source: &str,
    script_name: &str,
    limits: &Limits,
    out: &mut dyn PrintSink,
) -> Result<(), RunError> {
    let program = compile::compile_module(module, source, script_name)
        .map_err(|e| compile_error(e, source, script_name))?;
    let mut vm = Vm::new(program, limits.clone()).map_err(|e| match e {
        RtError::Limit(l) => RunError::Limit(l),
        other => RunError::Internal(format!("{other:?}")),
    })?;
    let result = vm.run_main();
    out.write(&vm.output);
    vm.output.clear();
    match result {
        Ok(_) => Ok(()),
        Err(RtError::Exc(e)) => Err(RunError::Exception(vm.exception_report(e))),
        Err(RtError::Limit(l)) => Err(RunError::Limit(l)),
        Err(RtError::Internal(msg)) => Err(RunError::Internal(msg)),
    }
}
