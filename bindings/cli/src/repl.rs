//! The interactive loop: reads inputs from stdin with CPython's prompts (`>>> `, `... `, on
//! stderr), runs each in one session so definitions persist, echoes expression values, and
//! reports errors without ending the session. An input continues while it is incomplete (an
//! open bracket or string, a trailing backslash) and, once a compound statement has begun,
//! until an empty line.

use std::io::{BufRead, Write};

use terrarium::output::WriteOutput;
use terrarium::{RunError, Session};

const PS1: &str = ">>> ";
const PS2: &str = "... ";

/// Whether `source` cannot be complete yet: the parser ran out of input.
fn is_incomplete(source: &str) -> bool {
    match terrarium::check_compiles(source, "<stdin>") {
        Ok(()) => false,
        Err(message) => [
            "was never closed",
            "unexpected EOF",
            "expected an indented block",
            "unterminated triple-quoted string literal",
        ]
        .iter()
        .any(|m| message.contains(m)),
    }
}

/// Whether a first line opens a compound statement (its body follows on later lines).
fn opens_block(line: &str) -> bool {
    let code = line.split('#').next().unwrap_or("").trim_end();
    code.ends_with(':') || code.trim_start().starts_with('@')
}

fn prompt(text: &str) {
    let mut err = std::io::stderr();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// Runs the loop until end of input; `session` may already hold a program's globals.
pub fn run(session: &mut Session, banner: bool) {
    if banner {
        eprintln!(
            "Terrarium {} (a sandboxed Python 3.13 subset)\nEnd input with Ctrl-D.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    loop {
        prompt(PS1);
        let Some(first) = read_line(&mut input) else {
            eprintln!();
            return;
        };
        if first.trim().is_empty() {
            continue;
        }
        let mut lines = vec![first];
        let block = opens_block(&lines[0]);
        loop {
            let source = lines.join("\n") + "\n";
            let last_blank = lines.last().is_some_and(|l| l.trim().is_empty());
            let more = if block {
                // A body continues until an empty line, unless it is already wrong.
                !last_blank
                    && (terrarium::check_compiles(&source, "<stdin>").is_ok()
                        || is_incomplete(&source))
            } else {
                is_incomplete(&source) || lines.last().is_some_and(|l| l.ends_with('\\'))
            };
            if !more {
                break;
            }
            prompt(PS2);
            match read_line(&mut input) {
                Some(line) => lines.push(line),
                None => break,
            }
        }
        let source = lines.join("\n") + "\n";
        feed(session, &source);
    }
}

fn read_line(input: &mut impl BufRead) -> Option<String> {
    let mut line = String::new();
    match input.read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => {
            while line.ends_with('\n') || line.ends_with('\r') {
                line.pop();
            }
            Some(line)
        }
    }
}

fn feed(session: &mut Session, source: &str) {
    let stdout = std::io::stdout();
    let mut sink = WriteOutput(stdout.lock());
    let result = session.feed(source, "<stdin>", true, &mut sink);
    let _ = sink.0.flush();
    drop(sink);
    if let Err(err) = result {
        report(&err);
    }
}

/// Errors of an input, as CPython's REPL shows them (no source lines for `<stdin>`).
pub fn report(err: &RunError) {
    let text = match err {
        RunError::Exception(report) => report.render(&|_| None),
        RunError::Syntax(report) => report.render(None),
        other => format!("{other}\n"),
    };
    let _ = std::io::stderr().write_all(text.as_bytes());
}
