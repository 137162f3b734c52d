//! `cargo xtask bench [FILTER] [--runs N]`: the benchmark programs of `bench/` under the
//! release `terrarium` CLI and CPython 3.13 (`-S`) side by side, by CPU time, median of N runs
//! (default 5), with per-program ratios and their geometric mean; then the in-process latency
//! of the embedding API (`interp/examples/latency.rs`).

use std::path::Path;
use std::process::Command;

const RUNNER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/bench_runner.py");

pub fn bench(filter: Option<&str>, runs: u32) -> Result<(), String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .ok_or("xtask has no parent directory")?;
    let python = crate::cpython::find()?;
    crate::cpython::version(&python)?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["build", "--release", "-q", "-p", "terrarium-cli"])
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err("building the release CLI failed".into());
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| root.join("target"));
    let binary = target.join("release").join("terrarium");
    let mut files: Vec<_> = std::fs::read_dir(root.join("bench"))
        .map_err(|e| format!("cannot read bench/: {e}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| filter.is_none_or(|f| p.to_string_lossy().contains(f)))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("no benchmark program matches".into());
    }
    let status = Command::new(&python)
        .arg("-S")
        .arg(RUNNER)
        .arg(&binary)
        .arg(&python)
        .arg(runs.to_string())
        .args(&files)
        .status()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    let programs_ok = status.success();
    // In-process latency of the embedding API (compile + run of `1 + 2` and a 20-line snippet).
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let latency = Command::new(cargo)
        .current_dir(root)
        .args([
            "run",
            "--release",
            "-q",
            "-p",
            "terrarium",
            "--example",
            "latency",
        ])
        .status()
        .map_err(|e| format!("cannot run the latency example: {e}"))?;
    if !latency.success() {
        return Err("the latency benchmark failed".into());
    }
    if programs_ok {
        Ok(())
    } else {
        Err("some benchmark failed or printed something different from CPython".into())
    }
}
