//! AST parity without CPython: each program of `tests/samples/*.py` (programs are separated by
//! `# ---` lines) is parsed and dumped, and must equal the line CPython 3.13 printed for it,
//! recorded in `tests/snapshots/ast__<name>.snap` by `cargo xtask record-ast`. Syntax errors
//! compare as `Type: message (line L, column C)`. This test only reads snapshots.

use std::path::{Path, PathBuf};

/// Programs where Terrarium knowingly differs from CPython: (sample, program index from 0,
/// why). Each must still differ: one that starts passing fails the test until removed here.
const KNOWN_DIFFERENCES: &[(&str, usize, &str)] = &[
    (
        "errors",
        20,
        "iterable unpacking after **: CPython points at the comma before it",
    ),
    (
        "errors",
        29,
        "duplicate parameters: CPython's symtable rejects them, Terrarium already in the parser",
    ),
    (
        "errors",
        52,
        "an unparenthesised generator as the only class base is not rejected",
    ),
    (
        "errors",
        53,
        "no \"':' expected after dictionary key\" message",
    ),
    (
        "errors",
        61,
        "\\N{...} escapes are not supported (no Unicode name table)",
    ),
    (
        "errors",
        72,
        "assignment to __debug__: CPython's compiler rejects it, Terrarium already in the parser",
    ),
    ("errors", 79, "no \"Invalid star expression\" message"),
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The programs of a sample, split exactly as the recorder splits them.
fn programs(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split("\n# ---\n").collect();
    let last = parts.len() - 1;
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if i < last {
                format!("{p}\n")
            } else {
                p.to_string()
            }
        })
        .collect()
}

/// The recorded lines of a snapshot (after its `---` header).
fn expected(snapshot: &str) -> Vec<String> {
    let body = snapshot
        .splitn(3, "---\n")
        .nth(2)
        .unwrap_or_default()
        .trim_end_matches('\n');
    body.lines().map(str::to_string).collect()
}

fn ours(src: &str) -> String {
    match terrarium_grammar::parse_module(src) {
        Ok(m) => terrarium_grammar::dump_with_source(&m, src),
        Err(e) => e.to_string(),
    }
}

#[test]
fn samples_match_cpython() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir().join("samples"))
        .expect("samples dir")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let (mut failures, mut total) = (Vec::new(), 0);
    for path in &names {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy();
        let text = std::fs::read_to_string(path).expect("sample");
        let snap_path = dir().join(format!("snapshots/ast__{stem}.snap"));
        let snap = std::fs::read_to_string(&snap_path)
            .unwrap_or_else(|_| panic!("{}: run `cargo xtask record-ast`", snap_path.display()));
        let progs = programs(&text);
        let want = expected(&snap);
        assert_eq!(
            progs.len(),
            want.len(),
            "{stem}: the snapshot is stale: run `cargo xtask record-ast`"
        );
        for (i, (src, want)) in progs.iter().zip(&want).enumerate() {
            total += 1;
            let got = ours(src);
            let known = KNOWN_DIFFERENCES
                .iter()
                .find(|(s, n, _)| *s == stem && *n == i);
            match (got == *want, known) {
                (true, None) | (false, Some(_)) => {}
                (true, Some((_, _, why))) => failures.push(format!(
                    "{stem}[{i}] now matches CPython: remove it from KNOWN_DIFFERENCES ({why})"
                )),
                (false, None) => failures.push(format!(
                    "{stem}[{i}]:\n  source:  {src:?}\n  ours:    {got}\n  CPython: {want}"
                )),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {total} programs differ from CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
