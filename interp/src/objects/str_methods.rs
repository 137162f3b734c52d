//! Python's str search methods on `&str`, with code point indices: `find`, `rfind`, `index`,
//! `rindex`, `count`, `replace`, `startswith`, `endswith`, `partition`, `rpartition`,
//! `removeprefix`, `removesuffix`; plus the error type and index helpers the other `str_*`
//! modules share.
//!
//! Indices follow CPython's `ADJUST_INDICES`: negative ones count from the end, then both are
//! clamped into the string, except that `start` may stay beyond the end (which is what makes
//! `'abc'.find('', 5)` return -1 while `'abc'.find('', 3)` returns 3).

/// Refused result size, in code points: padding, `replace` and `expandtabs` fail with
/// [`StrError::Memory`] rather than allocate more than this, so a sandboxed program cannot
/// exhaust memory with a single call like `'a'.center(10**12)`.
pub const MAX_RESULT_CHARS: usize = 100_000_000;

/// A Python exception a str method raises; the variant names the exception class and the
/// string is its message, exactly as CPython words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrError {
    /// `ValueError(msg)`.
    Value(String),
    /// `TypeError(msg)`.
    Type(String),
    /// `LookupError(msg)`: unknown encoding or error handler.
    Lookup(String),
    /// `MemoryError(msg)`: the result would exceed [`MAX_RESULT_CHARS`].
    Memory(String),
    /// `UnicodeEncodeError`: `start..end` are code point indices into the encoded str.
    UnicodeEncode(UnicodeErrorInfo),
    /// `UnicodeDecodeError`: `start..end` are byte indices into the decoded bytes.
    UnicodeDecode(UnicodeErrorInfo),
    /// Something CPython supports that a Rust `String` cannot represent (lone surrogates) or
    /// that this module does not implement; the caller picks the exception.
    Unsupported(String),
}

/// The attributes of a `UnicodeEncodeError`/`UnicodeDecodeError`, plus its `str()`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnicodeErrorInfo {
    /// The codec's canonical name: 'utf-8', 'ascii' or 'latin-1'.
    pub encoding: &'static str,
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// `str(exc)`, as CPython formats it.
    pub message: String,
}

impl StrError {
    /// The exception's message (`str(exc)`).
    pub fn message(&self) -> &str {
        match self {
            StrError::Value(m)
            | StrError::Type(m)
            | StrError::Lookup(m)
            | StrError::Memory(m)
            | StrError::Unsupported(m) => m,
            StrError::UnicodeEncode(i) | StrError::UnicodeDecode(i) => &i.message,
        }
    }
}

/// The error for a result longer than [`MAX_RESULT_CHARS`].
pub fn too_large() -> StrError {
    StrError::Memory(format!(
        "str result would exceed {MAX_RESULT_CHARS} characters"
    ))
}

/// Fails unless a result of `chars` code points is within [`MAX_RESULT_CHARS`].
pub fn check_result_len(chars: u128) -> Result<usize, StrError> {
    usize::try_from(chars)
        .ok()
        .filter(|&n| n <= MAX_RESULT_CHARS)
        .ok_or_else(too_large)
}

/// Length in code points.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point `index`, or `s.len()` when `index` is at or past the end.
pub fn byte_offset(s: &str, index: usize) -> usize {
    if s.is_ascii() {
        index.min(s.len())
    } else {
        s.char_indices().nth(index).map_or(s.len(), |(b, _)| b)
    }
}

/// CPython's `ADJUST_INDICES` for a string of `len` code points: `None` means 0 for `start`
/// and the end for `end`. The returned `end` is within `0..=len`; `start` is non-negative but
/// may exceed `len`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let clamp = |i: i64| {
        if i < 0 {
            (i.saturating_add(n)).max(0)
        } else {
            i
        }
    };
    let start = clamp(start.unwrap_or(0));
    let end = clamp(end.unwrap_or(n)).min(n);
    let to_usize = |i: i64| usize::try_from(i).unwrap_or(usize::MAX);
    (to_usize(start), to_usize(end))
}

/// The part of `s` between code points `start` and `end` (`start <= end <= len`), with the byte
/// offset where it begins.
fn window(s: &str, start: usize, end: usize) -> (&str, usize) {
    let (bs, be) = if s.is_ascii() {
        (start.min(s.len()), end.min(s.len()))
    } else {
        let mut offsets = s
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(s.len()));
        let bs = offsets.nth(start).unwrap_or(s.len());
        let be = if end > start {
            offsets.nth(end - start - 1).unwrap_or(s.len())
        } else {
            bs
        };
        (bs, be)
    };
    (s.get(bs..be).unwrap_or(""), bs)
}

/// Which end a search starts from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

fn find_impl(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, dir: Direction) -> i64 {
    let (start, end) = adjust_indices(start, end, char_len(s));
    let sub_len = char_len(sub);
    if end < start || end - start < sub_len {
        return -1;
    }
    let as_i64 = |i: usize| i64::try_from(i).unwrap_or(i64::MAX);
    if sub.is_empty() {
        return as_i64(if dir == Direction::Forward {
            start
        } else {
            end
        });
    }
    let (hay, _) = window(s, start, end);
    let found = match dir {
        Direction::Forward => hay.find(sub),
        Direction::Backward => hay.rfind(sub),
    };
    match found {
        Some(b) => as_i64(start + char_len(hay.get(..b).unwrap_or(""))),
        None => -1,
    }
}

/// `s.find(sub, start, end)`: lowest code point index of `sub` within the slice, or -1.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, Direction::Forward)
}

/// `s.rfind(sub, start, end)`: highest code point index of `sub` within the slice, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    find_impl(s, sub, start, end, Direction::Backward)
}

fn not_found(i: i64) -> Result<usize, StrError> {
    usize::try_from(i).map_err(|_| StrError::Value("substring not found".into()))
}

/// `s.index(sub, start, end)`: like [`find`] but a miss is `ValueError: substring not found`.
pub fn index(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, StrError> {
    not_found(find(s, sub, start, end))
}

/// `s.rindex(sub, start, end)`: like [`rfind`] but a miss is a `ValueError`.
pub fn rindex(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> Result<usize, StrError> {
    not_found(rfind(s, sub, start, end))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` occurs once per
/// position, so `'abc'.count('') == 4`.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let (start, end) = adjust_indices(start, end, char_len(s));
    let sub_len = char_len(sub);
    if end < start || end - start < sub_len {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    window(s, start, end).0.matches(sub).count()
}

/// `s.replace(old, new, count)`: `count < 0` replaces all. An empty `old` inserts `new` before
/// every code point and at the end ('ab'.replace('', '-') == '-a-b-'), at most `count` times.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, StrError> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let (n, old_len, new_len) = (char_len(s), char_len(old), char_len(new));
    if old.is_empty() {
        let k = limit.min(n.saturating_add(1));
        check_result_len(n as u128 + k as u128 * new_len as u128)?;
        let mut out = String::with_capacity(s.len() + k * new.len());
        let mut inserted = 0;
        for c in s.chars() {
            if inserted < k {
                out.push_str(new);
                inserted += 1;
            }
            out.push(c);
        }
        if inserted < k {
            out.push_str(new);
        }
        return Ok(out);
    }
    if limit == 0 || n < old_len {
        return Ok(s.to_string());
    }
    let k = s.matches(old).take(limit).count();
    if new_len > old_len {
        check_result_len(n as u128 + k as u128 * (new_len - old_len) as u128)?;
    }
    Ok(s.replacen(old, new, k))
}

/// CPython's `tailmatch`: does `affix` match the slice at its start (or end)?
fn tailmatch(s: &str, affix: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, char_len(s));
    let affix_len = char_len(affix);
    if end < start || end - start < affix_len {
        return false;
    }
    if affix.is_empty() {
        return true;
    }
    let (hay, _) = window(s, start, end);
    if at_end {
        hay.ends_with(affix)
    } else {
        hay.starts_with(affix)
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, prefix, start, end, false)
}

/// `s.endswith(suffix, start, end)` for one suffix (the caller loops over a tuple).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    tailmatch(s, suffix, start, end, true)
}

/// The `ValueError` for an empty separator in `split`, `rsplit`, `partition`, `rpartition`.
pub fn empty_separator() -> StrError {
    StrError::Value("empty separator".into())
}

/// `s.partition(sep)`: split at the first `sep` into (head, sep, tail), or `(s, '', '')`.
pub fn partition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.split_once(sep) {
        Some((head, tail)) => (head, sep, tail),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: split at the last `sep` into (head, sep, tail), or `('', '', s)`.
pub fn rpartition<'a>(s: &'a str, sep: &'a str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rsplit_once(sep) {
        Some((head, tail)) => (head, sep, tail),
        None => ("", "", s),
    })
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

#[cfg(test)]
#[path = "str_methods_tests.rs"]
pub(crate) mod tests;

#[cfg(test)]
#[path = "str_methods_fuzz.rs"]
mod fuzz;
