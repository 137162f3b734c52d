//! Running one case under Terrarium and judging it against its snapshot.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::Duration;

use terrarium::{CollectOutput, Limits, RunError};

use crate::case::Case;
use crate::snapshot::Snapshot;
use crate::transcript::{Ending, Frame, Link, Section, Transcript};
use crate::verdict::Verdict;

/// The explicit limits every case runs under: generous for the small cases, but a runaway case
/// stops instead of hanging the suite.
pub fn case_limits() -> Limits {
    Limits::default()
        .max_memory(Some(512 * 1024 * 1024))
        .max_duration(Some(Duration::from_secs(20)))
        .max_steps(Some(200_000_000))
        .max_recursion_depth(Some(1000))
        .max_output(Some(16 * 1024 * 1024))
}

/// Runs the case under Terrarium. A panic is caught and reported as a stop, so one broken case
/// cannot take the suite down.
pub fn run_case(case: &Case) -> Transcript {
    let mut out = CollectOutput::default();
    let script = case.script_name();
    let result = catch_unwind(AssertUnwindSafe(|| {
        terrarium::run_script(&case.source, &script, &case_limits(), &mut out)
    }));
    let ending = match result {
        Ok(Ok(())) => Ending::Completed,
        Ok(Err(err)) => ending_of(err),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "non-string panic".into());
            Ending::Stopped {
                reason: format!("panic: {msg}"),
            }
        }
    };
    Transcript {
        stdout: out.text,
        ending,
    }
}

/// How a run error shows in a transcript.
pub fn ending_of(err: RunError) -> Ending {
    match err {
        RunError::Syntax(s) => Ending::SyntaxError {
            type_name: s.type_name,
            message: s.message,
            line: s.line,
            column: s.column,
        },
        RunError::Exception(report) => Ending::Exception {
            sections: report
                .sections
                .into_iter()
                .map(|s| Section {
                    link: s.link.map(|l| match l {
                        terrarium::ChainLink::Cause => Link::Cause,
                        terrarium::ChainLink::Context => Link::Context,
                    }),
                    frames: s
                        .frames
                        .into_iter()
                        .map(|f| Frame {
                            file: f.filename,
                            line: f.line,
                            name: f.name,
                        })
                        .collect(),
                    lines: s.lines,
                })
                .collect(),
        },
        other => Ending::Stopped {
            reason: other.to_string(),
        },
    }
}

/// The outcome of one case: its verdict, and for a mismatch the two texts.
#[derive(Clone, Debug)]
pub struct CaseResult {
    pub verdict: Verdict,
    pub expected: String,
    pub actual: String,
}

/// Loads and checks the case's snapshot (it must exist and come from CPython 3.13), runs the
/// case and judges it. `Err` is for a missing or invalid snapshot, which always fails.
pub fn check_case(case: &Case, snapshots_dir: &Path) -> Result<CaseResult, String> {
    let path = case.snapshot_path(snapshots_dir);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "no snapshot at {} ({e}); record it with `cargo xtask record {}`",
            path.display(),
            case.name()
        )
    })?;
    let snapshot = Snapshot::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    snapshot.check_recorder()?;
    let actual = run_case(case).render(&case.script_name());
    let verdict = Verdict::judge(case.xfail.is_some(), actual == snapshot.body);
    Ok(CaseResult {
        verdict,
        expected: snapshot.body,
        actual,
    })
}

/// A short reason for an `# xfail:` header: why Terrarium's output differs.
pub fn xfail_reason(expected: &str, actual: &str) -> String {
    if let Some(stop) = actual
        .lines()
        .find_map(|l| l.strip_prefix("[terrarium stopped] "))
    {
        let mut r: String = stop.chars().take(140).collect();
        if r.len() < stop.len() {
            r.push('…');
        }
        return r;
    }
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let at = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    // Terrarium raised where CPython did not (or raised something else): name the exception.
    if a.get(at..)
        .is_some_and(|rest| rest.contains(&"[uncaught exception]"))
        && e.get(at) != Some(&"[uncaught exception]")
    {
        let last: String = a.last().copied().unwrap_or("").chars().take(120).collect();
        return format!("raises {last}");
    }
    let got: String = a
        .get(at)
        .copied()
        .unwrap_or("<end of output>")
        .chars()
        .take(80)
        .collect();
    format!(
        "output differs from CPython at line {} (got: {got})",
        at + 1
    )
}

/// A line-by-line diff of expected and actual output, for failure messages.
pub fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let first_difference = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    out.push_str(&format!(
        "first difference at line {}\n",
        first_difference + 1
    ));
    for line in e.iter().skip(first_difference).take(12) {
        out.push_str(&format!("-{line}\n"));
    }
    for line in a.iter().skip(first_difference).take(12) {
        out.push_str(&format!("+{line}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons() {
        assert_eq!(
            xfail_reason("a\n", "[terrarium stopped] NotImplementedError: x\n"),
            "NotImplementedError: x"
        );
        assert_eq!(
            xfail_reason("a\nb\n", "a\nc\n"),
            "output differs from CPython at line 2 (got: c)"
        );
    }

    #[test]
    fn reason_names_an_unexpected_exception() {
        let expected = "a\nb\n";
        let actual = "a\n[uncaught exception]\nTraceback (most recent call last):\nKeyError: 'x'\n";
        assert_eq!(xfail_reason(expected, actual), "raises KeyError: 'x'");
    }

    #[test]
    fn diff_shows_first_difference() {
        let d = diff("a\nb\nc\n", "a\nx\nc\n");
        assert!(d.starts_with("first difference at line 2\n"), "{d}");
        assert!(d.contains("-b\n") && d.contains("+x\n"));
    }

    #[test]
    fn missing_snapshot_is_an_error() {
        let case = Case {
            area: "nowhere".into(),
            topic: "none".into(),
            path: "none.py".into(),
            source: "print(1)\n".into(),
            xfail: None,
        };
        let err = check_case(&case, Path::new("/nonexistent-snapshots")).unwrap_err();
        assert!(err.contains("cargo xtask record nowhere/none"), "{err}");
    }
}
