//! Python's case conversions: `lower`, `upper`, `casefold`, `swapcase`, `capitalize`, `title`.
//!
//! They use CPython 3.13's full (SpecialCasing) mappings from `str_case_data`, so one code point
//! may become several ('ß'.upper() == 'SS'), plus the one context rule CPython applies: a capital
//! sigma becomes final 'ς' when lowered at the end of a word.

use super::str_case_data as data;
use super::str_predicates::{is_case_ignorable, is_cased, is_lower, is_upper};

/// One of the four mappings of `str_case_data`.
type Runs = [(u32, u16, u8, i32)];
type Multi = [(u32, &'static str)];

/// Appends the mapping of `c` in one table pair, or `c` itself when it has none.
fn push_mapped(c: char, runs: &Runs, multi: &Multi, out: &mut String) {
    let cp = c as u32;
    if let Ok(i) = multi.binary_search_by_key(&cp, |&(k, _)| k) {
        if let Some((_, m)) = multi.get(i) {
            out.push_str(m);
            return;
        }
    }
    // The run that could hold `cp` is the last one starting at or before it.
    let i = runs.partition_point(|r| r.0 <= cp);
    if let Some(&(start, len, stride, delta)) = runs.get(i.wrapping_sub(1)) {
        let off = cp - start;
        let stride = u32::from(stride.max(1));
        if off % stride == 0 && off / stride < u32::from(len) {
            let mapped = i64::from(cp) + i64::from(delta);
            if let Some(m) = u32::try_from(mapped).ok().and_then(char::from_u32) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

/// `_PyUnicode_ToUpperFull`: appends the full uppercase mapping of `c`.
pub fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &data::UPPER_RUNS, &data::UPPER_MULTI, out);
    }
}

/// `_PyUnicode_ToLowerFull`: appends the full lowercase mapping of `c`, without the
/// final-sigma context rule (capital sigma always becomes 'σ' here).
pub fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &data::LOWER_RUNS, &data::LOWER_MULTI, out);
    }
}

/// `_PyUnicode_ToTitleFull`: appends the full titlecase mapping of `c` ('ǆ' -> 'ǅ', 'ﬁ' -> 'Fi').
pub fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &data::TITLE_RUNS, &data::TITLE_MULTI, out);
    }
}

/// `_PyUnicode_ToFoldedFull`: appends the full case folding of `c` ('ß' -> 'ss').
pub fn push_casefold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &data::FOLD_RUNS, &data::FOLD_MULTI, out);
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// CPython's `handle_capital_sigma`: the sigma at `i` is final when a cased code point precedes
/// it and none follows, skipping case-ignorable code points on both sides.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars.get(..i).unwrap_or(&[]);
    let preceded = before
        .iter()
        .rev()
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c));
    if !preceded {
        return false;
    }
    let after = chars.get(i + 1..).unwrap_or(&[]);
    !after
        .iter()
        .find(|&&c| !is_case_ignorable(c))
        .is_some_and(|&c| is_cased(c))
}

/// CPython's `lower_ucs4`: lowercases the code point at `i` of `chars`, with the final-sigma
/// rule.
fn push_lower_at(chars: &[char], i: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(c, out);
    }
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    if s.contains(CAPITAL_SIGMA) {
        let chars: Vec<char> = s.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            push_lower_at(&chars, i, c, &mut out);
        }
    } else {
        s.chars().for_each(|c| push_lower(c, &mut out));
    }
    out
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(c, &mut out));
    out
}

/// `str.casefold()`: like `lower()` but with full case folding and no final-sigma rule.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_casefold(c, &mut out));
    out
}

/// `str.swapcase()`: uppercase code points are lowered (with the final-sigma rule), lowercase
/// ones uppered; as in CPython, `s.swapcase().swapcase() == s` need not hold.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower_at(&chars, i, c, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.capitalize()`: titlecase (not uppercase, since Python 3.8) for the first code point,
/// lowercase for the rest.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(c, &mut out);
        } else {
            push_lower_at(&chars, i, c, &mut out);
        }
    }
    out
}

/// `str.title()`: a code point following a cased one is lowered, any other is titlecased; so
/// words are runs of cased code points ("they're" -> "They'Re", as in CPython).
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&chars, i, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

#[cfg(test)]
#[path = "str_case_tests.rs"]
mod tests;
