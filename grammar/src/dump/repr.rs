//! Python's `repr` of the literal values that appear in an AST dump: str, bytes, float,
//! imaginary numbers. Byte-for-byte what CPython 3.13 prints.

use super::printable::PRINTABLE;

/// `str.isprintable()` for one character, as CPython decides it.
pub fn is_printable(c: char) -> bool {
    let c = c as u32;
    let i = PRINTABLE.partition_point(|&(_, hi)| hi < c);
    PRINTABLE.get(i).is_some_and(|&(lo, _)| lo <= c)
}

/// The quote `repr` picks: single, unless the text has a single quote and no double quote.
fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// `repr(s)` for a str.
pub fn py_repr_str(s: &str, out: &mut String) {
    let q = pick_quote(s.contains('\''), s.contains('"'));
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() && (c < ' ' || c == '\x7f') => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c if crate::ast::as_surrogate(c).is_some() => {
                let v = crate::ast::as_surrogate(c).unwrap_or(0);
                out.push_str(&format!("\\u{v:04x}"));
            }
            c => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
        }
    }
    out.push(q);
}

/// `repr(b)` for bytes.
pub fn py_repr_bytes(b: &[u8], out: &mut String) {
    let q = pick_quote(b.contains(&b'\''), b.contains(&b'"')) as u8;
    out.push('b');
    out.push(q as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c == q => {
                out.push('\\');
                out.push(c as char);
            }
            c if !(b' '..0x7f).contains(&c) => out.push_str(&format!("\\x{c:02x}")),
            c => out.push(c as char),
        }
    }
    out.push(q as char);
}

/// `repr(x)` for a float: the shortest digits that round-trip, positional between 1e-4 and
/// 1e16, scientific with a signed two-digit exponent otherwise.
pub fn py_repr_float(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-7".
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if x < 0.0 { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let n = digits.len() as i32;
        let body = if exp < 0 {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        } else if exp + 1 >= n {
            format!("{}{}.0", digits, "0".repeat((exp + 1 - n) as usize))
        } else {
            let (a, b) = digits.split_at((exp + 1) as usize);
            format!("{a}.{b}")
        };
        format!("{sign}{body}")
    } else {
        let (first, rest) = digits.split_at(1);
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// `repr(complex(0, y))`: the imaginary part without a forced ".0", then "j".
pub fn py_repr_imag(y: f64) -> String {
    let mut s = py_repr_float(y);
    if let Some(stripped) = s.strip_suffix(".0") {
        s = stripped.to_string();
    }
    s.push('j');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> String {
        let mut o = String::new();
        py_repr_str(x, &mut o);
        o
    }

    #[test]
    fn floats() {
        assert_eq!(py_repr_float(1.0), "1.0");
        assert_eq!(py_repr_float(0.1), "0.1");
        assert_eq!(py_repr_float(1e16), "1e+16");
        assert_eq!(py_repr_float(1e15), "1000000000000000.0");
        assert_eq!(py_repr_float(1.5e-5), "1.5e-05");
        assert_eq!(py_repr_float(0.0001), "0.0001");
        assert_eq!(py_repr_float(123.456), "123.456");
        assert_eq!(py_repr_float(1e300), "1e+300");
        assert_eq!(py_repr_float(f64::INFINITY), "inf");
        assert_eq!(py_repr_imag(2.0), "2j");
        assert_eq!(py_repr_imag(2.5), "2.5j");
        assert_eq!(py_repr_imag(1e16), "1e+16j");
    }

    #[test]
    fn strings() {
        assert_eq!(s("abc"), "'abc'");
        assert_eq!(s("it's"), "\"it's\"");
        assert_eq!(s("'\""), "'\\'\"'");
        assert_eq!(s("a\nb\x00\u{7f}"), "'a\\nb\\x00\\x7f'");
        assert_eq!(s("é\u{a0}\u{200b}\u{1f600}"), "'é\\xa0\\u200b\u{1f600}'");
        let mut b = String::new();
        py_repr_bytes(b"a'\x00\xff", &mut b);
        assert_eq!(b, "b\"a'\\x00\\xff\"");
    }
}
