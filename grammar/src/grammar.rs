//! The pest parser generated from `python.pest`.
#![allow(missing_docs)]

#[derive(pest_derive::Parser)]
#[grammar = "python.pest"]
pub struct PythonParser;
