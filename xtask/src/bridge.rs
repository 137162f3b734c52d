//! `cargo xtask bridge [FILTER]`: runs the conformance cases through the evaluator with CPython's
//! parser (developer aid while Terrarium's parser is incomplete; never part of CI verdicts).

use std::collections::BTreeMap;
use std::process::Command;

use terrarium_conformance::case::discover;
use terrarium_conformance::run::{case_limits, diff, ending_of};
use terrarium_conformance::snapshot::Snapshot;
use terrarium_conformance::transcript::{Ending, Transcript};
use terrarium_conformance::{cases_dir, snapshots_dir};

use crate::ast_bridge;
use crate::cpython;

const SCRIPT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ast_json.py");

/// Runs one file through the bridge and prints its transcript.
fn run_file(python: &std::path::Path, path: &str) -> Result<(), String> {
    let out = Command::new(python)
        .arg("-S")
        .arg(SCRIPT)
        .arg(path)
        .output()
        .map_err(|e| e.to_string())?;
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
    let source = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let module = match ast_bridge::module(&json)? {
        Ok(m) => m,
        Err(e) => return Err(format!("syntax error: {e:?}")),
    };
    let mut sink = terrarium::CollectOutput::default();
    let r = terrarium::run_ast(&module, &source, path, &case_limits(), &mut sink);
    let ending = match r {
        Ok(()) => Ending::Completed,
        Err(e) => ending_of(e),
    };
    print!(
        "{}",
        Transcript {
            stdout: sink.text,
            ending
        }
        .render(path)
    );
    Ok(())
}

pub fn bridge(filter: Option<&str>, verbose: bool) -> Result<(), String> {
    let python = cpython::find()?;
    if let Some(f) = filter.filter(|f| f.ends_with(".py")) {
        return run_file(&python, f);
    }
    let cases = discover(&cases_dir()).map_err(|e| e.to_string())?;
    let mut per_area: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in cases.iter().filter(|c| c.matches(filter)) {
        let out = Command::new(&python)
            .arg("-S")
            .arg(SCRIPT)
            .arg(&case.path)
            .output()
            .map_err(|e| e.to_string())?;
        let json: serde_json::Value =
            serde_json::from_slice(&out.stdout).map_err(|e| format!("{}: {e}", case.name()))?;
        let script = case.script_name();
        let mut sink = terrarium::CollectOutput::default();
        let ending = match ast_bridge::module(&json) {
            Err(e) => Ending::Stopped {
                reason: format!("bridge: {e}"),
            },
            Ok(Err((type_name, message, line, column))) => Ending::SyntaxError {
                type_name,
                message,
                line,
                column,
            },
            Ok(Ok(module)) => {
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    terrarium::run_ast(&module, &case.source, &script, &case_limits(), &mut sink)
                }));
                match r {
                    Ok(Ok(())) => Ending::Completed,
                    Ok(Err(e)) => ending_of(e),
                    Err(p) => Ending::Stopped {
                        reason: format!(
                            "panic: {}",
                            p.downcast_ref::<String>()
                                .cloned()
                                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                                .unwrap_or_default()
                        ),
                    },
                }
            }
        };
        let actual = Transcript {
            stdout: sink.text,
            ending,
        }
        .render(&script);
        let expected = std::fs::read_to_string(case.snapshot_path(&snapshots_dir()))
            .ok()
            .and_then(|t| Snapshot::parse(&t).ok())
            .map(|s| s.body)
            .unwrap_or_default();
        let entry = per_area.entry(case.area.clone()).or_default();
        if actual == expected {
            entry.0 += 1;
        } else {
            entry.1 += 1;
            failures.push((case.name(), diff(&expected, &actual)));
        }
    }
    for (name, d) in &failures {
        if verbose {
            println!("FAIL {name}\n{d}");
        } else {
            let first = d.lines().skip(1).take(2).collect::<Vec<_>>().join(" | ");
            println!("FAIL {name}: {first}");
        }
    }
    let (mut p, mut f) = (0, 0);
    for (area, (ap, af)) in &per_area {
        println!("{area:<16} {ap:>5} {af:>5}");
        p += ap;
        f += af;
    }
    println!("bridge: {p} passed, {f} failed");
    Ok(())
}
