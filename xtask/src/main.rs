//! `cargo xtask`: the project's automation. `ci` is the one test command; `conformance` runs the
//! suite; `record` writes the conformance snapshots from CPython 3.13.
#![forbid(unsafe_code)]

mod ast_bridge;
mod bench;
mod bridge;
mod cpython;
mod fuzz;
mod parse_check;
mod record;
mod shell;

use std::process::ExitCode;

const HELP: &str = "\
usage: cargo xtask <command> [args]

  ci                   every check CI runs: fmt, clippy, tests, conformance, fuzz (briefly)
  conformance [FILTER] [--update-xfail]
                       run the conformance suite (FILTER: substring of area/topic);
                       --update-xfail rewrites the `# xfail:` headers from the results
  record [FILTER]      record conformance snapshots from CPython 3.13
  parse-check [FILTER] [-v]
                       parse CPython 3.13's Lib/ with Terrarium's grammar and compare
                       ast.dump output and parse CPU time with CPython's
  record-ast [FILTER]  record grammar/tests/snapshots from CPython's ast.dump of the samples
  bench [FILTER] [--runs N]
                       benchmark programs of bench/ against CPython 3.13 -S: CPU time,
                       median of N runs (default 5), ratios and geometric mean
  fuzz [TARGET] [SECONDS]
                       run the cargo-fuzz targets (parse, run) for SECONDS each
                       (default 60), installing cargo-fuzz when missing
  bridge [FILTER] [-v] developer aid: run the cases with CPython's parser feeding Terrarium's
                       evaluator (not a verdict; the suite uses Terrarium's own parser)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("ci") => shell::ci(),
        Some("conformance") => {
            let update = args.iter().any(|a| a == "--update-xfail");
            let filter = args.iter().skip(1).find(|a| !a.starts_with("--"));
            shell::conformance(filter.map(String::as_str), update)
        }
        Some("bridge") => {
            let verbose = args.iter().any(|a| a == "-v");
            let filter = args.iter().skip(1).find(|a| !a.starts_with('-'));
            bridge::bridge(filter.map(String::as_str), verbose)
        }
        Some("parse-check") => {
            let verbose = args.iter().any(|a| a == "-v");
            let filter = args.iter().skip(1).find(|a| !a.starts_with('-'));
            parse_check::parse_check(filter.map(String::as_str), verbose)
        }
        Some("record-ast") => parse_check::record_ast(args.get(1).map(String::as_str)),
        Some("bench") => {
            let mut runs = 5;
            let mut filter = None;
            let mut it = args[1..].iter();
            while let Some(a) = it.next() {
                if a == "--runs" {
                    runs = it.next().and_then(|n| n.parse().ok()).unwrap_or(5);
                } else {
                    filter = Some(a.as_str());
                }
            }
            bench::bench(filter, runs)
        }
        Some("fuzz") => {
            let mut target = None;
            let mut seconds = 60;
            for a in &args[1..] {
                match a.parse::<u64>() {
                    Ok(n) => seconds = n,
                    Err(_) => target = Some(a.as_str()),
                }
            }
            fuzz::fuzz(target, seconds)
        }
        Some("record") => record::record(args.get(1).map(String::as_str)),
        Some("-h" | "--help" | "help") | None => {
            print!("{HELP}");
            return ExitCode::SUCCESS;
        }
        Some(other) => Err(format!("unknown command {other:?}\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("xtask: {msg}");
            ExitCode::FAILURE
        }
    }
}
