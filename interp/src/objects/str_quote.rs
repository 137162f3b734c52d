//! `repr()` and `ascii()` of str and `repr()` of bytes, exactly as CPython 3.13 writes them.
//!
//! Meant to supersede the approximate `str_repr.rs` (same signatures): a non-ASCII code point
//! is escaped exactly when `str.isprintable()` says it is not printable.

use std::fmt::Write;

use super::str_predicates::is_printable;

/// CPython's choice of quote: single, unless the text has a single quote and no double quote.
fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// Appends `\xNN`, `\uNNNN` or `\UNNNNNNNN`, the shortest form that holds `cp`.
fn push_hex_escape(out: &mut String, cp: u32) {
    // Writing to a String cannot fail.
    let _ = if cp <= 0xff {
        write!(out, "\\x{cp:02x}")
    } else if cp <= 0xffff {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn repr_impl(s: &str, escape_non_ascii: bool, surrogates: bool) -> String {
    let quote = quote_for(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && !escape_non_ascii && is_printable(c) => out.push(c),
            c if surrogates => push_hex_escape(&mut out, super::str_codecs::code_of(c)),
            c => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` of a str: quotes, backslash escapes for `\\`, the quote, \n, \r, \t, and `\x`/`\u`/
/// `\U` escapes for every other non-printable code point; printable non-ASCII text stays as is.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false, false)
}

/// [`str_repr`] for a str of a run, where U+10D800..U+10DFFF stand for lone surrogates
/// (`terrarium_grammar::ast::surrogate_char`) and print as `\ud800`…
pub fn str_repr_in_run(s: &str) -> String {
    repr_impl(s, false, true)
}

/// `ascii(s)` of a str: like [`str_repr`] with every non-ASCII code point escaped.
pub fn str_ascii(s: &str) -> String {
    repr_impl(s, true, false)
}

/// `repr(b)` of bytes: `b'...'` with the same quote choice, escapes for `\\`, the quote, \t, \n,
/// \r, and `\xNN` for bytes outside 0x20..0x7f.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if char::from(byte) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => push_hex_escape(&mut out, u32::from(byte)),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
#[path = "str_quote_tests.rs"]
mod tests;
