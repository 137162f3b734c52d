//! Host futures: async external functions awaited under `asyncio`. In a `start()` run the
//! calls pile up as pending futures and the run suspends once, with all of them, when the event
//! loop has nothing else to do (`Progress::Futures`); the host resolves any subset by id, and
//! the tasks waiting on them run on. `run()` with a synchronous host answers at the call. A
//! run waiting on futures survives dump/load.

use terrarium::{
    CollectOutput, ExternalCall, HostError, Limits, Object, Progress, RunError, Script, Suspended,
};

const GATHER: &str = "\
import asyncio

async def price(item):
    print('asking for', item)
    p = await fetch(item)
    print('got', item, p)
    return p

async def main():
    results = await asyncio.gather(price('apple'), price('pear'), fetch('plum'),
                                   return_exceptions=True)
    total = sum(r for r in results if isinstance(r, int))
    errors = [str(r) for r in results if isinstance(r, Exception)]
    return total, errors

asyncio.run(main())
";

fn script(src: &str) -> Script {
    Script::compile_with_async(src, "s.py", &[], &["lookup"], &["fetch"]).unwrap()
}

fn answer(call: &ExternalCall) -> Result<Object, HostError> {
    match call.args.first() {
        Some(Object::Str(s)) if s == "apple" => Ok(Object::Int(3)),
        Some(Object::Str(s)) if s == "pear" => Ok(Object::Int(5)),
        Some(Object::Str(s)) => Err(HostError::new("KeyError", s.clone())),
        _ => Err(HostError::new("TypeError", "bad call")),
    }
}

fn expect_futures(p: Progress) -> Suspended {
    match p {
        Progress::Futures(s) => s,
        other => panic!("expected host futures, got {other:?}"),
    }
}

#[test]
fn gather_suspends_once_with_every_pending_call() {
    let s = script(GATHER);
    let mut out = CollectOutput::default();
    let p = s.start(vec![], &Limits::default(), &mut out).unwrap();
    let susp = expect_futures(p);
    assert_eq!(out.text, "asking for apple\nasking for pear\n");
    let calls = susp.futures().to_vec();
    let names: Vec<(u32, &str, Object)> = calls
        .iter()
        .map(|c| (c.id, c.name.as_str(), c.args[0].clone()))
        .collect();
    assert_eq!(
        names,
        [
            (0, "fetch", Object::from("plum")),
            (1, "fetch", Object::from("apple")),
            (2, "fetch", Object::from("pear")),
        ]
    );
    assert!(calls.iter().all(|c| c.is_async));
    assert_eq!(susp.call().name, "", "no single external call is pending");
    // Answer all three at once, in another order than asked.
    let answers = calls.iter().rev().map(|c| (c.id, answer(c))).collect();
    let p = susp.resume_futures(answers, &mut out).unwrap();
    let Progress::Complete(result) = p else {
        panic!("expected the end, got {p:?}");
    };
    assert_eq!(
        result,
        Object::Tuple(vec![
            Object::Int(8),
            Object::List(vec![Object::from("'plum'")]),
        ])
    );
    assert_eq!(
        out.text,
        "asking for apple\nasking for pear\ngot apple 3\ngot pear 5\n"
    );
}

#[test]
fn futures_resolved_a_few_at_a_time_and_through_dump_load() {
    for via_bytes in [false, true] {
        let s = script(GATHER);
        let mut out = CollectOutput::default();
        let mut p = s.start(vec![], &Limits::default(), &mut out).unwrap();
        let mut rounds = Vec::new();
        let result = loop {
            let susp = match p {
                Progress::Complete(obj) => break obj,
                Progress::Futures(s) => s,
                other => panic!("unexpected {other:?}"),
            };
            let susp = if via_bytes {
                Suspended::load(&susp.dump(), &Limits::default()).unwrap()
            } else {
                susp
            };
            let pending: Vec<u32> = susp.futures().iter().map(|c| c.id).collect();
            rounds.push(pending.clone());
            // One answer per round: the newest call first.
            let last = susp.futures().last().unwrap().clone();
            p = susp
                .resume_futures(vec![(last.id, answer(&last))], &mut out)
                .unwrap();
        };
        assert_eq!(rounds, [vec![0, 1, 2], vec![0, 1], vec![0]]);
        assert_eq!(
            result,
            Object::Tuple(vec![
                Object::Int(8),
                Object::List(vec![Object::from("'plum'")]),
            ])
        );
        assert_eq!(
            out.text,
            "asking for apple\nasking for pear\ngot pear 5\ngot apple 3\n"
        );
    }
}

#[test]
fn run_mode_host_answers_async_calls_at_the_call() {
    let s = script(GATHER);
    let mut out = CollectOutput::default();
    let mut asked = Vec::new();
    let mut host = |name: &str, args: Vec<Object>, _kw: Vec<(String, Object)>| {
        asked.push(format!("{name}{args:?}"));
        answer(&ExternalCall {
            id: 0,
            is_async: true,
            name: name.to_string(),
            args,
            kwargs: Vec::new(),
        })
    };
    let result = s
        .run(vec![], &Limits::default(), &mut host, &mut out)
        .unwrap();
    assert_eq!(
        result,
        Object::Tuple(vec![
            Object::Int(8),
            Object::List(vec![Object::from("'plum'")]),
        ])
    );
    assert_eq!(asked.len(), 3);
    assert_eq!(
        out.text,
        "asking for apple\ngot apple 3\nasking for pear\ngot pear 5\n"
    );
}

#[test]
fn sync_external_calls_inside_coroutines_suspend() {
    // The event loop steps tasks with coro.send(): the task's frame is on the frame stack, so
    // a plain external call inside a coroutine suspends the run like one at top level.
    let src = "\
import asyncio

async def worker(n):
    await asyncio.sleep(n)
    try:
        return lookup(n)
    except KeyError as e:
        return 'missing ' + str(e)

async def main():
    return await asyncio.gather(worker(2), worker(1), worker(3))

asyncio.run(main())
";
    let s = script(src);
    let mut out = CollectOutput::default();
    let mut p = s.start(vec![], &Limits::default(), &mut out).unwrap();
    let mut asked = Vec::new();
    let result = loop {
        let susp = match p {
            Progress::Complete(obj) => break obj,
            Progress::ExternalCall(s) => s,
            other => panic!("unexpected {other:?}"),
        };
        let susp = Suspended::load(&susp.dump(), &Limits::default()).unwrap();
        let n = match susp.call().args[0] {
            Object::Int(n) => n,
            _ => panic!("an int argument"),
        };
        asked.push(n);
        p = if n == 3 {
            susp.resume_error(HostError::new("KeyError", "three"), &mut out)
        } else {
            susp.resume(Object::Int(n * 10), &mut out)
        }
        .unwrap();
    };
    assert_eq!(asked, [1, 2, 3]);
    assert_eq!(
        result,
        Object::List(vec![
            Object::Int(20),
            Object::Int(10),
            Object::from("missing 'three'"),
        ])
    );
}

#[test]
fn errors_cancellation_and_misuse() {
    let src = "\
import asyncio

async def main():
    try:
        await fetch('nothing')
    except KeyError as e:
        print('caught', e)
    slow = asyncio.create_task(fetch('apple'))
    await asyncio.sleep(0)
    slow.cancel()
    try:
        await slow
    except asyncio.CancelledError:
        print('cancelled')
    return await asyncio.wait_for(fetch('pear'), 10)

asyncio.run(main())
";
    let s = script(src);
    let mut out = CollectOutput::default();
    let p = s.start(vec![], &Limits::default(), &mut out).unwrap();
    let susp = expect_futures(p);
    assert_eq!(susp.futures().len(), 1);
    let first = susp.futures()[0].clone();
    // Misuse is a usage error.
    let bytes = susp.dump();
    match susp.resume(Object::None, &mut out) {
        Err(RunError::Usage(m)) => assert!(m.contains("resume_futures"), "{m}"),
        other => panic!("{other:?}"),
    }
    for bad in [
        vec![],
        vec![(99, Ok(Object::None))],
        vec![(0, Ok(Object::None)); 2],
    ] {
        let susp = Suspended::load(&bytes, &Limits::default()).unwrap();
        assert!(matches!(
            susp.resume_futures(bad, &mut out),
            Err(RunError::Usage(_))
        ));
    }
    let susp = Suspended::load(&bytes, &Limits::default()).unwrap();
    let p = susp
        .resume_futures(vec![(first.id, answer(&first))], &mut out)
        .unwrap();
    // The cancelled task's call stays pending, but nobody waits for it any more.
    let susp = expect_futures(p);
    let ids: Vec<(u32, Object)> = susp
        .futures()
        .iter()
        .map(|c| (c.id, c.args[0].clone()))
        .collect();
    assert_eq!(ids, [(1, Object::from("apple")), (2, Object::from("pear"))]);
    let p = susp
        .resume_futures(vec![(2, Ok(Object::Int(5)))], &mut out)
        .unwrap();
    let Progress::Complete(result) = p else {
        panic!("expected the end, got {p:?}");
    };
    assert_eq!(result, Object::Int(5));
    assert_eq!(out.text, "caught 'nothing'\ncancelled\n");
}

#[test]
fn an_uncaught_host_error_has_the_await_line() {
    let src = "\
import asyncio

async def main():
    return await fetch('nothing')

asyncio.run(main())
";
    let s = script(src);
    let mut out = CollectOutput::default();
    let susp = expect_futures(s.start(vec![], &Limits::default(), &mut out).unwrap());
    let call = susp.futures()[0].clone();
    match susp.resume_futures(vec![(call.id, answer(&call))], &mut out) {
        Err(RunError::Exception(e)) => {
            assert_eq!(e.summary(), "KeyError: 'nothing'");
            let text = e.render(&|f| (f == "s.py").then(|| src.to_string()));
            assert!(
                text.contains("line 4, in main\n    return await fetch('nothing')"),
                "{text}"
            );
        }
        other => panic!("{other:?}"),
    }
}
