//! The `terrarium` command: runs a Python program from a file, `-c`, stdin, or a REPL.
#![forbid(unsafe_code)]

mod args;
mod repl;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use args::{parse_args, Options, Program, USAGE};
use terrarium::output::WriteOutput;
use terrarium::{DenyAll, HostMount, MountMode, OsHandler, RunError};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&argv) {
        Ok(Some(options)) => options,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("terrarium: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    run(options)
}

fn run(options: Options) -> ExitCode {
    let tty_repl = options.program == Program::Repl && std::io::stdin().is_terminal();
    if options.interactive || tty_repl {
        return interactive(options, tty_repl);
    }
    let (source, script_name) = match &options.program {
        Program::File(path) => match std::fs::read_to_string(path) {
            Ok(text) => (text, path.clone()),
            Err(e) => {
                eprintln!("terrarium: can't open file {path:?}: {e}");
                return ExitCode::from(2);
            }
        },
        Program::Code(code) => (code.clone(), "<string>".to_string()),
        Program::Stdin | Program::Repl => {
            let mut text = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut text) {
                eprintln!("terrarium: can't read stdin: {e}");
                return ExitCode::from(2);
            }
            (text, "<stdin>".to_string())
        }
    };
    let stdout = std::io::stdout();
    let mut sink = WriteOutput(stdout.lock());
    let mut os = match os_handler(&options) {
        Ok(os) => os,
        Err(code) => return code,
    };
    let result =
        terrarium::run_script_with_os(&source, &script_name, &options.limits, &mut *os, &mut sink);
    let _ = sink.0.flush();
    drop(sink);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            report(&err, &source, &script_name);
            ExitCode::from(1)
        }
    }
}

/// `-i` or a terminal: the program first (if any), then the REPL in the same globals. Like
/// CPython, the exit status is 0 unless the session could not start.
fn interactive(options: Options, banner: bool) -> ExitCode {
    let mut session = match terrarium::Session::new(&options.limits) {
        Ok(s) => s,
        Err(e) => {
            repl::report(&e);
            return ExitCode::from(1);
        }
    };
    match os_handler(&options) {
        Ok(os) => session.set_os(os),
        Err(code) => return code,
    }
    let program = match &options.program {
        Program::File(path) => match std::fs::read_to_string(path) {
            Ok(text) => Some((text, path.clone())),
            Err(e) => {
                eprintln!("terrarium: can't open file {path:?}: {e}");
                return ExitCode::from(2);
            }
        },
        Program::Code(code) => Some((code.clone(), "<string>".to_string())),
        Program::Stdin | Program::Repl => None,
    };
    if let Some((source, script_name)) = program {
        let stdout = std::io::stdout();
        let mut sink = WriteOutput(stdout.lock());
        let result = session.feed(&source, &script_name, false, &mut sink);
        let _ = sink.0.flush();
        drop(sink);
        if let Err(err) = result {
            report(&err, &source, &script_name);
        }
    }
    repl::run(&mut session, banner);
    ExitCode::SUCCESS
}

/// What answers the program's OS operations: the `--mount`s, or DenyAll without any.
fn os_handler(options: &Options) -> Result<Box<dyn OsHandler>, ExitCode> {
    if options.mounts.is_empty() {
        return Ok(Box::new(DenyAll));
    }
    let mut fs = HostMount::new();
    for m in &options.mounts {
        let mode = if m.writable {
            MountMode::Overlay
        } else {
            MountMode::ReadOnly
        };
        fs = match fs.mount(&m.host_dir, &m.virtual_dir, mode) {
            Ok(fs) => fs,
            Err(e) => {
                eprintln!("terrarium: can't mount {:?}: {e}", m.host_dir);
                return Err(ExitCode::from(2));
            }
        };
    }
    Ok(Box::new(fs))
}

fn report(err: &RunError, source: &str, script_name: &str) {
    let text = match err {
        RunError::Exception(report) => {
            report.render(&|name| (name == script_name).then(|| source.to_string()))
        }
        RunError::Syntax(report) => report.render(Some(source)),
        other => format!("{other}\n"),
    };
    let _ = std::io::stderr().write_all(text.as_bytes());
}
