//! The conformance suite's machinery: finding cases, recorded snapshots, transcripts of a run,
//! the xfail rules and the per-area report. Shared by the test harness and `cargo xtask`.
#![forbid(unsafe_code)]

pub mod case;
pub mod report;
pub mod run;
pub mod snapshot;
pub mod transcript;
pub mod verdict;

use std::path::PathBuf;

/// The `conformance/` directory of this workspace.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn cases_dir() -> PathBuf {
    root().join("cases")
}

pub fn snapshots_dir() -> PathBuf {
    root().join("snapshots")
}
