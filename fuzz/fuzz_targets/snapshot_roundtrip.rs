//! Programs from the fuzzer, run with start(); at every external call the run is dumped,
//! loaded and resumed (host futures of the async external `aext` too, one per suspension). The outcome must equal that of the same run resumed directly.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use terrarium::{CollectOutput, Limits, Object, Progress, RunError, Script};

fn outcome(script: &Script, via_bytes: bool) -> (String, String) {
    let limits = Limits::default()
        .max_memory(Some(16 * 1024 * 1024))
        .max_duration(Some(Duration::from_millis(500)))
        .max_steps(Some(50_000))
        .max_recursion_depth(Some(100));
    let mut out = CollectOutput::default();
    let mut p = match script.start(vec![], &limits, &mut out) {
        Ok(p) => p,
        Err(e) => return (out.text, describe(&e)),
    };
    for n in 0..20i64 {
        let s = match p {
            Progress::Complete(obj) => return (out.text, format!("{obj:?}")),
            Progress::ExternalCall(s) | Progress::OsCall(s) | Progress::Futures(s) => s,
        };
        let s = if via_bytes {
            match terrarium::Suspended::load(&s.dump(), &limits) {
                Ok(s) => s,
                Err(e) => panic!("own snapshot refused: {e}"),
            }
        } else {
            s
        };
        let next = if s.futures().is_empty() {
            s.resume(Object::Int(n), &mut out)
        } else {
            // Resolve the oldest pending host future.
            let id = s.futures()[0].id;
            s.resume_futures(vec![(id, Ok(Object::Int(n)))], &mut out)
        };
        p = match next {
            Ok(p) => p,
            Err(e) => return (out.text, describe(&e)),
        };
    }
    (out.text, "still running".into())
}

fn describe(e: &RunError) -> String {
    match e {
        RunError::Internal(msg) => panic!("internal error: {msg}"),
        // Durations differ between runs; steps and memory are deterministic.
        RunError::Limit(l) if l.kind == terrarium::LimitKind::Duration => "timeout".into(),
        other => other.to_string(),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(script) = Script::compile_with_async(src, "fuzz.py", &[], &["ext"], &["aext"]) else {
        return;
    };
    let direct = outcome(&script, false);
    let via = outcome(&script, true);
    if direct.1 != "timeout" && via.1 != "timeout" {
        assert_eq!(direct, via, "dump/load changed the outcome of {src:?}");
    }
});
