//! Sessions: globals, functions, classes and imports persist between inputs; an error ends
//! only its own input; interactive inputs echo values and bind `_`; limits apply per input.
//! Expected outputs recorded from CPython 3.13 (`python3 -S -i` on the same inputs).

use terrarium::{CollectOutput, Limits, RunError, Session};

fn feed(s: &mut Session, src: &str) -> (String, Option<RunError>) {
    let mut out = CollectOutput::default();
    let r = s.feed(src, "<stdin>", true, &mut out);
    (out.text, r.err())
}

#[test]
fn definitions_persist_between_inputs() {
    let mut s = Session::new(&Limits::default()).unwrap();
    assert_eq!(feed(&mut s, "import math\nclass P:\n    k = 2\n").0, "");
    assert_eq!(
        feed(&mut s, "def area(r):\n    return P.k * math.pi * r\n").0,
        ""
    );
    assert_eq!(feed(&mut s, "area(1)\n").0, "6.283185307179586\n");
    assert_eq!(feed(&mut s, "_ * 2\n").0, "12.566370614359172\n");
    assert_eq!(feed(&mut s, "total = sum(range(10))\ntotal\n").0, "45\n");
    assert_eq!(feed(&mut s, "None\nprint(total)\n").0, "45\n");
}

#[test]
fn an_error_ends_only_its_input() {
    let mut s = Session::new(&Limits::default()).unwrap();
    feed(&mut s, "x = 1\n");
    let (out, err) = feed(&mut s, "print('before')\nx = 2\n1 / 0\nx = 3\n");
    assert_eq!(out, "before\n");
    assert!(matches!(err, Some(RunError::Exception(_))));
    let (_, err) = feed(&mut s, "x = (\n");
    assert!(matches!(err, Some(RunError::Syntax(_))));
    assert_eq!(feed(&mut s, "x\n").0, "2\n");
}

#[test]
fn limits_apply_to_each_input() {
    let limits = Limits::default().max_steps(Some(10_000));
    let mut s = Session::new(&limits).unwrap();
    let (_, err) = feed(&mut s, "while True:\n    pass\n");
    assert!(matches!(err, Some(RunError::Limit(_))), "{err:?}");
    // A fresh budget for the next input.
    assert_eq!(feed(&mut s, "sum(range(100))\n").0, "4950\n");
}

#[test]
fn inputs_call_the_session_host_also_from_callbacks() {
    let mut s = Session::new(&Limits::default()).unwrap();
    s.declare_external("rank").unwrap();
    s.set_host(Box::new(
        |_: &str, args: Vec<terrarium::Object>, _: Vec<(String, terrarium::Object)>| match args
            .first()
        {
            Some(terrarium::Object::Str(w)) => Ok(terrarium::Object::Int(-(w.len() as i64))),
            _ => Err(terrarium::HostError::new(
                "TypeError",
                "rank() wants a word",
            )),
        },
    ));
    assert_eq!(feed(&mut s, "rank('abc')\n").0, "-3\n");
    assert_eq!(
        feed(&mut s, "sorted(['a', 'ccc', 'bb'], key=rank)\n").0,
        "['ccc', 'bb', 'a']\n"
    );
    let (out, err) = feed(
        &mut s,
        "try:\n    rank(1)\nexcept TypeError as e:\n    print(e)\n",
    );
    assert_eq!(
        (out.as_str(), err.is_none()),
        ("rank() wants a word\n", true)
    );
}

#[test]
fn without_a_host_an_external_call_raises() {
    let mut s = Session::new(&Limits::default()).unwrap();
    s.declare_external("ask").unwrap();
    let (_, err) = feed(&mut s, "ask()\n");
    match err {
        Some(RunError::Exception(e)) => assert_eq!(
            e.summary(),
            "RuntimeError: external function 'ask' has no host to answer it"
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_idle_session_dumps_and_loads() {
    let mut s = Session::new(&Limits::default()).unwrap();
    s.declare_external("ext").unwrap();
    feed(
        &mut s,
        "import math\nclass P:\n    def __init__(self, r):\n        self.r = r\n",
    );
    feed(
        &mut s,
        "items = [P(i) for i in range(4)]\ndef area(p):\n    return round(math.pi * p.r ** 2, 2)\n",
    );
    feed(&mut s, "seen = {'a': [1, 2]}\nseen['b'] = seen['a']\n");
    let bytes = s.dump();
    let mut t = Session::load(&bytes, &Limits::default()).unwrap();
    assert_eq!(
        feed(&mut t, "[area(p) for p in items]\n").0,
        "[0.0, 3.14, 12.57, 28.27]\n"
    );
    assert_eq!(
        feed(&mut t, "seen['b'] is seen['a'], ext\n").0,
        "(True, <built-in function ext>)\n"
    );
    // The original goes on independently.
    assert_eq!(feed(&mut s, "len(items)\n").0, "4\n");
    // Damaged bytes and run snapshots are refused.
    let mut bad = bytes.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    assert!(Session::load(&bad, &Limits::default()).is_err());
    assert!(Session::load(&bytes[..bytes.len() / 2], &Limits::default()).is_err());
}
