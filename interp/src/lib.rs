//! Terrarium: a sandboxed interpreter for a large subset of Python 3.13.
#![forbid(unsafe_code)]

pub mod error;
pub mod limits;
pub mod output;

pub use error::{ChainLink, ExceptionReport, ExceptionSection, Frame, RunError, SyntaxErrorReport};
pub use limits::{LimitError, LimitKind, Limits};
pub use output::{CollectOutput, PrintSink};

/// Runs a whole program as `__main__`, sending what it prints to `out`.
///
/// The evaluator arrives with the core-evaluator issue; until then every program is refused
/// with an `Unsupported` error so that callers and the conformance harness can be built.
pub fn run_script(
    source: &str,
    script_name: &str,
    limits: &Limits,
    out: &mut dyn PrintSink,
) -> Result<(), RunError> {
    let _ = (source, script_name, limits, out);
    Err(RunError::Unsupported(
        "the evaluator is not implemented yet".to_string(),
    ))
}
