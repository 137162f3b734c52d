//! Command-line parsing for `terrarium`: what to run and under which limits.

use std::time::Duration;

use terrarium::Limits;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// `terrarium FILE`
    File(String),
    /// `terrarium -c CODE`
    Code(String),
    /// `terrarium -`: the program text on stdin.
    Stdin,
    /// No program: the interactive REPL.
    Repl,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub program: Program,
    pub limits: Limits,
    /// `-i`: after the program (if any), read inputs interactively even if stdin is no terminal.
    pub interactive: bool,
    /// `--mount HOST_DIR:VIRTUAL_DIR[:ro|:rw]`, in order.
    pub mounts: Vec<Mount>,
}

/// A host directory the program may see at a virtual path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mount {
    pub host_dir: String,
    pub virtual_dir: String,
    /// `:rw`: writes go to an in-memory copy-on-write overlay, never to the host.
    pub writable: bool,
}

/// Parses `HOST_DIR:VIRTUAL_DIR[:ro|:rw]` (read-only unless `:rw`).
pub fn parse_mount(text: &str) -> Result<Mount, String> {
    let (rest, writable) = if let Some(r) = text.strip_suffix(":rw") {
        (r, true)
    } else {
        (text.strip_suffix(":ro").unwrap_or(text), false)
    };
    let Some((host_dir, virtual_dir)) = rest.rsplit_once(':') else {
        return Err(format!(
            "--mount expects HOST_DIR:VIRTUAL_DIR[:ro|:rw], got {text:?}"
        ));
    };
    if host_dir.is_empty() || !virtual_dir.starts_with('/') {
        return Err(format!(
            "--mount expects HOST_DIR:/VIRTUAL_DIR (an absolute virtual path), got {text:?}"
        ));
    }
    Ok(Mount {
        host_dir: host_dir.to_string(),
        virtual_dir: virtual_dir.to_string(),
        writable,
    })
}

pub const USAGE: &str = "\
usage: terrarium [options] [FILE | -c CODE | -]

Runs a Python program in the Terrarium sandbox.

  FILE                       run the program in FILE
  -c CODE                    run CODE
  -                          read the program from stdin
  (nothing)                  start the interactive REPL (stdin a terminal), else run stdin
  -i                         after the program, or instead of it, run the REPL on stdin

limits (a value of `none` removes the limit):
  --max-memory SIZE          heap size, e.g. 100MB, 1GiB (default 256MiB)
  --max-duration SECONDS     wall-clock time, e.g. 2 or 0.5 (default 30)
  --max-steps N              evaluation steps (default: none)
  --max-recursion-depth N    Python call depth (default 1000)
  --max-output SIZE          bytes printed (default 64MiB)

files (without --mount every file, environment, clock and randomness access is denied):
  --mount HOST:VIRT[:ro|:rw] show host directory HOST at virtual path VIRT (repeatable);
                             ro (the default) refuses writes, rw keeps them in memory
                             (the host directory is never modified); symlinks are refused
  -h, --help                 show this help
";

/// Parses `100MB`, `1.5GiB`, `4096`, `512k` into bytes.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let value: f64 = num
        .parse()
        .map_err(|_| format!("invalid size {text:?}: expected a number such as 100MB"))?;
    let scale: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "kib" => 1024.0,
        "m" | "mb" => 1e6,
        "mib" => 1024.0 * 1024.0,
        "g" | "gb" => 1e9,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        other => return Err(format!("invalid size unit {other:?} in {text:?}")),
    };
    let bytes = value * scale;
    if !bytes.is_finite() || bytes < 0.0 || bytes > u64::MAX as f64 {
        return Err(format!("size {text:?} is out of range"));
    }
    Ok(bytes as u64)
}

fn parse_seconds(text: &str) -> Result<Duration, String> {
    let secs: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("invalid duration {text:?}: expected seconds such as 2 or 0.5"))?;
    Duration::try_from_secs_f64(secs).map_err(|_| format!("duration {text:?} is out of range"))
}

fn parse_count<T: std::str::FromStr>(flag: &str, text: &str) -> Result<T, String> {
    text.trim()
        .parse()
        .map_err(|_| format!("{flag} expects a whole number, got {text:?}"))
}

/// `none` removes a limit; anything else is parsed by `parse`.
fn optional<T>(
    text: &str,
    parse: impl FnOnce(&str) -> Result<T, String>,
) -> Result<Option<T>, String> {
    if text.eq_ignore_ascii_case("none") {
        Ok(None)
    } else {
        parse(text).map(Some)
    }
}

/// `Ok(None)` means help was asked for.
pub fn parse_args(args: &[String]) -> Result<Option<Options>, String> {
    let mut limits = Limits::default();
    let mut program = None;
    let mut interactive = false;
    let mut mounts = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        let mut value = || -> Result<String, String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            i += 1;
            args.get(i)
                .cloned()
                .ok_or_else(|| format!("{flag} expects a value"))
        };
        match flag {
            "-h" | "--help" => return Ok(None),
            "-i" => interactive = true,
            "--max-memory" => limits.max_memory = optional(&value()?, parse_size)?,
            "--max-duration" => limits.max_duration = optional(&value()?, parse_seconds)?,
            "--max-steps" => {
                limits.max_steps = optional(&value()?, |t| parse_count("--max-steps", t))?
            }
            "--max-recursion-depth" => {
                limits.max_recursion_depth =
                    optional(&value()?, |t| parse_count("--max-recursion-depth", t))?
            }
            "--max-output" => limits.max_output = optional(&value()?, parse_size)?,
            "--mount" => mounts.push(parse_mount(&value()?)?),
            "-c" => {
                let code = value()?;
                program = Some(Program::Code(code));
                // Like CPython, everything after -c CODE belongs to the program.
                break;
            }
            "-" => {
                program = Some(Program::Stdin);
                break;
            }
            f if f.starts_with('-') => return Err(format!("unknown option {f}")),
            file => {
                program = Some(Program::File(file.to_string()));
                break;
            }
        }
        i += 1;
    }
    Ok(Some(Options {
        program: program.unwrap_or(Program::Repl),
        limits,
        interactive,
        mounts,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn mounts() {
        let o = parse_args(&args(&[
            "--mount",
            "/tmp/x:/data",
            "--mount=a:/b:rw",
            "p.py",
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(
            o.mounts,
            vec![
                Mount {
                    host_dir: "/tmp/x".into(),
                    virtual_dir: "/data".into(),
                    writable: false
                },
                Mount {
                    host_dir: "a".into(),
                    virtual_dir: "/b".into(),
                    writable: true
                },
            ]
        );
        assert!(parse_mount("nocolon").is_err());
        assert!(parse_mount("a:relative").is_err());
        assert!(!parse_mount("a:/b:ro").unwrap().writable);
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("100MB"), Ok(100_000_000));
        assert_eq!(parse_size("1GiB"), Ok(1 << 30));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("1.5k"), Ok(1500));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("10XB").is_err());
        assert!(parse_size("1e400").is_err());
    }

    #[test]
    fn limits_and_program() {
        let o = parse_args(&args(&[
            "--max-memory",
            "100MB",
            "--max-duration=2",
            "--max-steps",
            "1000",
            "--max-recursion-depth",
            "50",
            "prog.py",
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(o.program, Program::File("prog.py".into()));
        assert_eq!(o.limits.max_memory, Some(100_000_000));
        assert_eq!(o.limits.max_duration, Some(Duration::from_secs(2)));
        assert_eq!(o.limits.max_steps, Some(1000));
        assert_eq!(o.limits.max_recursion_depth, Some(50));
    }

    #[test]
    fn code_stdin_repl_and_none() {
        let o = parse_args(&args(&["-c", "print(1)"])).unwrap().unwrap();
        assert_eq!(o.program, Program::Code("print(1)".into()));
        let o = parse_args(&args(&["-"])).unwrap().unwrap();
        assert_eq!(o.program, Program::Stdin);
        let o = parse_args(&args(&["--max-duration", "none"]))
            .unwrap()
            .unwrap();
        assert_eq!(o.program, Program::Repl);
        assert_eq!(o.limits.max_duration, None);
    }

    #[test]
    fn errors() {
        assert!(parse_args(&args(&["--max-steps"])).is_err());
        assert!(parse_args(&args(&["--max-steps", "x"])).is_err());
        assert!(parse_args(&args(&["--frobnicate"])).is_err());
        assert!(parse_args(&args(&["--max-duration", "-1"])).is_err());
        assert_eq!(parse_args(&args(&["--help"])), Ok(None));
    }
}
