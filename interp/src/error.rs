//! How a run ends badly: Python exceptions with their traceback chain, syntax errors, limits and
//! internal errors, and their rendering in CPython's traceback format.

use std::fmt;

use crate::limits::LimitError;

/// One line of a traceback: `File "name", line N, in function`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Frame {
    pub filename: String,
    pub line: u32,
    pub name: String,
}

/// How an exception section relates to the one printed before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChainLink {
    /// `raise new from old`: "The above exception was the direct cause of the following exception:"
    Cause,
    /// raised while handling: "During handling of the above exception, another exception occurred:"
    Context,
}

impl ChainLink {
    pub fn banner(self) -> &'static str {
        match self {
            ChainLink::Cause => {
                "The above exception was the direct cause of the following exception:"
            }
            ChainLink::Context => {
                "During handling of the above exception, another exception occurred:"
            }
        }
    }
}

/// One exception of a chain, as CPython prints it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExceptionSection {
    /// How this exception follows the previous section (`None` for the first).
    pub link: Option<ChainLink>,
    /// Innermost frame last, as printed. Empty when the exception was never raised.
    pub frames: Vec<Frame>,
    /// `Type: message` (or just `Type`), then one line per note.
    pub lines: Vec<String>,
}

/// An uncaught exception with its whole chain, oldest section first (the order CPython prints).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExceptionReport {
    pub sections: Vec<ExceptionSection>,
}

impl ExceptionReport {
    /// The final `Type: message` line: the last section's first line.
    pub fn summary(&self) -> &str {
        self.sections
            .last()
            .and_then(|s| s.lines.first())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// A program rejected before it ran.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxErrorReport {
    /// `SyntaxError` or `IndentationError` / `TabError`.
    pub type_name: String,
    pub message: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters, as CPython's `SyntaxError.offset`.
    pub column: u32,
    /// Where the offending text ends (`end_lineno`, `end_offset`); 0 when unknown.
    pub end_line: u32,
    pub end_column: u32,
}

/// Why a run did not complete.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RunError {
    Syntax(SyntaxErrorReport),
    Exception(ExceptionReport),
    Limit(LimitError),
    /// The program uses a Python feature Terrarium does not support; the message names it.
    Unsupported(String),
    /// A bug in Terrarium, never the program's fault.
    Internal(String),
    /// The host used the API wrongly: the wrong number of inputs, an input with no Python form.
    Usage(String),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Syntax(s) => write!(f, "{}: {}", s.type_name, s.message),
            RunError::Exception(e) => f.write_str(e.summary()),
            RunError::Limit(l) => write!(f, "{l}"),
            RunError::Unsupported(msg) => write!(f, "NotImplementedError: {msg}"),
            RunError::Internal(msg) => write!(f, "internal error in Terrarium: {msg}"),
            RunError::Usage(msg) => write!(f, "invalid use of the Terrarium API: {msg}"),
        }
    }
}

impl std::error::Error for RunError {}

/// The text of line `line` (1-based) of `source`, with its indentation removed, as CPython shows
/// it under a traceback frame.
fn source_line(source: &str, line: u32) -> Option<&str> {
    let text = source.lines().nth(line.checked_sub(1)? as usize)?;
    let text = text.trim();
    (!text.is_empty()).then_some(text)
}

impl ExceptionReport {
    /// The traceback in CPython's format, with the source line under each frame whose file
    /// `source_of` knows.
    pub fn render(&self, source_of: &dyn Fn(&str) -> Option<String>) -> String {
        let mut out = String::new();
        for (i, section) in self.sections.iter().enumerate() {
            if i > 0 {
                out.push('\n');
                out.push_str(section.link.unwrap_or(ChainLink::Context).banner());
                out.push_str("\n\n");
            }
            if !section.frames.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
            }
            for frame in &section.frames {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    frame.filename, frame.line, frame.name
                ));
                if let Some(src) = source_of(&frame.filename) {
                    if let Some(text) = source_line(&src, frame.line) {
                        out.push_str(&format!("    {text}\n"));
                    }
                }
            }
            for line in &section.lines {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }
}

impl SyntaxErrorReport {
    /// CPython's form: the file and line, the offending source line with a caret under the
    /// column, then `SyntaxError: message`.
    pub fn render(&self, source: Option<&str>) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        let raw = source.and_then(|s| s.lines().nth(self.line.saturating_sub(1) as usize));
        if let Some(raw) = raw {
            let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
            let text = raw.trim();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
                // CPython's traceback module: carets from offset to end_offset on one line, to
                // the end of the line when the range continues below.
                let len = raw.trim_end().chars().count();
                let offset = (self.column as usize).min(len + 1);
                let mut end = if self.end_line == self.line && self.end_column != 0 {
                    self.end_column as usize
                } else if self.end_line > self.line {
                    len + 1
                } else {
                    offset
                };
                end = end.min(len + 1);
                if offset >= end {
                    end = offset + 1;
                }
                let col = offset.saturating_sub(1).saturating_sub(indent);
                let end_col = end.saturating_sub(1).saturating_sub(indent);
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(col.min(text.chars().count())),
                    "^".repeat(end_col.saturating_sub(col).max(1))
                ));
            }
        }
        out.push_str(&format!("{}: {}\n", self.type_name, self.message));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traceback_with_source_lines_and_chain() {
        let report = ExceptionReport {
            sections: vec![
                ExceptionSection {
                    link: None,
                    frames: vec![Frame {
                        filename: "t.py".into(),
                        line: 2,
                        name: "<module>".into(),
                    }],
                    lines: vec!["KeyError: 'a'".into()],
                },
                ExceptionSection {
                    link: Some(ChainLink::Context),
                    frames: vec![Frame {
                        filename: "t.py".into(),
                        line: 4,
                        name: "<module>".into(),
                    }],
                    lines: vec!["ValueError: b".into()],
                },
            ],
        };
        let src = "try:\n    {}['a']\nexcept KeyError:\n    raise ValueError('b')\n";
        let text = report.render(&|name| (name == "t.py").then(|| src.to_string()));
        assert_eq!(
            text,
            "Traceback (most recent call last):\n  File \"t.py\", line 2, in <module>\n    {}['a']\nKeyError: 'a'\n\n\
             During handling of the above exception, another exception occurred:\n\n\
             Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n    raise ValueError('b')\nValueError: b\n"
        );
        assert_eq!(report.summary(), "ValueError: b");
    }

    #[test]
    fn syntax_error_caret() {
        let report = SyntaxErrorReport {
            type_name: "SyntaxError".into(),
            message: "invalid syntax".into(),
            filename: "s.py".into(),
            line: 2,
            column: 7,
            end_line: 2,
            end_column: 8,
        };
        let text = report.render(Some("x = 1\n  y = = 2\n"));
        assert_eq!(
            text,
            "  File \"s.py\", line 2\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n"
        );
    }
}
