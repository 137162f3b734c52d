//! Arbitrary bytes as a snapshot: loading refuses them or yields a run that resumes to a result
//! or an error; never a panic. Inputs that do not start with the snapshot magic are used as the
//! payload of a well-formed envelope (right version, length and checksum), so the fuzzer
//! exercises decoding and validation rather than the checksum.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use terrarium::{CollectOutput, Limits, Object, Progress, Script, Suspended};

/// The envelope header of this build: taken from a real snapshot, minus length and checksum.
fn header() -> &'static [u8] {
    static HEADER: OnceLock<Vec<u8>> = OnceLock::new();
    HEADER.get_or_init(|| {
        let script = Script::compile("ext()\n", "h.py", &[], &["ext"]).expect("compiles");
        let mut out = CollectOutput::default();
        let Ok(Progress::ExternalCall(s)) = script.start(vec![], &Limits::default(), &mut out)
        else {
            panic!("the header snippet suspends");
        };
        let bytes = s.dump();
        let vlen = u16::from_le_bytes([bytes[12], bytes[13]]) as usize;
        bytes[..14 + vlen].to_vec()
    })
}

fn fnv(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fuzz_target!(|data: &[u8]| {
    let bytes = if data.starts_with(b"TRRMSNAP") {
        data.to_vec()
    } else {
        let mut b = header().to_vec();
        b.extend_from_slice(&(data.len() as u64).to_le_bytes());
        b.extend_from_slice(&fnv(data).to_le_bytes());
        b.extend_from_slice(data);
        b
    };
    let limits = Limits::default()
        .max_memory(Some(16 * 1024 * 1024))
        .max_steps(Some(100_000));
    if let Ok(s) = Suspended::load(&bytes, &limits) {
        let mut out = CollectOutput::default();
        let _ = s.resume(Object::None, &mut out);
    }
});
