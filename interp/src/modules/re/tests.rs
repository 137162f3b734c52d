//! Parser and matcher unit tests; expected values recorded from CPython 3.13.

use super::exec::{search, Subject};
use super::parse::parse;
use super::program;

/// `re.search(pattern, text)` spans of every group (None for unset), or None.
fn spans(pattern: &str, text: &str, flags: u32) -> Option<Vec<Option<(usize, usize)>>> {
    let prog = program(pattern, flags).expect("pattern compiles");
    let subj = Subject::Wide(text.chars().collect());
    let mut budget = |_: u64, _: usize| Ok(());
    let found = search(&prog, &subj, 0, false, false, false, &mut budget).expect("no limit");
    found.map(|f| {
        f.slots
            .chunks(2)
            .map(|p| (p[0] != usize::MAX).then_some((p[0], p[1])))
            .collect()
    })
}

fn error(pattern: &str) -> String {
    match parse(pattern, 0) {
        Ok(_) => "ok".into(),
        Err(e) => match e.pos {
            Some(p) => format!("{} at position {p}", e.msg),
            None => e.msg,
        },
    }
}
#[test]
fn search_spans_match_cpython() {
    assert_eq!(
        spans("(a*)*b", "aaab", 0),
        Some(vec![Some((0, 4)), Some((3, 3))]),
        "{}",
        "(a*)*b"
    );
    assert_eq!(
        spans("(a|)*", "b", 0),
        Some(vec![Some((0, 0)), Some((0, 0))]),
        "{}",
        "(a|)*"
    );
    assert_eq!(
        spans("(?:(a)|b)+", "ab", 0),
        Some(vec![Some((0, 2)), Some((0, 1))]),
        "{}",
        "(?:(a)|b)+"
    );
    assert_eq!(
        spans("(a+)+$", "aaa", 0),
        Some(vec![Some((0, 3)), Some((0, 3))]),
        "{}",
        "(a+)+$"
    );
    assert_eq!(spans("x*", "axxb", 0), Some(vec![Some((0, 0))]), "{}", "x*");
    assert_eq!(
        spans("(?<=ab)c", "abc", 0),
        Some(vec![Some((2, 3))]),
        "{}",
        "(?<=ab)c"
    );
    assert_eq!(
        spans("(?<!a)b", "abcb", 0),
        Some(vec![Some((3, 4))]),
        "{}",
        "(?<!a)b"
    );
    assert_eq!(
        spans("a(?=b)", "acab", 0),
        Some(vec![Some((2, 3))]),
        "{}",
        "a(?=b)"
    );
    assert_eq!(
        spans("a(?!b)", "abac", 0),
        Some(vec![Some((2, 3))]),
        "{}",
        "a(?!b)"
    );
    assert_eq!(
        spans("(\\w+)\\s\\1", "hey hey you", 0),
        Some(vec![Some((0, 7)), Some((0, 3))]),
        "{}",
        "(\\w+)\\s\\1"
    );
    assert_eq!(
        spans("(?i)straße", "STRASSE straße", 0),
        Some(vec![Some((8, 14))]),
        "{}",
        "(?i)straße"
    );
    assert_eq!(
        spans("[^a-c]+", "abcdefa", 0),
        Some(vec![Some((3, 6))]),
        "{}",
        "[^a-c]+"
    );
    assert_eq!(
        spans("\\bfoo\\b", "a foo.", 0),
        Some(vec![Some((2, 5))]),
        "{}",
        "\\bfoo\\b"
    );
    assert_eq!(spans("^b", "a\nb", 8), Some(vec![Some((2, 3))]), "{}", "^b");
    assert_eq!(spans("a$", "a\n", 0), Some(vec![Some((0, 1))]), "{}", "a$");
    assert_eq!(
        spans("a.c", "a\nc", 16),
        Some(vec![Some((0, 3))]),
        "{}",
        "a.c"
    );
    assert_eq!(
        spans("a{2,3}?", "aaaa", 0),
        Some(vec![Some((0, 2))]),
        "{}",
        "a{2,3}?"
    );
    assert_eq!(
        spans("(a)(b)?(c)", "ac", 0),
        Some(vec![Some((0, 2)), Some((0, 1)), None, Some((1, 2))]),
        "{}",
        "(a)(b)?(c)"
    );
    assert_eq!(spans("(?>a+)a", "aaa", 0), None, "{}", "(?>a+)a");
    assert_eq!(
        spans("a++b", "aaab", 0),
        Some(vec![Some((0, 4))]),
        "{}",
        "a++b"
    );
    assert_eq!(
        spans("[\\d_]+", "x1_2y", 0),
        Some(vec![Some((1, 4))]),
        "{}",
        "[\\d_]+"
    );
    assert_eq!(
        spans("\\x41\\u00e9\\101", "Aé A", 0),
        None,
        "{}",
        "\\x41\\u00e9\\101"
    );
    assert_eq!(spans("É", "é", 2), Some(vec![Some((0, 1))]), "{}", "É");
    assert_eq!(
        spans("[à-é]+", "ÀÉ", 2),
        Some(vec![Some((0, 2))]),
        "{}",
        "[à-é]+"
    );
    assert_eq!(
        spans("(?P<q>['\\\"]).*?(?P=q)", "say 'hi' now", 0),
        Some(vec![Some((4, 8)), Some((4, 5))]),
        "{}",
        "(?P<q>['\\\"]).*?(?P=q)"
    );
    assert_eq!(
        spans("(a)|(b)", "b", 0),
        Some(vec![Some((0, 1)), None, Some((0, 1))]),
        "{}",
        "(a)|(b)"
    );
    assert_eq!(
        spans("\\d+", "٣4", 0),
        Some(vec![Some((0, 2))]),
        "{}",
        "\\d+"
    );
    assert_eq!(
        spans("\\d+", "٣4", 256),
        Some(vec![Some((1, 2))]),
        "{}",
        "\\d+"
    );
    assert_eq!(
        spans("a # c\\n b", "ab", 64),
        Some(vec![Some((0, 1))]),
        "{}",
        "a # c\\n b"
    );
    assert_eq!(
        spans("(?x) a [ ] b", "a b", 0),
        Some(vec![Some((0, 3))]),
        "{}",
        "(?x) a [ ] b"
    );
}

#[test]
fn errors_match_cpython() {
    assert_eq!(error("a**"), "multiple repeat at position 2");
    assert_eq!(error("a{2}{3}"), "multiple repeat at position 4");
    assert_eq!(error("*a"), "nothing to repeat at position 0");
    assert_eq!(error("[abc"), "unterminated character set at position 0");
    assert_eq!(error("a\\q"), "bad escape \\q at position 1");
    assert_eq!(
        error("(?<=a+)b"),
        "look-behind requires fixed-width pattern"
    );
    assert_eq!(error("[z-a]"), "bad character range z-a at position 1");
    assert_eq!(
        error("(?P<n>a)(?P<n>b)"),
        "redefinition of group name 'n' as group 2; was group 1 at position 12"
    );
    assert_eq!(error("(?P=x)"), "unknown group name 'x' at position 4");
    assert_eq!(error("\\2(a)"), "invalid group reference 2 at position 1");
    assert_eq!(error("a)"), "unbalanced parenthesis at position 1");
    assert_eq!(error("(?z)"), "unknown extension ?z at position 1");
    assert_eq!(
        error("a{3,2}"),
        "min repeat greater than max repeat at position 2"
    );
    assert_eq!(
        error("(?P<1a>x)"),
        "bad character in group name '1a' at position 4"
    );
    assert_eq!(
        error("x(?i)y"),
        "global flags not at the start of the expression at position 1"
    );
    assert_eq!(error("(?"), "unexpected end of pattern at position 2");
    assert_eq!(error("\\x1"), "incomplete escape \\x1 at position 0");
    assert_eq!(error("\\u12"), "incomplete escape \\u12 at position 0");
    assert_eq!(error("[\\d-z]"), "bad character range \\d-z at position 1");
    assert_eq!(error("a|*"), "nothing to repeat at position 2");
    assert_eq!(
        error("(a"),
        "missing ), unterminated subpattern at position 0"
    );
    assert_eq!(error("(?<"), "unexpected end of pattern at position 3");
    assert_eq!(error("a++"), "ok");
    assert_eq!(error("^*"), "nothing to repeat at position 1");
}

#[test]
fn catastrophic_pattern_reports_to_the_budget() {
    let prog = program("(a*)*b", 0).expect("compiles");
    let subj = Subject::Ascii(vec![b'a'; 5000]);
    let mut spent = 0u64;
    let mut budget = |steps: u64, _: usize| {
        spent += steps;
        if spent > 1_000_000 {
            Err(crate::limits::LimitError {
                kind: crate::limits::LimitKind::Steps,
                limit: 1_000_000,
            })
        } else {
            Ok(())
        }
    };
    assert!(search(&prog, &subj, 0, false, false, false, &mut budget).is_err());
}

#[test]
fn absurd_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}a{}", "(".repeat(100_000), ")".repeat(100_000));
    assert!(error(&deep).contains("too many nested groups"));
    let ok = format!("{}a{}", "(".repeat(150), ")".repeat(150));
    assert!(spans(&ok, "xa", 0).is_some());
}

#[test]
fn flag_group_errors_match_cpython() {
    assert_eq!(error("(?iz)"), "unknown flag at position 3");
    assert_eq!(error("(?i-z:a)"), "unknown flag at position 4");
    assert_eq!(error("(?-"), "missing flag at position 3");
    assert_eq!(error("(?i"), "missing -, : or ) at position 3");
    assert_eq!(error("(?i-:a)"), "missing flag at position 4");
    assert_eq!(error("(?-i)"), "missing : at position 4");
}

#[test]
fn ignorecase_uses_sre_case_equivalences() {
    // re.search('(?i)σ', 'Σσς') and friends, recorded from CPython 3.13.
    assert_eq!(spans("σ", "xς", 2), Some(vec![Some((1, 2))]));
    assert_eq!(spans("[σ]", "xς", 2), Some(vec![Some((1, 2))]));
    assert_eq!(spans("\u{130}", "xi", 2), Some(vec![Some((1, 2))]));
    assert_eq!(spans("k", "\u{212a}", 2), Some(vec![Some((0, 1))]));
    assert_eq!(spans("k", "\u{212a}", 2 | 256), None);
    assert_eq!(
        spans("(a)\\1", "aA", 2),
        Some(vec![Some((0, 2)), Some((0, 1))])
    );
}

#[test]
fn random_patterns_never_panic() {
    const ATOMS: &[&str] = &[
        "a", "b", ".", "(", ")", "(?:", "(?P<n>", "(?P=n)", "(?=", "(?!", "(?<=", "(?<!", "(?>",
        "(?i)", "(?i:", "(?-i:", "[", "]", "[^", "-", "\\", "\\1", "\\2", "\\b", "\\B", "\\d",
        "\\w", "\\s", "\\x4", "\\u00e9", "\\0", "\\A", "\\Z", "^", "$", "|", "*", "+", "?", "{",
        "}", "{2}", "{1,3}", "{,2}", "*?", "+?", "??", "*+", "#", " ", "é", "\n", "(?x)", "(?#c)",
    ];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let subjects = ["", "ab", "aab\nba é", "abababab"];
    let mut compiled = 0;
    for _ in 0..3000 {
        let len = 1 + next(8);
        let pattern: String = (0..len).map(|_| ATOMS[next(ATOMS.len())]).collect();
        let flags = [0, 2, 8, 16, 64, 256][next(6)];
        let Ok(prog) = program(&pattern, flags) else {
            continue;
        };
        compiled += 1;
        for s in subjects {
            let subj = Subject::Wide(s.chars().collect());
            let mut steps = 0u64;
            let mut budget = |n: u64, _: usize| {
                steps += n;
                if steps > 100_000 {
                    Err(crate::limits::LimitError {
                        kind: crate::limits::LimitKind::Steps,
                        limit: 100_000,
                    })
                } else {
                    Ok(())
                }
            };
            for start in 0..=subj.len() {
                let _ = search(
                    &prog,
                    &subj,
                    start,
                    false,
                    next(2) == 0,
                    next(2) == 0,
                    &mut budget,
                );
            }
        }
    }
    assert!(compiled > 300, "only {compiled} patterns compiled");
}

#[test]
fn bytes_patterns_are_ascii_and_report_no_unicode_flag() {
    use super::parse::F_BYTES;
    // re.compile(rb'\w+').flags == 0; re.compile(rb'\w+', re.A).flags == 256.
    assert_eq!(program("\\w+", F_BYTES).map(|p| p.flags), Ok(0));
    assert_eq!(program("\\w+", F_BYTES | 256).map(|p| p.flags), Ok(256));
    assert_eq!(program("a", 0).map(|p| p.flags), Ok(32));
    let prog = program("\\w+", F_BYTES).expect("compiles");
    let subj = Subject::Ascii(vec![0xe9, b'a', b'b']);
    let mut budget = |_: u64, _: usize| Ok(());
    let f = search(&prog, &subj, 0, false, false, false, &mut budget).expect("no limit");
    assert_eq!(f.map(|f| (f.slots[0], f.slots[1])), Some((1, 3)));
}
