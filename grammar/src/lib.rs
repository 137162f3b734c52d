//! terrarium-grammar: Python 3.13 source text to an owned AST with spans.
#![forbid(unsafe_code)]

pub mod ast;
pub mod dump;
pub mod error;
mod grammar;
mod lower;
pub mod prescan;

pub use dump::{dump, dump_with_source};
pub use error::{LineIndex, SyntaxError};
pub use grammar::{PythonParser, Rule};
pub use lower::{parse_module, MAX_DEPTH};
