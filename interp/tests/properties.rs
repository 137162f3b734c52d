//! Properties over generated programs: (1) under any limits a program completes, raises, or
//! stops with a limit error — the one it ran into — and never panics or reports an internal
//! error; (2) a run suspended at external calls and carried through dump/load at every
//! suspension ends exactly as the same run resumed directly.

use proptest::prelude::*;
use terrarium::{CollectOutput, LimitKind, Limits, Object, Progress, RunError, Script, Suspended};

/// One statement of a generated program; `n` scales its work.
fn statement() -> impl Strategy<Value = String> {
    let n = 0u32..3000;
    prop_oneof![
        n.clone().prop_map(|n| format!("acc = [j * 3 for j in range({n})]\n")),
        n.clone().prop_map(|n| format!("s = 'ab' * {n}\nt = s.upper().count('A')\n")),
        n.clone().prop_map(|n| format!("k = 0\nwhile k < {n}:\n    k += 1\n")),
        n.clone().prop_map(|n| format!("d = {{str(j): j for j in range({n})}}\nv = sum(d.values())\n")),
        n.clone().prop_map(|n| format!("def f(m):\n    return f(m - 1) + 1 if m else 0\ntry:\n    r = f({n})\nexcept RecursionError:\n    r = -1\n")),
        n.clone().prop_map(|n| format!("x = ext({n})\nprint('ext', x)\n")),
        n.clone().prop_map(|n| format!("big = 'z' * ({n} * 10000)\nprint(len(big))\n")),
        n.clone().prop_map(|n| format!("g = (i * i for i in range({n}))\nprint(sum(g))\n")),
        n.clone().prop_map(|n| format!("l = sorted(range({n}), key=lambda q: -q)[:3]\nprint(l)\n")),
        n.clone().prop_map(|n| format!("try:\n    1 / ({n} % 2)\nexcept ZeroDivisionError as e:\n    print('zero', e)\n")),
        n.prop_map(|n| format!("import asyncio\nasync def w(i):\n    await asyncio.sleep(i % 3)\n    return await aext(i) + ext(i)\nasync def m():\n    return await asyncio.gather(*[w(i) for i in range({})])\nprint(asyncio.run(m()))\n", n % 6)),
        Just("print(2 ** 200 % 1000007)\n".to_string()),
        Just("class C:\n    def __init__(self, v):\n        self.v = v\nobjs = [C(i) for i in range(50)]\n".to_string()),
    ]
}

fn program() -> impl Strategy<Value = String> {
    prop::collection::vec(statement(), 1..8).prop_map(|v| v.concat())
}

fn limits() -> impl Strategy<Value = Limits> {
    (1u64..16, 1_000u64..300_000, 10u32..200).prop_map(|(mb, steps, depth)| {
        Limits::default()
            .max_memory(Some(mb * 1024 * 1024))
            .max_steps(Some(steps))
            .max_recursion_depth(Some(depth))
            .max_duration(None)
    })
}

/// Drives a run to its end, answering each external call with its first argument plus one;
/// optionally through dump/load at every suspension.
fn drive(script: &Script, limits: &Limits, via_bytes: bool) -> (Result<Object, String>, String) {
    let mut out = CollectOutput::default();
    let mut p = match script.start(vec![], limits, &mut out) {
        Ok(p) => p,
        Err(e) => return (Err(e.to_string()), out.text),
    };
    loop {
        let s = match p {
            Progress::Complete(obj) => return (Ok(obj), out.text),
            Progress::ExternalCall(s) | Progress::OsCall(s) | Progress::Futures(s) => s,
        };
        let s = if via_bytes {
            Suspended::load(&s.dump(), limits).expect("a snapshot of our own loads")
        } else {
            s
        };
        if !s.futures().is_empty() {
            // Resolve every other pending call, the oldest at least.
            let answers = s
                .futures()
                .iter()
                .step_by(2)
                .map(|c| match c.args.first() {
                    Some(Object::Int(i)) => (c.id, Ok(Object::Int(i + 1))),
                    _ => (c.id, Ok(Object::None)),
                })
                .collect();
            p = match s.resume_futures(answers, &mut out) {
                Ok(p) => p,
                Err(e) => return (Err(e.to_string()), out.text),
            };
            continue;
        }
        let answer = match s.call().args.first() {
            Some(Object::Int(i)) => Object::Int(i + 1),
            _ => Object::None,
        };
        p = match s.resume(answer, &mut out) {
            Ok(p) => p,
            Err(e) => return (Err(e.to_string()), out.text),
        };
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn any_program_ends_cleanly_within_its_limits(src in program(), limits in limits()) {
        let script = Script::compile_with_async(&src, "gen.py", &[], &["ext"], &["aext"]).expect("generated programs compile");
        let mut host = |_: &str, args: Vec<Object>, _: Vec<(String, Object)>| {
            Ok(args.into_iter().next().unwrap_or(Object::None))
        };
        let mut out = CollectOutput::default();
        match script.run(vec![], &limits, &mut host, &mut out) {
            Ok(_) | Err(RunError::Exception(_)) => {}
            Err(RunError::Limit(l)) => {
                // The error names a limit that was set, with the value it was set to.
                let set = match l.kind {
                    LimitKind::Memory => limits.max_memory,
                    LimitKind::Steps => limits.max_steps,
                    _ => None,
                };
                prop_assert_eq!(set, Some(l.limit), "limit {:?} for\n{}", l, src);
            }
            Err(other) => prop_assert!(false, "{:?} for\n{}", other, src),
        }
    }

    #[test]
    fn dump_load_resume_equals_direct_resume(src in program(), limits in limits()) {
        let script = Script::compile_with_async(&src, "gen.py", &[], &["ext"], &["aext"]).expect("generated programs compile");
        let direct = drive(&script, &limits, false);
        let via = drive(&script, &limits, true);
        prop_assert_eq!(direct, via, "program:\n{}", src);
    }
}
