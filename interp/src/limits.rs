//! Resource limits of one run: the host's `Limits` and the error that ends a run when one is exceeded.

use std::fmt;
use std::time::Duration;

/// Limits for one run. `Limits::default()` gives the safe defaults; every limit can be changed or
/// removed (`None`) by the host.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bytes the heap may hold at once.
    pub max_memory: Option<u64>,
    /// Wall-clock time for the whole run.
    pub max_duration: Option<Duration>,
    /// Evaluation steps; deterministic, unlike the duration.
    pub max_steps: Option<u64>,
    /// Number of allocations over the run.
    pub max_allocations: Option<u64>,
    /// Depth of Python calls; exceeding it raises a catchable RecursionError, as in CPython.
    pub max_recursion_depth: Option<u32>,
    /// Bytes the program may print.
    pub max_output: Option<u64>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_memory: Some(256 * 1024 * 1024),
            max_duration: Some(Duration::from_secs(30)),
            max_steps: None,
            max_allocations: None,
            max_recursion_depth: Some(1000),
            max_output: Some(64 * 1024 * 1024),
        }
    }
}

impl Limits {
    /// No limits at all (except the recursion depth, which CPython also has).
    pub fn unlimited() -> Self {
        Limits {
            max_memory: None,
            max_duration: None,
            max_steps: None,
            max_allocations: None,
            max_recursion_depth: Some(1000),
            max_output: None,
        }
    }

    pub fn max_memory(mut self, bytes: Option<u64>) -> Self {
        self.max_memory = bytes;
        self
    }

    pub fn max_duration(mut self, duration: Option<Duration>) -> Self {
        self.max_duration = duration;
        self
    }

    pub fn max_steps(mut self, steps: Option<u64>) -> Self {
        self.max_steps = steps;
        self
    }

    pub fn max_allocations(mut self, allocations: Option<u64>) -> Self {
        self.max_allocations = allocations;
        self
    }

    pub fn max_recursion_depth(mut self, depth: Option<u32>) -> Self {
        self.max_recursion_depth = depth;
        self
    }

    pub fn max_output(mut self, bytes: Option<u64>) -> Self {
        self.max_output = bytes;
        self
    }
}

/// Which limit ended a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    Memory,
    Duration,
    Steps,
    Allocations,
    Output,
}

/// A run stopped by a limit. Not catchable by the program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LimitError {
    pub kind: LimitKind,
    /// The limit as the host set it, in its unit (bytes, milliseconds, steps, allocations).
    pub limit: u64,
}

impl fmt::Display for LimitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            LimitKind::Memory => write!(
                f,
                "MemoryError: memory limit of {} bytes exceeded",
                self.limit
            ),
            LimitKind::Duration => {
                write!(f, "TimeoutError: time limit of {} ms exceeded", self.limit)
            }
            LimitKind::Steps => write!(f, "step limit of {} steps exceeded", self.limit),
            LimitKind::Allocations => {
                write!(
                    f,
                    "MemoryError: allocation limit of {} allocations exceeded",
                    self.limit
                )
            }
            LimitKind::Output => write!(f, "output limit of {} bytes exceeded", self.limit),
        }
    }
}
