//! Any program runs under tight limits to completion, an exception, a syntax error or a limit;
//! never a panic, never an internal error.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use terrarium::{CollectOutput, Limits, RunError};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let limits = Limits::default()
        .max_memory(Some(16 * 1024 * 1024))
        .max_duration(Some(Duration::from_millis(200)))
        .max_steps(Some(200_000))
        .max_recursion_depth(Some(100))
        .max_output(Some(64 * 1024));
    let mut out = CollectOutput::default();
    if let Err(RunError::Internal(msg)) = terrarium::run_script(src, "fuzz.py", &limits, &mut out) {
        panic!("internal error for {src:?}: {msg}");
    }
});
