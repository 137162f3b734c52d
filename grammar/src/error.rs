//! Syntax errors with CPython-shaped messages and positions.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// "SyntaxError", "IndentationError" or "TabError".
    pub type_name: &'static str,
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in characters, as CPython's `SyntaxError.offset`.
    pub column: u32,
    pub end_line: u32,
    pub end_column: u32,
}

impl SyntaxError {
    pub fn at(source: &str, offset: usize, message: impl Into<String>) -> SyntaxError {
        SyntaxError::typed("SyntaxError", source, offset, message)
    }

    pub fn typed(
        type_name: &'static str,
        source: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> SyntaxError {
        let (line, column) = LineIndex::new(source).line_col(source, offset);
        SyntaxError {
            type_name,
            message: message.into(),
            line,
            column,
            end_line: line,
            end_column: column,
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} (line {}, column {})",
            self.type_name, self.message, self.line, self.column
        )
    }
}

impl std::error::Error for SyntaxError {}

/// Byte offsets to 1-based lines and columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut starts = vec![0u32];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineIndex { starts }
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        match self.starts.binary_search(&(offset as u32)) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, source: &str, offset: usize) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts[(line - 1) as usize] as usize;
        let mut end = offset.min(source.len());
        while end > start && !source.is_char_boundary(end) {
            end -= 1;
        }
        let col = source.get(start..end).map_or(0, |s| s.chars().count()) as u32 + 1;
        (line, col)
    }
}
