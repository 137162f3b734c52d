//! What one run of a case produced (its stdout and how it ended), and the normalised text form that
//! snapshots store. CPython's recording and Terrarium's run are both turned into a `Transcript`
//! and rendered by the same function, so they compare as plain strings.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transcript {
    pub stdout: String,
    pub ending: Ending,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Ending {
    /// The program ran to its end.
    Completed,
    /// An uncaught exception, oldest section of its chain first.
    Exception { sections: Vec<Section> },
    /// The program was rejected before it ran.
    SyntaxError {
        type_name: String,
        message: String,
        line: u32,
        column: u32,
    },
    /// Terrarium stopped for a reason CPython never gives (a limit, an unsupported feature, an
    /// internal error). Never equal to a recording.
    Stopped { reason: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// "cause" or "context": how this section follows the one before it.
    pub link: Option<Link>,
    pub frames: Vec<Frame>,
    /// `Type: message`, then notes.
    pub lines: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Link {
    Cause,
    Context,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frame {
    pub file: String,
    pub line: u32,
    pub name: String,
}

impl Transcript {
    /// The normalised text: stdout verbatim, then how the run ended. Frames outside the case's own
    /// file (CPython's pure-Python stdlib, for example) are dropped, since Terrarium implements those
    /// modules natively and has no such frames.
    pub fn render(&self, script_name: &str) -> String {
        let mut out = self.stdout.clone();
        if !out.is_empty() && !out.ends_with('\n') {
            out.push_str("\n[no newline at end of output]\n");
        }
        match &self.ending {
            Ending::Completed => {}
            Ending::Exception { sections } => {
                out.push_str("[uncaught exception]\n");
                for (i, section) in sections.iter().enumerate() {
                    if i > 0 {
                        let banner = match section.link {
                            Some(Link::Cause) => "The above exception was the direct cause of the following exception:",
                            _ => "During handling of the above exception, another exception occurred:",
                        };
                        out.push('\n');
                        out.push_str(banner);
                        out.push_str("\n\n");
                    }
                    if !section.frames.is_empty() {
                        out.push_str("Traceback (most recent call last):\n");
                    }
                    for frame in section.frames.iter().filter(|f| f.file == script_name) {
                        out.push_str(&format!(
                            "  File \"{}\", line {}, in {}\n",
                            frame.file, frame.line, frame.name
                        ));
                    }
                    for line in &section.lines {
                        out.push_str(line);
                        out.push('\n');
                    }
                }
            }
            Ending::SyntaxError {
                type_name,
                message,
                line,
                column,
            } => {
                out.push_str("[syntax error]\n");
                out.push_str(&format!(
                    "  File \"{script_name}\", line {line}, column {column}\n{type_name}: {message}\n"
                ));
            }
            Ending::Stopped { reason } => {
                out.push_str(&format!("[terrarium stopped] {reason}\n"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(file: &str, line: u32, name: &str) -> Frame {
        Frame {
            file: file.into(),
            line,
            name: name.into(),
        }
    }

    #[test]
    fn completed_output_is_verbatim() {
        let t = Transcript {
            stdout: "a\nb\n".into(),
            ending: Ending::Completed,
        };
        assert_eq!(t.render("x.py"), "a\nb\n");
    }

    #[test]
    fn missing_final_newline_is_marked() {
        let with = Transcript {
            stdout: "a\n".into(),
            ending: Ending::Completed,
        };
        let without = Transcript {
            stdout: "a".into(),
            ending: Ending::Completed,
        };
        assert_ne!(with.render("x.py"), without.render("x.py"));
        assert_eq!(without.render("x.py"), "a\n[no newline at end of output]\n");
    }

    #[test]
    fn chained_exception_drops_foreign_frames() {
        let t = Transcript {
            stdout: String::new(),
            ending: Ending::Exception {
                sections: vec![
                    Section {
                        link: None,
                        frames: vec![
                            frame("a/b.py", 3, "<module>"),
                            frame("/usr/lib/python3.13/json/decoder.py", 345, "decode"),
                        ],
                        lines: vec!["ValueError: bad".into()],
                    },
                    Section {
                        link: Some(Link::Cause),
                        frames: vec![frame("a/b.py", 5, "<module>")],
                        lines: vec!["RuntimeError: wrapped".into(), "a note".into()],
                    },
                ],
            },
        };
        assert_eq!(
            t.render("a/b.py"),
            "[uncaught exception]\n\
             Traceback (most recent call last):\n  File \"a/b.py\", line 3, in <module>\nValueError: bad\n\n\
             The above exception was the direct cause of the following exception:\n\n\
             Traceback (most recent call last):\n  File \"a/b.py\", line 5, in <module>\n\
             RuntimeError: wrapped\na note\n"
        );
    }

    #[test]
    fn syntax_error_and_stop() {
        let t = Transcript {
            stdout: String::new(),
            ending: Ending::SyntaxError {
                type_name: "SyntaxError".into(),
                message: "invalid syntax".into(),
                line: 2,
                column: 5,
            },
        };
        assert_eq!(
            t.render("s.py"),
            "[syntax error]\n  File \"s.py\", line 2, column 5\nSyntaxError: invalid syntax\n"
        );
        let stopped = Transcript {
            stdout: "x\n".into(),
            ending: Ending::Stopped {
                reason: "limit".into(),
            },
        };
        assert_eq!(stopped.render("s.py"), "x\n[terrarium stopped] limit\n");
    }

    #[test]
    fn json_form_from_the_recorder() {
        let json = r#"{"stdout": "hi\n", "ending": {"kind": "exception", "sections": [
            {"link": null, "frames": [{"file": "a.py", "line": 1, "name": "<module>"}],
             "lines": ["KeyError: 'k'"]}]}}"#;
        let t: Transcript = serde_json::from_str(json).unwrap();
        assert_eq!(
            t.render("a.py"),
            "hi\n[uncaught exception]\nTraceback (most recent call last):\n  File \"a.py\", line 1, in <module>\nKeyError: 'k'\n"
        );
    }
}
