//! Robustness tests: every function of the `str_*` modules on pseudo-random text, bytes and
//! extreme arguments must return without panicking (debug builds also trap overflow), and keep
//! a few invariants that hold in CPython.

use super::super::str_case::{capitalize, casefold, lower, swapcase, title, upper};
use super::super::str_codecs::{decode, decode_error_message, encode, encode_error_message};
use super::super::str_format_parse::{parse_field_name, AutoNumber, MarkupIter};
use super::super::str_pad::{center, expandtabs, ljust, rjust, zfill};
use super::super::str_predicates::{isidentifier, istitle, isupper};
use super::super::str_quote::{bytes_repr, str_ascii, str_repr};
use super::super::str_split::{rsplit, split, splitlines, strip};
use super::super::str_translate::{translate, Translation};
use super::*;

/// A small deterministic generator (64-bit LCG), so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.next() as usize % items.len()]
    }

    fn text(&mut self) -> String {
        const ALPHABET: &[char] = &[
            'a',
            'B',
            ' ',
            '\t',
            '\n',
            '\r',
            '\x1c',
            '\u{85}',
            '\u{2028}',
            'é',
            'ß',
            'Σ',
            'ǅ',
            '\u{345}',
            '\u{1f600}',
            '{',
            '}',
            '!',
            ':',
            '[',
            ']',
            '.',
            '0',
            '٣',
            '+',
            '-',
            '\'',
        ];
        let len = self.next() % 12;
        (0..len).map(|_| self.pick(ALPHABET)).collect()
    }
}

const INDICES: &[Option<i64>] = &[
    None,
    Some(i64::MIN),
    Some(-5),
    Some(-1),
    Some(0),
    Some(1),
    Some(3),
    Some(50),
    Some(i64::MAX),
];

#[test]
fn nothing_panics_on_random_input() {
    let mut rng = Lcg(0x5eed);
    for _ in 0..3000 {
        let s = rng.text();
        let sub = rng.text();
        let (start, end) = (rng.pick(INDICES), rng.pick(INDICES));
        let n = rng.pick(INDICES).unwrap_or(2);
        let f = find(&s, &sub, start, end);
        if let Ok(i) = usize::try_from(f) {
            let rest: String = s.chars().skip(i).collect();
            assert!(rest.starts_with(&sub));
        }
        let _ = (rfind(&s, &sub, start, end), count(&s, &sub, start, end));
        let _ = (
            startswith(&s, &sub, start, end),
            endswith(&s, &sub, start, end),
        );
        let _ = (index(&s, &sub, start, end), rindex(&s, &sub, start, end));
        let _ = (
            replace(&s, &sub, "xy", n),
            partition(&s, &sub),
            rpartition(&s, &sub),
        );
        let sep = (!sub.is_empty()).then_some(sub.as_str());
        if let Ok(parts) = split(&s, sep, n) {
            if let Some(sep) = sep {
                assert_eq!(parts.join(sep), s);
            }
        }
        let _ = (
            rsplit(&s, sep, n),
            splitlines(&s, n % 2 == 0),
            strip(&s, sep),
        );
        let _ = (
            center(&s, n, '*'),
            ljust(&s, n, 'é'),
            rjust(&s, n, ' '),
            zfill(&s, n),
        );
        let _ = expandtabs(&s, n);
        let _ = (
            lower(&s),
            upper(&s),
            casefold(&s),
            swapcase(&s),
            capitalize(&s),
            title(&s),
        );
        let _ = (
            isidentifier(&s),
            istitle(&s),
            isupper(&s),
            str_repr(&s),
            str_ascii(&s),
        );
        let _ = translate(&s, |cp| {
            Ok::<_, StrError>(if cp % 3 == 0 {
                Translation::Delete
            } else {
                Translation::Keep
            })
        });
        for item in MarkupIter::new(&s).flatten() {
            if let Some(field) = item.field {
                let _ = parse_field_name(field.name, Some(&mut AutoNumber::default()));
                let _ = parse_field_name(field.name, None);
            }
        }
        for enc in ["utf-8", "ascii", "latin-1", "bogus"] {
            let _ = encode(&s, enc, "backslashreplace");
            let _ = encode(&s, enc, "strict");
        }
        let bytes: Vec<u8> = (0..rng.next() % 10).map(|_| rng.next() as u8).collect();
        let _ = bytes_repr(&bytes);
        for errors in [
            "strict",
            "replace",
            "ignore",
            "backslashreplace",
            "surrogatepass",
            "x",
        ] {
            let _ = decode(&bytes, "utf-8", errors);
            let _ = decode(&bytes, "ascii", errors);
        }
        let (a, b) = (rng.next() as usize, usize::MAX - rng.next() as usize % 2);
        let _ = (
            encode_error_message("ascii", &s, a, b, "r"),
            decode_error_message("ascii", &bytes, b, a, "r"),
        );
    }
}
