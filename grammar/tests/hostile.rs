//! Hostile and huge inputs: every one must parse or give a SyntaxError, on a thread with a
//! 1 MiB stack, without crashing.

use terrarium_grammar::parse_module;

fn on_small_stack(src: String) -> Result<(), String> {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || match parse_module(&src) {
            Ok(m) => {
                // Dumping and dropping the deepest tree must fit the small stack too.
                let _ = terrarium_grammar::dump(&m);
                drop(m);
                Ok(())
            }
            Err(e) => Err(e.message),
        })
        .expect("thread starts")
        .join()
        .expect("no panic")
}

fn assert_parses_or_syntax_error(name: &str, src: String) {
    let r = on_small_stack(src);
    if let Err(msg) = &r {
        assert!(!msg.contains("internal"), "{name}: {msg}");
    }
}

#[test]
fn long_operator_chains() {
    assert_parses_or_syntax_error("binop", format!("x = {}\n", vec!["1"; 200_000].join("+")));
    assert_parses_or_syntax_error("pow", format!("x = {}\n", vec!["2"; 100_000].join("**")));
    assert_parses_or_syntax_error("compare", format!("x = {}\n", vec!["a"; 100_000].join("<")));
    assert_parses_or_syntax_error("or", format!("x = {}\n", vec!["a"; 100_000].join(" or ")));
}

#[test]
fn long_prefix_and_trailer_runs() {
    assert_parses_or_syntax_error("not", format!("x = {}y\n", "not ".repeat(100_000)));
    assert_parses_or_syntax_error("neg", format!("x = {}y\n", "-".repeat(200_000)));
    assert_parses_or_syntax_error("attr", format!("x{}\n", ".a".repeat(200_000)));
    assert_parses_or_syntax_error("index", format!("x{}\n", "[0]".repeat(100_000)));
    assert_parses_or_syntax_error("call", format!("f{}\n", "()".repeat(100_000)));
}

#[test]
fn nesting() {
    for n in [50, 199, 200, 201, 100_000] {
        assert_parses_or_syntax_error(
            "parens",
            format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        );
        assert_parses_or_syntax_error(
            "lists",
            format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n)),
        );
    }
    assert_parses_or_syntax_error("lambda", format!("f = {}0\n", "lambda: ".repeat(50_000)));
    assert_parses_or_syntax_error("ifexp", format!("x = 1{}\n", " if a else 1".repeat(50_000)));
    let mut deep = String::new();
    for i in 0..150 {
        deep.push_str(&" ".repeat(i));
        deep.push_str("if x:\n");
    }
    deep.push_str(&" ".repeat(150));
    deep.push_str("pass\n");
    assert_parses_or_syntax_error("indent", deep);
}

#[test]
fn deep_but_bounded_trees() {
    // Just under and over the depth bound, in every recursive shape the lowering builds.
    for n in [300, 999, 1000, 1001, 5000] {
        assert_parses_or_syntax_error("sum", format!("x = {}\n", vec!["1"; n].join("+")));
        assert_parses_or_syntax_error("calls", format!("x = f{}\n", "(1)".repeat(n)));
        assert_parses_or_syntax_error("await", format!("x = {}y\n", "await ".repeat(n)));
        assert_parses_or_syntax_error("invert", format!("x = {}y\n", "~".repeat(n)));
        assert_parses_or_syntax_error("lambda", format!("x = {}0\n", "lambda: ".repeat(n)));
    }
    let mut f = String::from("x");
    for _ in 0..30 {
        f = format!("f'{{{f}}}'");
    }
    assert_parses_or_syntax_error("nested f-strings", format!("y = {f}\n"));
    assert_parses_or_syntax_error(
        "f-string brackets",
        format!("y = f'{{{}1{}}}'\n", "(".repeat(300), ")".repeat(300)),
    );
    assert_parses_or_syntax_error(
        "decorators",
        format!("{}def f(): pass\n", "@d\n".repeat(100_000)),
    );
}

#[test]
fn hostile_tokens() {
    assert_parses_or_syntax_error("control", "x = \u{1}\n".to_string());
    assert_parses_or_syntax_error("nul", "x = 1\0\n".to_string());
    assert_parses_or_syntax_error("lone quote", "'".repeat(100_001));
    assert_parses_or_syntax_error("braces", "{".repeat(100_000));
    assert_parses_or_syntax_error("closers", ")".repeat(100_000));
    assert_parses_or_syntax_error("tabs", format!("if x:\n{}pass\n", "\t".repeat(100_000)));
    assert_parses_or_syntax_error("backslashes", "\\\n".repeat(100_000));
    assert_parses_or_syntax_error("commas", format!("x = ({})\n", ",".repeat(100_000)));
    assert_parses_or_syntax_error("string concat", format!("x = {}\n", "'a' ".repeat(100_000)));
    assert_parses_or_syntax_error(
        "f-string fields",
        format!("x = f'{}'\n", "{a}".repeat(100_000)),
    );
}

#[test]
fn huge_but_flat_inputs() {
    assert_parses_or_syntax_error("string", format!("s = '{}'\n", "a".repeat(1_000_000)));
    assert_parses_or_syntax_error("statements", "x = 1\n".repeat(100_000));
    assert_parses_or_syntax_error("list", format!("x = [{}]\n", vec!["1"; 100_000].join(",")));
}

/// Nesting that real programs use parses on the CLI's main-thread sized stack.
#[test]
fn reasonable_nesting_parses() {
    let big_stack = |src: String| {
        std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || parse_module(&src).map(drop).map_err(|e| e.message))
            .expect("thread starts")
            .join()
            .expect("no panic")
    };
    let src = format!("x = {}1{}\n", "(".repeat(100), ")".repeat(100));
    assert_eq!(big_stack(src), Ok(()));
    let src = format!("x = {}\n", vec!["1"; 300].join("+"));
    assert_eq!(big_stack(src), Ok(()));
}
