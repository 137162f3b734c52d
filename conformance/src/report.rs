//! The per-area table of results that ends a conformance run.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::verdict::Verdict;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub pass: usize,
    pub fail: usize,
    pub xfail: usize,
    pub xpass: usize,
}

impl Tally {
    pub fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Pass => self.pass += 1,
            Verdict::Fail => self.fail += 1,
            Verdict::XFail => self.xfail += 1,
            Verdict::XPass => self.xpass += 1,
        }
    }

    /// Cases whose output equals CPython's.
    pub fn passed(&self) -> usize {
        self.pass + self.xpass
    }

    /// Cases whose output differs from CPython's, expected or not.
    pub fn failed(&self) -> usize {
        self.fail + self.xfail
    }

    pub fn total(&self) -> usize {
        self.passed() + self.failed()
    }
}

/// Results per area, in area order.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub areas: BTreeMap<String, Tally>,
}

impl Report {
    pub fn add(&mut self, area: &str, verdict: Verdict) {
        self.areas.entry(area.to_string()).or_default().add(verdict);
    }

    pub fn total(&self) -> Tally {
        let mut t = Tally::default();
        for a in self.areas.values() {
            t.pass += a.pass;
            t.fail += a.fail;
            t.xfail += a.xfail;
            t.xpass += a.xpass;
        }
        t
    }

    /// The table, a line on unexpected results, and the closing `N passed, M failed` line.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let row = |out: &mut String, name: &str, t: &Tally| {
            let _ = writeln!(
                out,
                "{:<16} {:>6} {:>6} {:>6} {:>11}",
                name,
                t.passed(),
                t.failed(),
                t.xfail,
                t.fail + t.xpass
            );
        };
        let _ = writeln!(
            out,
            "{:<16} {:>6} {:>6} {:>6} {:>11}",
            "area", "passed", "failed", "xfail", "unexpected"
        );
        for (area, t) in &self.areas {
            row(&mut out, area, t);
        }
        let total = self.total();
        row(&mut out, "total", &total);
        let _ = writeln!(
            out,
            "expected failures (xfail): {}; unexpected failures: {}; unexpected passes (stale xfail): {}",
            total.xfail, total.fail, total.xpass
        );
        let _ = writeln!(out, "{} passed, {} failed", total.passed(), total.failed());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_closing_line() {
        let mut r = Report::default();
        r.add("numbers", Verdict::Pass);
        r.add("numbers", Verdict::XFail);
        r.add("strings", Verdict::Fail);
        r.add("strings", Verdict::XPass);
        let total = r.total();
        assert_eq!((total.passed(), total.failed(), total.total()), (2, 2, 4));
        let text = r.render();
        assert!(text.ends_with("2 passed, 2 failed\n"), "{text}");
        assert!(text.contains("unexpected failures: 1; unexpected passes (stale xfail): 1"));
        let numbers = text.lines().find(|l| l.starts_with("numbers")).unwrap();
        assert_eq!(
            numbers.split_whitespace().collect::<Vec<_>>(),
            ["numbers", "1", "1", "1", "0"]
        );
    }
}
