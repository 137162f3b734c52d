//! The xfail rules: how a case's expectation and its actual result combine into a verdict.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Output equals CPython's; no xfail header.
    Pass,
    /// Output differs from CPython's; no xfail header. Fails the suite.
    Fail,
    /// Output differs and the case says `# xfail:`. Counted as a failure, expected.
    XFail,
    /// Output equals CPython's although the case says `# xfail:`. Fails the suite, so the stale
    /// header gets removed.
    XPass,
}

impl Verdict {
    pub fn judge(xfail: bool, matches_cpython: bool) -> Verdict {
        match (xfail, matches_cpython) {
            (false, true) => Verdict::Pass,
            (false, false) => Verdict::Fail,
            (true, false) => Verdict::XFail,
            (true, true) => Verdict::XPass,
        }
    }

    /// Whether the output matched CPython.
    pub fn matched(self) -> bool {
        matches!(self, Verdict::Pass | Verdict::XPass)
    }

    /// Whether the suite may stay green with this verdict.
    pub fn is_ok(self) -> bool {
        matches!(self, Verdict::Pass | Verdict::XFail)
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "FAIL",
            Verdict::XFail => "xfail",
            Verdict::XPass => "XPASS",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_verdicts() {
        assert_eq!(Verdict::judge(false, true), Verdict::Pass);
        assert_eq!(Verdict::judge(false, false), Verdict::Fail);
        assert_eq!(Verdict::judge(true, false), Verdict::XFail);
        assert_eq!(Verdict::judge(true, true), Verdict::XPass);
    }

    #[test]
    fn unexpected_results_fail_the_suite() {
        assert!(Verdict::Pass.is_ok());
        assert!(Verdict::XFail.is_ok());
        assert!(!Verdict::Fail.is_ok());
        assert!(!Verdict::XPass.is_ok());
    }

    #[test]
    fn matched_counts_only_cpython_equal_output() {
        assert!(Verdict::Pass.matched());
        assert!(Verdict::XPass.matched());
        assert!(!Verdict::Fail.matched());
        assert!(!Verdict::XFail.matched());
    }
}
