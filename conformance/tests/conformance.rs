//! The conformance harness: one trial per case under `conformance/cases`, named `area/topic`,
//! comparing Terrarium's output with the snapshot recorded from CPython 3.13. Ends with the
//! per-area table and a `N passed, M failed` line.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use libtest_mimic::{Arguments, Failed, Trial};
use terrarium_conformance::case::with_xfail;
use terrarium_conformance::case::{discover, Case};
use terrarium_conformance::report::Report;
use terrarium_conformance::run::{check_case, diff, xfail_reason};
use terrarium_conformance::verdict::Verdict;
use terrarium_conformance::{cases_dir, snapshots_dir};

fn trial_for(case: Case, report: Arc<Mutex<Report>>) -> Trial {
    let name = case.name();
    Trial::test(name, move || {
        let result = check_case(&case, &snapshots_dir());
        let verdict = match &result {
            Ok(r) => r.verdict,
            Err(_) => Verdict::Fail,
        };
        if let Ok(mut report) = report.lock() {
            report.add(&case.area, verdict);
        }
        let r = result.map_err(Failed::from)?;
        // `cargo xtask conformance --update-xfail` rewrites the headers from the results.
        if std::env::var_os("TERRARIUM_UPDATE_XFAIL").is_some() {
            let reason = match r.verdict {
                Verdict::Fail | Verdict::XFail => Some(xfail_reason(&r.expected, &r.actual)),
                Verdict::Pass | Verdict::XPass => None,
            };
            let updated = with_xfail(&case.source, reason.as_deref());
            if updated != case.source {
                std::fs::write(&case.path, updated).map_err(|e| format!("{e}"))?;
            }
            return Ok(());
        }
        match r.verdict {
            Verdict::Pass | Verdict::XFail => Ok(()),
            Verdict::Fail => Err(format!(
                "output differs from CPython 3.13\n{}",
                diff(&r.expected, &r.actual)
            )
            .into()),
            Verdict::XPass => Err(format!(
                "the case is marked `# xfail: {}` but now matches CPython: remove the header",
                case.xfail.as_deref().unwrap_or("")
            )
            .into()),
        }
    })
}

/// A snapshot whose case was deleted or renamed would otherwise rot unnoticed.
fn orphan_snapshots_trial(cases: &[Case]) -> Trial {
    let known: BTreeSet<String> = cases.iter().map(Case::name).collect();
    Trial::test("snapshots/no_orphans", move || {
        let mut orphans = Vec::new();
        let dir = snapshots_dir();
        let areas = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for area in areas.flatten() {
            let Ok(files) = std::fs::read_dir(area.path()) else {
                continue;
            };
            for file in files.flatten() {
                let path = file.path();
                let stem = path.file_stem().unwrap_or_default().to_string_lossy();
                let name = format!("{}/{}", area.file_name().to_string_lossy(), stem);
                if path.extension().and_then(|e| e.to_str()) != Some("snap")
                    || !known.contains(&name)
                {
                    orphans.push(path.display().to_string());
                }
            }
        }
        if orphans.is_empty() {
            Ok(())
        } else {
            Err(format!("snapshots without a case: {}", orphans.join(", ")).into())
        }
    })
}

fn main() {
    let args = Arguments::from_args();
    let cases = match discover(&cases_dir()) {
        Ok(cases) => cases,
        Err(e) => {
            eprintln!("cannot read {}: {e}", cases_dir().display());
            std::process::exit(2);
        }
    };
    let report = Arc::new(Mutex::new(Report::default()));
    let mut trials = vec![orphan_snapshots_trial(&cases)];
    trials.extend(cases.into_iter().map(|c| trial_for(c, report.clone())));
    let listing = args.list;
    let conclusion = libtest_mimic::run(&args, trials);
    if !listing {
        if let Ok(report) = report.lock() {
            if !report.areas.is_empty() {
                println!("\n{}", report.render());
            }
        }
    }
    conclusion.exit();
}
