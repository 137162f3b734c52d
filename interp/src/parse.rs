//! The bridge to the grammar crate: source text to AST, with syntax errors as reports.

use terrarium_grammar::ast::Module;

use crate::error::SyntaxErrorReport;

/// Parses a whole program.
pub fn parse(source: &str, filename: &str) -> Result<Module, SyntaxErrorReport> {
    terrarium_grammar::parse_module(source).map_err(|e| SyntaxErrorReport {
        type_name: e.type_name.to_string(),
        message: e.message,
        filename: filename.to_string(),
        line: e.line,
        column: e.column,
        end_line: e.end_line,
        end_column: e.end_column,
    })
}
