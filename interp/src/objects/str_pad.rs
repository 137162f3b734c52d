//! Python's `str.center`, `ljust`, `rjust`, `zfill` and `expandtabs` on `&str`.
//!
//! Widths count code points. A width needing more than `MAX_RESULT_CHARS` code points is a
//! `StrError::Memory` instead of an allocation, whatever the sandbox's memory limit says.

use super::str_methods::{char_len, check_result_len, StrError};

/// The `fillchar` argument of `center`, `ljust` and `rjust`: exactly one code point, else
/// CPython's `TypeError`.
pub fn fill_char(fillchar: &str) -> Result<char, StrError> {
    let mut chars = fillchar.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(StrError::Type(
            "The fill character must be exactly one character long".into(),
        )),
    }
}

/// The width as a target length, or `None` when the string is already that wide.
fn target(s: &str, width: i64) -> Result<Option<(usize, usize)>, StrError> {
    let len = char_len(s);
    match usize::try_from(width) {
        Ok(w) if w > len => Ok(Some((check_result_len(w as u128)?, len))),
        _ => Ok(None),
    }
}

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `s.center(width, fillchar)`: CPython puts the odd extra fill on the left only when both the
/// margin and the width are odd ('a'.center(4) == ' a  ', 'ab'.center(5) == '  ab ').
pub fn center(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    Ok(match target(s, width)? {
        Some((w, len)) => {
            let marg = w - len;
            let left = marg / 2 + (marg & w & 1);
            pad(s, left, marg - left, fill)
        }
        None => s.to_string(),
    })
}

/// `s.ljust(width, fillchar)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    Ok(match target(s, width)? {
        Some((w, len)) => pad(s, 0, w - len, fill),
        None => s.to_string(),
    })
}

/// `s.rjust(width, fillchar)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, StrError> {
    Ok(match target(s, width)? {
        Some((w, len)) => pad(s, w - len, 0, fill),
        None => s.to_string(),
    })
}

/// `s.zfill(width)`: pads with '0' on the left, after a leading '+' or '-'.
pub fn zfill(s: &str, width: i64) -> Result<String, StrError> {
    Ok(match target(s, width)? {
        Some((w, len)) => {
            let mut chars = s.chars();
            match chars.next() {
                Some(sign @ ('+' | '-')) => {
                    let mut out = String::with_capacity(w);
                    out.push(sign);
                    out.extend(std::iter::repeat_n('0', w - len));
                    out.push_str(chars.as_str());
                    out
                }
                _ => pad(s, w - len, 0, '0'),
            }
        }
        None => s.to_string(),
    })
}

/// `s.expandtabs(tabsize)`: each tab becomes spaces up to the next multiple of `tabsize`
/// columns; only \n and \r reset the column (as in CPython, not the other line breaks). A
/// `tabsize` of 0 or less deletes tabs.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, StrError> {
    if !s.contains('\t') {
        return Ok(s.to_string());
    }
    let tab = u128::try_from(tabsize).unwrap_or(0);
    // First pass: the result's length, so a huge tabsize fails before allocating.
    let mut total: u128 = 0;
    let mut column: u128 = 0;
    for c in s.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab - column % tab;
                column += incr;
                total += incr;
            }
            '\t' => {}
            '\n' | '\r' => {
                column = 0;
                total += 1;
            }
            _ => {
                column += 1;
                total += 1;
            }
        }
        check_result_len(total)?;
    }
    let mut out = String::with_capacity(s.len() + usize::try_from(total).unwrap_or(0));
    let mut column: usize = 0;
    let tab = usize::try_from(tab).unwrap_or(0);
    for c in s.chars() {
        match c {
            '\t' if tab > 0 => {
                let incr = tab - column % tab;
                out.extend(std::iter::repeat_n(' ', incr));
                column += incr;
            }
            '\t' => {}
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
#[path = "str_pad_tests.rs"]
mod tests;
