//! `cargo xtask parse-check` and `cargo xtask record-ast`: the grammar measured against CPython
//! 3.13's own parser. parse-check parses every `.py` file of CPython's Lib/ with both parsers,
//! compares `ast.dump` texts, and compares parse CPU time; record-ast writes the grammar's insta
//! snapshots (grammar/tests/samples/*.py -> grammar/tests/snapshots/) from CPython's dumps.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value as J;

use crate::cpython;

/// Reads file paths on stdin; for each prints one JSON line: the decoded source, CPython's
/// dump and the CPU time `ast.parse` took, or why CPython could not parse it.
const DUMPER: &str = r#"
import ast, io, json, sys, time, tokenize
out = sys.stdout
for line in sys.stdin:
    path = line.rstrip("\n")
    rec = {"path": path}
    try:
        with open(path, "rb") as f:
            data = f.read()
        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(enc)
        if text.startswith("\ufeff"):
            text = text[1:]
        t0 = time.thread_time_ns()
        tree = ast.parse(text)
        t1 = time.thread_time_ns()
        rec["src"] = text
        rec["ns"] = t1 - t0
        rec["dump"] = ast.dump(tree)
    except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as e:
        rec["skip"] = "%s: %s" % (type(e).__name__, e)
    out.write(json.dumps(rec) + "\n")
    out.flush()
"#;

/// Stack of the thread that runs our parser: what a main thread gets by default.
const PARSE_STACK: usize = 8 << 20;

fn lib_dir(python: &Path) -> Result<PathBuf, String> {
    let out = Command::new(python)
        .args(["-S", "-c", "import os; print(os.path.dirname(os.__file__))"])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

fn collect_py(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n == "site-packages") {
                continue;
            }
            collect_py(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// CPU time this thread has used, from the kernel's scheduler statistics (wall time where
/// they are not available).
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Our side of one file: the dump (or the error) and the CPU time of `parse_module` alone.
fn ours(src: String) -> (Result<String, String>, Duration) {
    let handle = std::thread::Builder::new()
        .stack_size(PARSE_STACK)
        .spawn(move || {
            let wall = Instant::now();
            let cpu = thread_cpu();
            let parsed = terrarium_grammar::parse_module(&src);
            let took = match (cpu, thread_cpu()) {
                (Some(a), Some(b)) => b.saturating_sub(a),
                _ => wall.elapsed(),
            };
            let dump = parsed
                .map(|m| terrarium_grammar::dump_with_source(&m, &src))
                .map_err(|e| e.to_string());
            (dump, took)
        });
    match handle.map(|h| h.join()) {
        Ok(Ok(r)) => r,
        _ => (Err("PANIC in the parser".to_string()), Duration::default()),
    }
}

/// The first difference of two dumps, with some context.
fn first_difference(ours: &str, theirs: &str) -> String {
    let at = ours
        .bytes()
        .zip(theirs.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(ours.len().min(theirs.len()));
    let window = |s: &str| {
        let mut lo = at.saturating_sub(80);
        while !s.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (at + 120).min(s.len());
        while !s.is_char_boundary(hi) {
            hi += 1;
        }
        s[lo..hi].to_string()
    };
    format!(
        "    ours:    …{}…\n    CPython: …{}…",
        window(ours),
        window(theirs)
    )
}

pub fn parse_check(filter: Option<&str>, verbose: bool) -> Result<(), String> {
    let python = cpython::find()?;
    let version = cpython::version(&python)?;
    let lib = lib_dir(&python)?;
    let mut files = Vec::new();
    collect_py(&lib, &mut files);
    let files: Vec<PathBuf> = files
        .into_iter()
        .filter(|p| filter.is_none_or(|f| p.to_string_lossy().contains(f)))
        .collect();
    let mut child = Command::new(&python)
        .args(["-S", "-c", DUMPER])
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    let mut stdin = child.stdin.take().ok_or("no stdin")?;
    let list: String = files.iter().map(|p| format!("{}\n", p.display())).collect();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(list.as_bytes());
    });
    let stdout = child.stdout.take().ok_or("no stdout")?;
    let (mut total, mut skipped, mut parsed, mut identical) = (0usize, 0usize, 0usize, 0usize);
    let (mut ours_time, mut cpython_time) = (Duration::default(), Duration::default());
    let mut failures = Vec::new();
    let mut mismatches = Vec::new();
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| e.to_string())?;
        let rec: J = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let path = rec["path"].as_str().unwrap_or("?");
        let short = path
            .strip_prefix(&format!("{}/", lib.display()))
            .unwrap_or(path)
            .to_string();
        if let Some(reason) = rec["skip"].as_str() {
            skipped += 1;
            if verbose {
                println!("skipped (CPython cannot parse it): {short}: {reason}");
            }
            continue;
        }
        total += 1;
        let src = rec["src"].as_str().unwrap_or("").to_string();
        let theirs = rec["dump"].as_str().unwrap_or("");
        cpython_time += Duration::from_nanos(rec["ns"].as_u64().unwrap_or(0));
        let (result, took) = ours(src);
        ours_time += took;
        match result {
            Ok(dump) => {
                parsed += 1;
                if dump == theirs {
                    identical += 1;
                } else {
                    mismatches.push(format!(
                        "MISMATCH {short}\n{}",
                        first_difference(&dump, theirs)
                    ));
                }
            }
            Err(e) => failures.push(format!("NOT PARSED {short}: {e}")),
        }
    }
    let _ = writer.join();
    let _ = child.wait();
    for f in &failures {
        println!("{f}");
    }
    for m in &mismatches {
        println!("{m}");
    }
    let pct = |n: usize| {
        if total == 0 {
            0.0
        } else {
            100.0 * n as f64 / total as f64
        }
    };
    println!(
        "\nparse-check against CPython {version} ({}):",
        lib.display()
    );
    println!("  files: {total} compared, {skipped} skipped (CPython cannot parse them)");
    println!("  parsed:    {parsed}/{total} ({:.2}%)", pct(parsed));
    println!("  identical: {identical}/{total} ({:.2}%)", pct(identical));
    let ratio = ours_time.as_secs_f64() / cpython_time.as_secs_f64().max(1e-9);
    println!(
        "  parse CPU time: terrarium {:.3}s, CPython ast.parse {:.3}s: ratio {ratio:.2} ({})",
        ours_time.as_secs_f64(),
        cpython_time.as_secs_f64(),
        if cfg!(debug_assertions) {
            "xtask debug build; the grammar crate is optimised in dev builds too"
        } else {
            "release build"
        }
    );
    Ok(())
}

/// Where the grammar's sample programs and their snapshots live.
fn grammar_tests() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(Path::new("."))
        .join("grammar/tests")
}

/// Writes `grammar/tests/snapshots/ast__<name>.snap` for each `grammar/tests/samples/<name>.py`.
/// A sample holds several programs separated by `# ---` lines; the snapshot has one line per
/// program: CPython's `ast.dump`, or its error as `SyntaxError: msg (line L, column C)`.
pub fn record_ast(filter: Option<&str>) -> Result<(), String> {
    const RECORDER: &str = r#"
import ast, json, sys, warnings
warnings.simplefilter("ignore")
for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    parts = text.split("\n# ---\n")
    parts = [p + "\n" for p in parts[:-1]] + parts[-1:]
    lines = []
    for part in parts:
        try:
            lines.append(ast.dump(ast.parse(part)))
        except SyntaxError as e:
            lines.append("%s: %s (line %s, column %s)" % (type(e).__name__, e.msg, e.lineno, e.offset))
        except Exception as e:
            lines.append("%s: %s" % (type(e).__name__, e))
    print(json.dumps(lines))
"#;
    let python = cpython::find()?;
    let version = cpython::version(&python)?;
    let dir = grammar_tests();
    let mut samples: Vec<PathBuf> = std::fs::read_dir(dir.join("samples"))
        .map_err(|e| format!("cannot read samples: {e}"))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .filter(|p| filter.is_none_or(|f| p.to_string_lossy().contains(f)))
        .collect();
    samples.sort();
    let out = Command::new(&python)
        .args(["-S", "-c", RECORDER])
        .args(&samples)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).to_string());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let snaps = dir.join("snapshots");
    std::fs::create_dir_all(&snaps).map_err(|e| e.to_string())?;
    let short_version = version.split_whitespace().next().unwrap_or(&version);
    let (mut changed, mut programs) = (0, 0);
    for (path, line) in samples.iter().zip(text.lines()) {
        let dumps: Vec<String> = serde_json::from_str(line).map_err(|e| e.to_string())?;
        programs += dumps.len();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let snap = format!(
            "---\nsource: grammar/tests/samples/{stem}.py\ndescription: \"ast.dump of each program, recorded from CPython {short_version}\"\n---\n{}\n",
            dumps.join("\n")
        );
        let target = snaps.join(format!("ast__{stem}.snap"));
        if std::fs::read_to_string(&target).ok().as_deref() != Some(snap.as_str()) {
            std::fs::write(&target, snap).map_err(|e| e.to_string())?;
            changed += 1;
        }
    }
    println!(
        "recorded {programs} programs in {} samples from CPython {version}: {changed} snapshots changed",
        samples.len()
    );
    Ok(())
}
