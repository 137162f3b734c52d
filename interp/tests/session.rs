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
