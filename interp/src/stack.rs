//! Native stack checks for the few places that recurse over program-controlled depth (the
//! compiler over the syntax tree, repr and equality over nested containers).

/// Stack below which recursion stops with a Python-level error.
const RESERVE: usize = 256 * 1024;

/// True when the native stack is nearly used up (never on targets where it cannot be known).
pub fn low() -> bool {
    stacker::remaining_stack().is_some_and(|r| r < RESERVE)
}
