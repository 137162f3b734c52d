//! terrarium-grammar: Python 3.13 source text to an owned AST with spans.
#![forbid(unsafe_code)]

pub mod ast;
