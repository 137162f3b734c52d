//! The embedding API: compile once and run many with inputs; the trailing expression is the
//! result; external functions answered by a host (`run`, also from inside callbacks) or by
//! suspending and resuming (`start`); host errors raised in the snippet; values converted both
//! ways, cycles and opaque values included.

use terrarium::{CollectOutput, HostError, Limits, Object, Progress, RunError, Script, Suspended};

fn no_host(name: &str, _: Vec<Object>, _: Vec<(String, Object)>) -> Result<Object, HostError> {
    Err(HostError::new(
        "NameError",
        format!("no host function {name}"),
    ))
}

#[test]
fn compile_once_run_many_with_inputs() {
    let script = Script::compile(
        "total = sum(xs) * factor\nlabel = f'{name}: {total}'\nprint(label)\n{'total': total, 'label': label}\n",
        "snippet.py",
        &["xs", "factor", "name"],
        &[],
    )
    .unwrap();
    for (xs, factor, want) in [(vec![1, 2, 3], 2, 12), (vec![10], 5, 50)] {
        let mut out = CollectOutput::default();
        let inputs = vec![
            Object::List(xs.into_iter().map(Object::Int).collect()),
            Object::Int(factor),
            Object::from("sum"),
        ];
        let result = script
            .run(inputs, &Limits::default(), &mut no_host, &mut out)
            .unwrap();
        let label = format!("sum: {want}");
        assert_eq!(out.text, format!("{label}\n"));
        assert_eq!(
            result,
            Object::Dict(vec![
                (Object::from("total"), Object::Int(want)),
                (Object::from("label"), Object::Str(label)),
            ])
        );
    }
}

#[test]
fn no_trailing_expression_means_none() {
    let script = Script::compile("x = 1\n", "s.py", &[], &[]).unwrap();
    let mut out = CollectOutput::default();
    let r = script.run(vec![], &Limits::default(), &mut no_host, &mut out);
    assert_eq!(r.unwrap(), Object::None);
}

#[test]
fn wrong_number_of_inputs_is_a_usage_error() {
    let script = Script::compile("a + b\n", "s.py", &["a", "b"], &[]).unwrap();
    let mut out = CollectOutput::default();
    let r = script.run(
        vec![Object::Int(1)],
        &Limits::default(),
        &mut no_host,
        &mut out,
    );
    assert!(matches!(r, Err(RunError::Usage(_))), "{r:?}");
    // An unhashable dict key from the host is refused, not a crash.
    let bad = Object::Dict(vec![(Object::List(vec![]), Object::Int(1))]);
    let r = script.run(
        vec![bad, Object::Int(1)],
        &Limits::default(),
        &mut no_host,
        &mut out,
    );
    assert!(matches!(r, Err(RunError::Usage(_))), "{r:?}");
}

#[test]
fn host_answers_external_calls_everywhere_in_run_mode() {
    let src = "\
def by_weight(item):
    return weight(item)

items = sorted(['ccc', 'a', 'bb'], key=by_weight)
try:
    weight('boom')
except ValueError as e:
    caught = str(e)
(items, caught, scale(2, by=10))
";
    let script = Script::compile(src, "s.py", &[], &["weight", "scale"]).unwrap();
    let mut calls = Vec::new();
    let mut host = |name: &str, args: Vec<Object>, kwargs: Vec<(String, Object)>| {
        calls.push(name.to_string());
        match (name, args.as_slice()) {
            ("weight", [Object::Str(s)]) if s == "boom" => {
                Err(HostError::new("ValueError", "cannot weigh boom"))
            }
            ("weight", [Object::Str(s)]) => Ok(Object::Int(s.len() as i64)),
            ("scale", [Object::Int(x)]) => match kwargs.as_slice() {
                [(k, Object::Int(by))] if k == "by" => Ok(Object::Int(x * by)),
                _ => Err(HostError::new("TypeError", "scale() needs by=")),
            },
            _ => Err(HostError::new("TypeError", "unexpected call")),
        }
    };
    let mut out = CollectOutput::default();
    let result = script
        .run(vec![], &Limits::default(), &mut host, &mut out)
        .unwrap();
    assert_eq!(
        result,
        Object::Tuple(vec![
            Object::List(vec!["a".into(), "bb".into(), "ccc".into()]),
            Object::from("cannot weigh boom"),
            Object::Int(20),
        ])
    );
    assert_eq!(calls, ["weight", "weight", "weight", "weight", "scale"]);
}

/// Drives a started run, answering each call with `answer`.
fn drive(
    mut p: Progress,
    out: &mut CollectOutput,
    mut answer: impl FnMut(&Suspended) -> Result<Object, HostError>,
) -> Result<Object, RunError> {
    loop {
        match p {
            Progress::Complete(obj) => return Ok(obj),
            Progress::Futures(s) => panic!("unexpected futures {:?}", s.futures()),
            Progress::ExternalCall(s) | Progress::OsCall(s) => {
                p = match answer(&s) {
                    Ok(v) => s.resume(v, out)?,
                    Err(e) => s.resume_error(e, out)?,
                };
            }
        }
    }
}

#[test]
fn start_suspends_at_each_external_call_and_resumes() {
    let src = "\
print('fetching')
a = fetch('a', retries=2)
print('got', a)
try:
    fetch('missing')
except KeyError as e:
    print('missing:', e)
[a, fetch('b')]
";
    let script = Script::compile(src, "s.py", &[], &["fetch"]).unwrap();
    let mut out = CollectOutput::default();
    let p = script.start(vec![], &Limits::default(), &mut out).unwrap();
    let Progress::ExternalCall(s) = &p else {
        panic!("expected a call, got {p:?}");
    };
    assert_eq!(out.text, "fetching\n");
    assert_eq!(s.call().name, "fetch");
    assert_eq!(s.call().args, vec![Object::from("a")]);
    assert_eq!(
        s.call().kwargs,
        vec![("retries".to_string(), Object::Int(2))]
    );
    let mut seen = Vec::new();
    let result = drive(p, &mut out, |s| {
        let key = match s.call().args.first() {
            Some(Object::Str(k)) => k.clone(),
            _ => String::new(),
        };
        seen.push(key.clone());
        if key == "missing" {
            Err(HostError::new("KeyError", "missing"))
        } else {
            Ok(Object::Str(key.to_uppercase()))
        }
    })
    .unwrap();
    assert_eq!(seen, ["a", "missing", "b"]);
    assert_eq!(result, Object::List(vec!["A".into(), "B".into()]));
    assert_eq!(out.text, "fetching\ngot A\nmissing: 'missing'\n");
}

#[test]
fn uncaught_host_error_and_calls_inside_callbacks_in_start_mode() {
    let script = Script::compile("fetch(1)\n", "s.py", &[], &["fetch"]).unwrap();
    let mut out = CollectOutput::default();
    let p = script.start(vec![], &Limits::default(), &mut out).unwrap();
    let r = drive(p, &mut out, |_| {
        Err(HostError::new("PermissionError", "denied"))
    });
    match r {
        Err(RunError::Exception(e)) => assert_eq!(e.summary(), "PermissionError: denied"),
        other => panic!("{other:?}"),
    }
    // A call made while a builtin runs Python code cannot suspend: a clear RuntimeError.
    let script = Script::compile(
        "sorted([2, 1], key=lambda x: fetch(x))\n",
        "s.py",
        &[],
        &["fetch"],
    )
    .unwrap();
    let r = script.start(vec![], &Limits::default(), &mut out);
    match r {
        Err(RunError::Exception(e)) => {
            assert!(
                e.summary()
                    .starts_with("RuntimeError: external function 'fetch'"),
                "{}",
                e.summary()
            )
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn results_with_cycles_and_opaque_values() {
    let src = "\
class P:
    def __repr__(self):
        return 'P()'
l = [1, 2.5, None, True, b'x', 10**30, frozenset({3})]
l.append(l)
(l, P(), {1, 2} - {1})
";
    let script = Script::compile(src, "s.py", &[], &[]).unwrap();
    let mut out = CollectOutput::default();
    let r = script
        .run(vec![], &Limits::default(), &mut no_host, &mut out)
        .unwrap();
    let big: num_bigint::BigInt = "1000000000000000000000000000000".parse().unwrap();
    assert_eq!(
        r,
        Object::Tuple(vec![
            Object::List(vec![
                Object::Int(1),
                Object::Float(2.5),
                Object::None,
                Object::Bool(true),
                Object::Bytes(b"x".to_vec()),
                Object::BigInt(big),
                Object::FrozenSet(vec![Object::Int(3)]),
                Object::Repr {
                    type_name: "list".into(),
                    repr: "...".into()
                },
            ]),
            Object::Repr {
                type_name: "P".into(),
                repr: "P()".into()
            },
            Object::Set(vec![Object::Int(2)]),
        ])
    );
}

#[test]
fn limits_stop_started_and_resumed_runs() {
    let script = Script::compile(
        "x = fetch()\nwhile True:\n    x += 1\n",
        "s.py",
        &[],
        &["fetch"],
    )
    .unwrap();
    let limits = Limits::default().max_steps(Some(50_000));
    let mut out = CollectOutput::default();
    let p = script.start(vec![], &limits, &mut out).unwrap();
    let r = drive(p, &mut out, |_| Ok(Object::Int(0)));
    assert!(matches!(r, Err(RunError::Limit(_))), "{r:?}");
}
