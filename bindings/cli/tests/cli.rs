//! The CLI contract: `terrarium FILE`, `-c CODE`, `-` (stdin), output on stdout, tracebacks on
//! stderr with exit status 1, limit flags.

use std::io::Write;
use std::process::{Command, Stdio};

fn terrarium() -> Command {
    Command::new(env!("CARGO_BIN_EXE_terrarium"))
}

fn run(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = terrarium();
    cmd.args(args)
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the terrarium binary runs");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(text.as_bytes())
            .expect("stdin accepts the program");
    }
    let out = child.wait_with_output().expect("terrarium finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn code_argument_prints_to_stdout() {
    let (code, out, err) = run(&["-c", "print(1 + 2)"], None);
    assert_eq!((code, out.as_str(), err.as_str()), (0, "3\n", ""));
}

#[test]
fn file_argument() {
    let dir = std::env::temp_dir().join(format!("terrarium-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, "x = [1, 2, 3]\nprint(sum(x), len(x))\n").unwrap();
    let (code, out, _) = run(&[path.to_str().unwrap()], None);
    assert_eq!((code, out.as_str()), (0, "6 3\n"));
}

#[test]
fn program_from_stdin() {
    let (code, out, _) = run(&["-"], Some("print('hi')\n"));
    assert_eq!((code, out.as_str()), (0, "hi\n"));
}

#[test]
fn uncaught_exception_is_a_traceback_on_stderr_with_status_1() {
    let (code, out, err) = run(
        &["-c", "print('before')\ndef f():\n    return 1 / 0\nf()"],
        None,
    );
    assert_eq!(code, 1);
    assert_eq!(out, "before\n");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.contains("  File \"<string>\", line 4, in <module>\n"),
        "{err}"
    );
    assert!(
        err.contains("  File \"<string>\", line 3, in f\n    return 1 / 0\n"),
        "{err}"
    );
    assert!(
        err.ends_with("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
}

#[test]
fn syntax_error_has_status_1() {
    let (code, _, err) = run(&["-c", "x = (1,"], None);
    assert_eq!(code, 1);
    assert!(err.contains("SyntaxError"), "{err}");
}

#[test]
fn step_limit_stops_an_endless_loop() {
    let (code, _, err) = run(
        &["--max-steps", "10000", "-c", "while True:\n    pass"],
        None,
    );
    assert_eq!(code, 1);
    assert!(err.contains("step limit"), "{err}");
}

#[test]
fn recursion_limit_flag() {
    let prog = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)";
    let (code, out, _) = run(&["--max-recursion-depth", "50", "-c", prog], None);
    assert_eq!(
        (code, out.as_str()),
        (0, "caught maximum recursion depth exceeded\n")
    );
}

#[test]
fn memory_limit_flag() {
    let (code, _, err) = run(
        &["--max-memory", "10MB", "-c", "x = 'a' * 100_000_000"],
        None,
    );
    assert_eq!(code, 1);
    assert!(err.contains("MemoryError"), "{err}");
}

#[test]
fn bad_flags_are_usage_errors() {
    let (code, _, err) = run(&["--max-steps", "lots", "-c", "pass"], None);
    assert_eq!(code, 2);
    assert!(err.contains("--max-steps expects a whole number"), "{err}");
}

#[test]
fn missing_file() {
    let (code, _, err) = run(&["/nonexistent/prog.py"], None);
    assert_eq!(code, 2);
    assert!(err.contains("can't open file"), "{err}");
}

/// A REPL session on piped stdin (`-i`). Expected stdout recorded from CPython 3.13 with
/// `python3 -S -i` on the same input.
#[test]
fn repl_keeps_globals_echoes_values_and_survives_errors() {
    let input = "x = 5\nx * 2\n_ + 1\ndef f(a):\n    return a * 3\n\nf(x)\n[1, 2,\n 3]\n\
                 for i in range(2):\n    i\n\n1/0\nprint(\"after\")\nNone\n\"s\"\nimport math\n\
                 math.sqrt(16)\nundefined_name\nif x:\n  x = 1 +\n\nx\n";
    let (code, out, err) = run(&["-i"], Some(input));
    assert_eq!(code, 0, "stderr: {err}");
    assert_eq!(out, "10\n11\n15\n[1, 2, 3]\n0\n1\nafter\n's'\n4.0\n5\n");
    assert!(err.starts_with(">>> "), "prompts go to stderr: {err}");
    assert!(
        err.contains("ZeroDivisionError: division by zero\n"),
        "{err}"
    );
    assert!(
        err.contains("NameError: name 'undefined_name' is not defined\n"),
        "{err}"
    );
    assert!(err.contains("SyntaxError: invalid syntax\n"), "{err}");
}

/// `-i -c CODE`: the program runs first, then the REPL sees its globals (recorded from CPython).
#[test]
fn repl_after_program() {
    let input = "y * 6\nclass A:\n    def __repr__(self):\n        return \"A!\"\n\nA()\n";
    let (code, out, _) = run(&["-i", "-c", "y = 7"], Some(input));
    assert_eq!((code, out.as_str()), (0, "42\nA!\n"));
}

#[test]
fn mounts_show_host_directories_and_keep_writes_in_memory() {
    let dir = std::env::temp_dir().join(format!("terrarium-cli-mount-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("in.txt"), "from host").unwrap();
    let host = dir.to_str().unwrap();
    let code = "import os\nprint(open('/ro/in.txt').read())\ntry:\n    open('/ro/out.txt', 'w')\nexcept OSError as e:\n    print(e)\nopen('/rw/out.txt', 'w').close()\nprint(sorted(os.listdir('/rw')))";
    let ro = format!("{host}:/ro");
    let rw = format!("{host}:/rw:rw");
    let (status, out, err) = run(&["--mount", &ro, "--mount", &rw, "-c", code], None);
    let host_has_out = dir.join("out.txt").exists();
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(status, 0, "{err}");
    assert_eq!(
        out,
        "from host\n[Errno 30] Read-only file system: '/ro/out.txt'\n['in.txt', 'out.txt']\n"
    );
    assert!(!host_has_out, "an overlay write reached the host");
    let (status, _, err) = run(&["-c", "open('/etc/passwd')"], None);
    assert_eq!(status, 1);
    assert!(
        err.ends_with("PermissionError: reading '/etc/passwd' is not permitted in the sandbox\n"),
        "{err}"
    );
}
