//! `cargo xtask ci` and `cargo xtask conformance`: the checks, run as cargo subcommands.

use std::process::Command;
use std::time::Instant;

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn run(what: &str, cmd: &mut Command) -> Result<(), String> {
    println!("xtask: {what}");
    let status = cmd
        .status()
        .map_err(|e| format!("{what}: cannot start: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{what}: failed ({status})"))
    }
}

/// Installs a rustup component (rustfmt, clippy) when its cargo subcommand is missing.
fn ensure_component(subcommand: &str, component: &str) -> Result<(), String> {
    let present = cargo()
        .args([subcommand, "--version"])
        .output()
        .is_ok_and(|o| o.status.success());
    if present {
        return Ok(());
    }
    run(
        &format!("install {component}"),
        Command::new("rustup").args(["component", "add", component]),
    )
}

/// `--update-xfail` rewrites `# xfail:` headers from the results: failing cases get one with
/// the reason, passing cases lose theirs.
pub fn conformance(filter: Option<&str>, update_xfail: bool) -> Result<(), String> {
    let mut cmd = cargo();
    if update_xfail {
        cmd.env("TERRARIUM_UPDATE_XFAIL", "1");
    }
    cmd.args([
        "test",
        "-q",
        "-p",
        "terrarium-conformance",
        "--test",
        "conformance",
        "--",
    ]);
    if let Some(f) = filter {
        cmd.arg(f);
    }
    run("conformance suite", &mut cmd)
}

/// How long CI runs each fuzz target: long enough to catch a regression on the seed corpus.
const CI_FUZZ_SECONDS: u64 = 30;

pub fn ci() -> Result<(), String> {
    let start = Instant::now();
    ensure_component("fmt", "rustfmt")?;
    ensure_component("clippy", "clippy")?;
    type Step = (&'static str, fn() -> Result<(), String>);
    let steps: Vec<Step> = vec![
        ("fmt", || {
            run(
                "cargo fmt --check",
                cargo().args(["fmt", "--all", "--check"]),
            )
        }),
        ("clippy", || {
            run(
                "cargo clippy",
                cargo().args([
                    "clippy",
                    "--workspace",
                    "--all-targets",
                    "--",
                    "-D",
                    "warnings",
                ]),
            )
        }),
        ("tests", || {
            run(
                "cargo test (workspace, without the conformance suite)",
                // A fixed property-test seed keeps CI deterministic; local runs explore new ones.
                cargo().env("PROPTEST_RNG_SEED", "20261122").args([
                    "test",
                    "--workspace",
                    "--exclude",
                    "terrarium-conformance",
                ]),
            )?;
            run(
                "cargo test (conformance harness unit tests)",
                cargo().args(["test", "-p", "terrarium-conformance", "--lib"]),
            )
        }),
        ("conformance", || conformance(None, false)),
        ("fuzz", || crate::fuzz::fuzz(None, CI_FUZZ_SECONDS)),
    ];
    let mut failed = Vec::new();
    for (name, step) in &steps {
        if let Err(e) = step() {
            eprintln!("xtask: step {name} failed: {e}");
            failed.push(*name);
        }
    }
    println!(
        "xtask ci finished in {:.0?}; failed steps: {}",
        start.elapsed(),
        if failed.is_empty() {
            "none".to_string()
        } else {
            failed.join(", ")
        }
    );
    println!(
        "ci: {} passed, {} failed",
        steps.len() - failed.len(),
        failed.len()
    );
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed steps: {}", failed.join(", ")))
    }
}
