//! `cargo xtask fuzz [TARGET] [SECONDS]`: runs the cargo-fuzz targets of `fuzz/` (its own
//! workspace) for a given time each, installing cargo-fuzz when it is missing. CI runs every target
//! briefly; a long local run is `cargo xtask fuzz run 600`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The targets, in the order they run, with the cargo features each needs.
const TARGETS: &[(&str, &[&str])] = &[
    ("parse", &[]),
    ("run", &["run"]),
    ("snapshot_decode", &["run"]),
    ("snapshot_roundtrip", &["run"]),
];

/// The cargo-fuzz release known to work on stable with `-s none`.
const CARGO_FUZZ_VERSION: &str = "0.13.2";

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .join("fuzz")
}

fn status(what: &str, cmd: &mut Command) -> Result<(), String> {
    println!("xtask: {what}");
    let st = cmd
        .status()
        .map_err(|e| format!("{what}: cannot start: {e}"))?;
    if st.success() {
        Ok(())
    } else {
        Err(format!("{what}: failed ({st})"))
    }
}

fn ensure_cargo_fuzz() -> Result<(), String> {
    let present = cargo()
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if present {
        return Ok(());
    }
    status(
        &format!("install cargo-fuzz {CARGO_FUZZ_VERSION}"),
        cargo().args(["install", "cargo-fuzz", "--version", CARGO_FUZZ_VERSION]),
    )
}

/// Runs `target` (or every target) for `seconds` each. A crash, a panic or an internal error
/// makes libFuzzer stop with a failing status and leave the input under `fuzz/artifacts/`.
pub fn fuzz(target: Option<&str>, seconds: u64) -> Result<(), String> {
    let chosen: Vec<&(&str, &[&str])> = match target {
        None => TARGETS.iter().collect(),
        Some(t) => {
            let found: Vec<_> = TARGETS.iter().filter(|(name, _)| *name == t).collect();
            if found.is_empty() {
                let names: Vec<&str> = TARGETS.iter().map(|(n, _)| *n).collect();
                return Err(format!(
                    "unknown fuzz target {t:?}; targets: {}",
                    names.join(", ")
                ));
            }
            found
        }
    };
    ensure_cargo_fuzz()?;
    let dir = fuzz_dir();
    for (name, features) in chosen {
        let corpus = dir.join("corpus").join(name);
        std::fs::create_dir_all(&corpus)
            .map_err(|e| format!("cannot create {}: {e}", corpus.display()))?;
        if *name == "snapshot_decode" {
            write_snapshot_seeds(&corpus)?;
        }
        let mut cmd = cargo();
        cmd.current_dir(&dir)
            .args(["fuzz", "run", "-s", "none", "-O"]);
        if !features.is_empty() {
            cmd.args(["--features", &features.join(",")]);
        }
        cmd.arg(name)
            .arg(&corpus)
            .arg(dir.join("corpus_seed"))
            .arg("--")
            .arg(format!("-max_total_time={seconds}"))
            .arg("-max_len=4096")
            .arg("-timeout=10")
            .arg("-print_final_stats=1");
        status(&format!("fuzz {name} for {seconds}s"), &mut cmd)?;
    }
    Ok(())
}

/// Snippets suspended at an external call, for the snapshot decoder to start from (written
/// fresh each time: snapshots name the interpreter version that made them).
const SNAPSHOT_SEEDS: &[&str] = &[
    "x = ext(1)\n",
    "d = {'a': [1, 2.5, 'three'], 'b': {4, 5}}\ny = ext(d, key=(6, None))\n",
    "def gen():\n    yield ext('g')\nclass C:\n    def __init__(self):\n        self.v = list(range(5))\nc = C()\nfor v in gen():\n    print(v)\n",
    "try:\n    ext('boom')\nexcept ValueError as e:\n    err = e\nfinally:\n    done = True\n",
    "import math\nbig = 3 ** 200\nz = ext(big, math.pi, b'bytes', frozenset({1}))\n",
];

fn write_snapshot_seeds(dir: &Path) -> Result<(), String> {
    use terrarium::{CollectOutput, Limits, Progress, Script};
    for (i, src) in SNAPSHOT_SEEDS.iter().enumerate() {
        let script = Script::compile(src, "seed.py", &[], &["ext"])
            .map_err(|e| format!("snapshot seed {i} does not compile: {e}"))?;
        let mut out = CollectOutput::default();
        match script.start(vec![], &Limits::default(), &mut out) {
            Ok(Progress::ExternalCall(s)) => {
                // As the target reads it: the payload alone (it wraps it in an envelope).
                let bytes = s.dump();
                let vlen = u16::from_le_bytes([bytes[12], bytes[13]]) as usize;
                let payload = bytes.get(14 + vlen + 16..).unwrap_or_default();
                let path = dir.join(format!("seed-{i}.snapshot"));
                std::fs::write(&path, payload)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            }
            other => return Err(format!("snapshot seed {i} did not suspend: {other:?}")),
        }
    }
    Ok(())
}
