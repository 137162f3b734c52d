//! Python's str predicates (`isalpha` … `isascii`) and the per-code-point properties behind them.
//!
//! The properties come from `str_unicode_data`, generated from CPython 3.13 itself, so every
//! predicate agrees with CPython for every code point (Unicode 15.1), including the
//! Numeric_Type-based `isdigit`/`isnumeric` and the derived `Lowercase`/`Uppercase` properties.

use super::str_unicode_data as data;

/// The property bits of one code point (the `str_unicode_data` constants).
pub fn char_props(c: char) -> u16 {
    let cp = c as u32;
    // The runs are sorted by start and the first starts at 0, so the run holding `cp` is the
    // last one whose start is <= cp.
    let i = data::RUNS.partition_point(|&r| (r >> 8) <= cp);
    let class = data::RUNS
        .get(i.wrapping_sub(1))
        .map_or(0, |&r| (r & 0xff) as usize);
    data::CLASSES.get(class).copied().unwrap_or(0)
}

#[inline]
fn has(c: char, bit: u16) -> bool {
    char_props(c) & bit != 0
}

/// `Py_UNICODE_ISPRINTABLE`: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, data::PRINTABLE)
}

/// `Py_UNICODE_ISALPHA`: categories Lu, Ll, Lt, Lm, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, data::ALPHA)
}

/// `Py_UNICODE_ISDECIMAL`: Numeric_Type=Decimal (the same set as category Nd).
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, data::DECIMAL)
}

/// `Py_UNICODE_ISDIGIT`: Numeric_Type=Decimal or Digit (adds e.g. superscripts, circled digits).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, data::DIGIT)
}

/// `Py_UNICODE_ISNUMERIC`: any Numeric_Type (adds fractions, Roman numerals, CJK numerals…).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, data::NUMERIC)
}

/// `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, data::ALPHA | data::DECIMAL | data::DIGIT | data::NUMERIC)
}

/// `Py_UNICODE_ISSPACE`: what `str.split()` and `str.strip()` treat as whitespace: bidirectional
/// classes WS, B, S or category Zs (so it includes \x1c-\x1f but not U+200B).
pub fn is_space(c: char) -> bool {
    match c {
        '\t' | '\n' | '\x0b' | '\x0c' | '\r' | '\x1c'..='\x1f' | ' ' => true,
        c if c.is_ascii() => false,
        c => has(c, data::SPACE),
    }
}

/// `Py_UNICODE_ISLINEBREAK`: the line boundaries of `str.splitlines()`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `Py_UNICODE_ISLOWER`: the derived Lowercase property (Ll plus Other_Lowercase).
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, data::LOWER)
}

/// `Py_UNICODE_ISUPPER`: the derived Uppercase property (Lu plus Other_Uppercase).
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, data::UPPER)
}

/// `Py_UNICODE_ISTITLE`: category Lt.
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, data::TITLE)
}

/// Unicode's Cased property: what `title()` and the final-sigma rule treat as a letter.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, data::CASED)
}

/// Unicode's Case_Ignorable property, skipped over by the final-sigma rule of `lower()`.
pub fn is_case_ignorable(c: char) -> bool {
    has(c, data::CASE_IGNORABLE)
}

/// XID_Start: may begin an identifier (`_` is allowed separately by `isidentifier`).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, data::XID_START)
}

/// XID_Continue: may continue an identifier.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    has(c, data::XID_CONTINUE)
}

/// `Py_UNICODE_TODECIMAL`: the value of a decimal digit (any script), used by `int()` and by
/// `str.format` field numbers.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !is_decimal(c) {
        return None;
    }
    // Every decimal digit sits within ten code points after its script's zero.
    let cp = c as u32;
    let i = data::DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = data::DECIMAL_ZEROS.get(i.wrapping_sub(1))?;
    let value = cp - zero;
    (value < 10).then_some(value)
}

/// `str.isalpha()`: non-empty and every code point alphabetic.
pub fn isalpha(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_alpha)
}

/// `str.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_decimal)
}

/// `str.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_digit)
}

/// `str.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_numeric)
}

/// `str.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_alnum)
}

/// `str.isspace()`.
pub fn isspace(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_space)
}

/// `str.isascii()`: true for the empty string too.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `str.isprintable()`: true for the empty string too.
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `str.islower()`: no uppercase or titlecase code point, and at least one lowercase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper()`: no lowercase or titlecase code point, and at least one uppercase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_title(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase only after uncased code points, lowercase only after
/// cased ones, and at least one cased code point.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue. Like CPython's str method this
/// does not NFKC-normalise first, and keywords count as identifiers.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

#[cfg(test)]
#[path = "str_predicates_tests.rs"]
pub(crate) mod tests;
