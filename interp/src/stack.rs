//! Native stack checks for the few places that recurse over program-controlled depth (the
//! compiler over the syntax tree, repr and equality over nested containers).

/// Stack below which recursion stops with a Python-level error.
const RESERVE: usize = 256 * 1024;

/// True when the native stack is nearly used up (never on targets where it cannot be known).
pub fn low() -> bool {
    stacker::remaining_stack().is_some_and(|r| r < RESERVE)
}

/// The stack left, asked of the OS once and then tracked by the address of a local: for hot
/// recursions (the compiler visits every node), where asking each time costs more than the visit.
#[derive(Clone, Copy, Debug)]
pub struct StackProbe {
    base: usize,
    /// Bytes that may be used below `base` before the reserve is reached.
    room: usize,
}

impl StackProbe {
    pub fn new() -> StackProbe {
        StackProbe {
            base: stack_address(),
            room: stacker::remaining_stack().map_or(usize::MAX, |r| r.saturating_sub(RESERVE)),
        }
    }

    /// True when the native stack is nearly used up.
    pub fn low(&self) -> bool {
        self.base.abs_diff(stack_address()) > self.room
    }
}

impl Default for StackProbe {
    fn default() -> StackProbe {
        StackProbe::new()
    }
}

/// An address in the current stack frame.
#[inline(never)]
fn stack_address() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}
