//! Snapshots of suspended runs: dump at every external call, load into a fresh VM, resume, and
//! get exactly what an uninterrupted run gives; corrupted, truncated and hostile bytes are
//! refused or at worst end the run with an error, never a panic.

use terrarium::{CollectOutput, HostError, Limits, Object, Progress, RunError, Script, Suspended};

const SNIPPET: &str = "\
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.history = []

    def apply(self, amount):
        self.history.append(amount)
        return sum(self.history)

def counter():
    n = 0
    while True:
        n += 1
        yield n

ticks = counter()
acct = Account(fetch('owner'))
seen = {next(ticks)}
for i in range(3):
    total = acct.apply(fetch('amount', i))
    seen.add(next(ticks))
    print(acct.owner, i, total)
try:
    fetch('fail')
except ValueError as e:
    print('caught', e)
(acct.owner, acct.history, sorted(seen), total)
";

fn answer(s: &Suspended) -> Result<Object, HostError> {
    let call = s.call();
    match call.args.first() {
        Some(Object::Str(k)) if k == "owner" => Ok(Object::from("ada")),
        Some(Object::Str(k)) if k == "amount" => match call.args.get(1) {
            Some(Object::Int(i)) => Ok(Object::Int(10 * (i + 1))),
            _ => Err(HostError::new("TypeError", "amount needs an index")),
        },
        _ => Err(HostError::new("ValueError", "no such thing")),
    }
}

/// Runs to the end; with `via_bytes`, every suspension goes through dump and load.
fn run(via_bytes: bool) -> (Result<Object, RunError>, String, usize) {
    let script = Script::compile(SNIPPET, "acct.py", &[], &["fetch"]).unwrap();
    let limits = Limits::default();
    let mut out = CollectOutput::default();
    let mut p = script.start(vec![], &limits, &mut out).unwrap();
    let mut max_size = 0;
    loop {
        match p {
            Progress::Complete(obj) => return (Ok(obj), out.text, max_size),
            Progress::Futures(_) => panic!("the snippet has no async calls"),
            Progress::ExternalCall(s) | Progress::OsCall(s) => {
                let s = if via_bytes {
                    let bytes = s.dump();
                    max_size = max_size.max(bytes.len());
                    drop(s);
                    Suspended::load(&bytes, &limits).expect("own snapshot loads")
                } else {
                    s
                };
                let next = match answer(&s) {
                    Ok(v) => s.resume(v, &mut out),
                    Err(e) => s.resume_error(e, &mut out),
                };
                p = match next {
                    Ok(p) => p,
                    Err(e) => return (Err(e), out.text, max_size),
                };
            }
        }
    }
}

#[test]
fn dump_load_resume_equals_an_uninterrupted_run() {
    let (direct, direct_out, _) = run(false);
    let (via, via_out, size) = run(true);
    assert_eq!(
        direct_out,
        "ada 0 10\nada 1 30\nada 2 60\ncaught no such thing\n"
    );
    assert_eq!(via_out, direct_out);
    assert_eq!(via.unwrap(), direct.unwrap());
    eprintln!("largest snapshot of the run: {size} bytes");
    assert!(size > 0 && size < 64 * 1024, "snapshot size {size}");
}

/// The FNV-1a checksum of the envelope (documented format), to forge well-formed envelopes.
fn fnv(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Offset of the payload in an envelope: magic, format, version length and text, length, sum.
fn payload_start(bytes: &[u8]) -> usize {
    let vlen = u16::from_le_bytes([bytes[12], bytes[13]]) as usize;
    14 + vlen + 16
}

fn rewrap(bytes: &[u8], payload: &[u8]) -> Vec<u8> {
    let start = payload_start(bytes);
    let mut out = bytes[..start - 16].to_vec();
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&fnv(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

fn first_suspension() -> Vec<u8> {
    let script = Script::compile(SNIPPET, "acct.py", &[], &["fetch"]).unwrap();
    let mut out = CollectOutput::default();
    match script.start(vec![], &Limits::default(), &mut out).unwrap() {
        Progress::ExternalCall(s) | Progress::OsCall(s) => s.dump(),
        Progress::Complete(_) | Progress::Futures(_) => panic!("the snippet calls fetch"),
    }
}

#[test]
fn damaged_envelopes_are_refused() {
    let bytes = first_suspension();
    let limits = Limits::default();
    assert!(Suspended::load(&[], &limits).is_err());
    assert!(Suspended::load(b"not a snapshot at all", &limits).is_err());
    for cut in [1, 8, 13, 20, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            Suspended::load(&bytes[..cut], &limits).is_err(),
            "cut at {cut}"
        );
    }
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x40;
    let err = Suspended::load(&flipped, &limits).unwrap_err();
    assert!(err.message.contains("checksum"), "{err}");
    let mut other_format = bytes.clone();
    other_format[8] = 99;
    assert!(Suspended::load(&other_format, &limits).is_err());
}

/// Payload mutations behind a valid envelope: each load is refused or, if it passes
/// validation, resuming ends normally or with an error; no panic either way.
#[test]
fn hostile_payloads_never_panic() {
    let bytes = first_suspension();
    let payload = bytes[payload_start(&bytes)..].to_vec();
    let limits = Limits::default().max_steps(Some(100_000));
    let mut loaded = 0;
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..3000 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut p = payload.clone();
        let pos = (seed as usize) % p.len();
        match round % 4 {
            0 => p[pos] ^= 1 << ((seed >> 32) % 8),
            1 => p[pos] = (seed >> 40) as u8,
            2 => {
                p.truncate(pos);
            }
            _ => {
                p.insert(pos, (seed >> 24) as u8);
            }
        }
        if let Ok(s) = Suspended::load(&rewrap(&bytes, &p), &limits) {
            loaded += 1;
            let mut out = CollectOutput::default();
            let _ = s.resume(Object::from("x"), &mut out);
        }
    }
    eprintln!("{loaded} of 3000 mutated payloads passed validation");
    // Some single-byte changes land in strings and numbers and still validate.
    assert!(loaded > 0);
}
