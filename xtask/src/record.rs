//! `cargo xtask record [FILTER]`: runs each case under CPython 3.13 and writes its snapshot. The
//! only writer of snapshots. A case whose output changes with the hash seed is refused, since its
//! expected output would be a coin toss.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use terrarium_conformance::case::{discover, Case};
use terrarium_conformance::snapshot::Snapshot;
use terrarium_conformance::transcript::Transcript;
use terrarium_conformance::{cases_dir, snapshots_dir};

use crate::cpython;

const WRAPPER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/record_case.py");
const CASE_TIMEOUT: Duration = Duration::from_secs(30);

/// Runs the wrapper on one case with one hash seed and returns its JSON transcript.
fn run_cpython(python: &Path, case: &Case, hash_seed: &str) -> Result<String, String> {
    let mut child = Command::new(python)
        .arg("-S")
        .arg(WRAPPER)
        .arg(&case.path)
        .arg(case.script_name())
        .env("PYTHONHASHSEED", hash_seed)
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > CASE_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{}: timed out under CPython", case.name()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => return Err(format!("{}: {e}", case.name())),
        }
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("{}: {e}", case.name()))?;
    if !out.status.success() {
        return Err(format!(
            "{}: the recorder failed: {}",
            case.name(),
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("{}: {e}", case.name()))
}

/// The rendered snapshot body of one case, after checking it does not depend on the hash seed.
fn record_case(python: &Path, case: &Case) -> Result<String, String> {
    let first = run_cpython(python, case, "0")?;
    let second = run_cpython(python, case, "4242")?;
    if first != second {
        return Err(format!(
            "{}: output depends on the hash seed (set order or hash()); make the case deterministic",
            case.name()
        ));
    }
    let transcript: Transcript = serde_json::from_str(&first)
        .map_err(|e| format!("{}: bad recorder output: {e}", case.name()))?;
    Ok(transcript.render(&case.script_name()))
}

fn workspace_relative(path: &Path) -> String {
    let root = terrarium_conformance::root();
    let workspace = root.parent().unwrap_or(&root);
    path.strip_prefix(workspace)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Snapshots of cases that no longer exist.
fn orphans(cases: &[Case], dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(areas) = std::fs::read_dir(dir) else {
        return found;
    };
    for area in areas.flatten() {
        for file in std::fs::read_dir(area.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = file.path();
            if !cases.iter().any(|c| c.snapshot_path(dir) == path) {
                found.push(path);
            }
        }
    }
    found
}

pub fn record(filter: Option<&str>) -> Result<(), String> {
    let python = cpython::find()?;
    let version = cpython::version(&python)?;
    let all = discover(&cases_dir()).map_err(|e| format!("cannot read cases: {e}"))?;
    let cases: Vec<&Case> = all.iter().filter(|c| c.matches(filter)).collect();
    let dir = snapshots_dir();
    let next = AtomicUsize::new(0);
    let errors = Mutex::new(Vec::new());
    let changed = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get() * 2);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let result = record_case(&python, case).and_then(|body| {
                    let snap = Snapshot::new(&workspace_relative(&case.path), &version, body);
                    let path = case.snapshot_path(&dir);
                    let text = snap.format();
                    if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                        if let Some(parent) = path.parent() {
                            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
                        }
                        std::fs::write(&path, text).map_err(|e| e.to_string())?;
                        changed.fetch_add(1, Ordering::Relaxed);
                    }
                    Ok(())
                });
                if let Err(e) = result {
                    errors.lock().expect("poisoned").push(e);
                }
            });
        }
    });
    if filter.is_none() {
        for orphan in orphans(&all, &dir) {
            std::fs::remove_file(&orphan).map_err(|e| e.to_string())?;
            println!("removed orphan snapshot {}", orphan.display());
        }
    }
    let errors = errors.into_inner().expect("poisoned");
    println!(
        "recorded {} cases from CPython {version}: {} snapshots changed, {} errors",
        cases.len(),
        changed.load(Ordering::Relaxed),
        errors.len()
    );
    if errors.is_empty() {
        Ok(())
    } else {
        let mut errors = errors;
        errors.sort();
        Err(errors.join("\n"))
    }
}
