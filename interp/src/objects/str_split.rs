//! Python's `str.split`, `rsplit`, `splitlines`, `strip`, `lstrip` and `rstrip` on `&str`.
//!
//! With no separator (or no `chars`), whitespace is CPython's `str.isspace()` set, which is wider
//! than Rust's `char::is_whitespace` (it includes \x1c-\x1f) and returns slices of the input.

use super::str_methods::{empty_separator, StrError};
use super::str_predicates::{is_linebreak, is_space};

/// How many splits `maxsplit` allows: negative means unlimited.
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`. `sep = None` splits on runs of whitespace and drops empty strings;
/// an empty `sep` is `ValueError: empty separator`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let limit = split_limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, limit)),
        Some("") => Err(empty_separator()),
        Some(sep) => Ok(s.splitn(limit.saturating_add(1), sep).collect()),
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`] but the `maxsplit` splits are made from the right.
/// The pieces are returned in their order in `s`.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, StrError> {
    let limit = split_limit(maxsplit);
    let mut parts = match sep {
        None => rsplit_whitespace(s, limit),
        Some("") => return Err(empty_separator()),
        Some(sep) => s.rsplitn(limit.saturating_add(1), sep).collect(),
    };
    parts.reverse();
    Ok(parts)
}

/// CPython's `split_whitespace`: after `limit` words, the rest (less its leading whitespace) is
/// one last piece, trailing whitespace included.
fn split_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        let (word, tail) = rest.split_at(end);
        parts.push(word);
        rest = tail;
    }
    parts
}

/// CPython's `rsplit_whitespace`, the mirror image of [`split_whitespace`]; pieces come out
/// last first.
fn rsplit_whitespace(s: &str, limit: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if parts.len() == limit {
            parts.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map_or(0, |(b, c)| b + c.len_utf8());
        let (head, word) = rest.split_at(start);
        parts.push(word);
        rest = head;
    }
    parts
}

/// `s.splitlines(keepends)`: splits at \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85, U+2028
/// and U+2029; a final line break does not start an empty line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((b, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut after = b + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            after += 1;
        }
        let end = if keepends { after } else { b };
        lines.push(s.get(line_start..end).unwrap_or(""));
        line_start = after;
    }
    if line_start < s.len() {
        lines.push(s.get(line_start..).unwrap_or(""));
    }
    lines
}

/// Which ends `strip` works on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ends {
    Left,
    Right,
    Both,
}

fn strip_impl<'a>(s: &'a str, chars: Option<&str>, ends: Ends) -> &'a str {
    let strip_it = |c: char| match chars {
        None => is_space(c),
        Some(set) => set.contains(c),
    };
    let s = if ends == Ends::Right {
        s
    } else {
        s.trim_start_matches(strip_it)
    };
    if ends == Ends::Left {
        s
    } else {
        s.trim_end_matches(strip_it)
    }
}

/// `s.strip(chars)`: `None` strips whitespace, otherwise any code point of `chars`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, Ends::Both)
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, Ends::Left)
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    strip_impl(s, chars, Ends::Right)
}

#[cfg(test)]
#[path = "str_split_tests.rs"]
mod tests;
