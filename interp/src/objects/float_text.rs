//! Text of floats as CPython writes and reads it: `repr`, the `e`/`f`/`g` renderer behind
//! `format()` and `%`, and `float(str)`. The other float helpers live in `float_hex` and
//! `float_ops` and are re-exported here.

use super::float_digits::{fixed, shortest, significant, Decimal};
use super::num_unicode::to_ascii_number_text;

pub use super::float_hex::{float_fromhex, float_hex, FromHexError};
pub use super::float_ops::{
    float_as_integer_ratio, float_div, float_divmod, float_floordiv, float_hash, float_mod,
    float_pow, float_round, float_round_to_int, float_to_bigint, int_hash, int_hash_i64, NonFinite,
    PowError,
};

/// Options of CPython's `PyOS_double_to_string` (`Py_DTSF_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatStyle {
    /// Always write a sign (`+` for positive values).
    pub always_sign: bool,
    /// Write `.0` after an integral value when no exponent is used (repr, format without type).
    pub add_dot_0: bool,
    /// The alternate form `#`: keep the decimal point and, for `g`, trailing zeros.
    pub alt: bool,
    /// `z`: a value that rounds to zero is written without its minus sign.
    pub no_neg_0: bool,
}

/// The rendering would be longer than the caller's limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooLong;

/// `repr(x)` (and `str(x)`) of a float, as CPython prints it: shortest round-trip digits,
/// exponent form outside 1e-4 <= |x| < 1e16.
pub fn float_repr(x: f64) -> String {
    let style = FloatStyle {
        add_dot_0: true,
        ..FloatStyle::default()
    };
    // Shortest digits never exceed 17 digits plus padding to 16 places: far below the limit.
    double_to_string(x, 'r', 0, style, usize::MAX).unwrap_or_default()
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`; `precision` counts
/// places for `e`/`f` and significant digits for `g` (0 acts as 1), and is ignored for `r`
/// (shortest digits). Fails before allocating when the text could exceed `max_len` bytes (the
/// estimate may run a couple of bytes over the exact length).
pub fn double_to_string(
    x: f64,
    code: char,
    precision: i64,
    style: FloatStyle,
    max_len: usize,
) -> Result<String, TooLong> {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if !x.is_finite() {
        let mut out = String::new();
        let negative = x.is_sign_negative() && x.is_infinite();
        if negative {
            out.push('-');
        } else if style.always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return Ok(out);
    }
    let precision = precision.max(0);
    let decimal = match code {
        'e' => significant(x, precision.saturating_add(1)),
        'f' => fixed(x, precision),
        'g' => significant(x, precision.max(1)),
        _ => shortest(x),
    };
    let precision = match code {
        'e' => precision.saturating_add(1),
        'g' => precision.max(1),
        _ => precision,
    };
    layout(&decimal, code, precision, style, upper, max_len)
}

/// The layout half of CPython's `format_float_short`: places the digits, the point, padding
/// zeros and the exponent.
fn layout(
    decimal: &Decimal,
    code: char,
    precision: i64,
    style: FloatStyle,
    upper: bool,
    max_len: usize,
) -> Result<String, TooLong> {
    let digits = &decimal.digits;
    let digits_len = digits.len() as i64;
    let mut negative = decimal.negative;
    if style.no_neg_0 && negative && (digits.is_empty() || digits.as_slice() == b"0") {
        negative = false;
    }
    let mut decpt = decimal.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt.saturating_add(precision),
        'g' => {
            let limit = if style.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if style.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && style.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let size = vdigits_end
        .saturating_sub(vdigits_start)
        .saturating_add(if use_exp { 8 } else { 2 });
    if usize::try_from(size).map_or(true, |s| s > max_len) {
        return Err(TooLong);
    }
    let mut out = String::with_capacity(usize::try_from(size).unwrap_or(0));
    if negative {
        out.push('-');
    } else if style.always_sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, from: i64, to: i64| {
        let from = usize::try_from(from.max(0)).unwrap_or(0);
        let to = usize::try_from(to.max(0)).unwrap_or(0);
        if let Some(part) = digits.get(from..to.max(from)) {
            out.extend(part.iter().map(|&b| char::from(b)));
        }
    };
    // Zero padding on the left of the digits.
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    // The digits, with the point among them when it falls there.
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, 0, decpt);
        out.push('.');
        push_digits(&mut out, decpt, digits_len);
    } else {
        push_digits(&mut out, 0, digits_len);
    }
    // Zeros on the right.
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !style.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    Ok(out)
}

/// `float(s)` for a str, with Python's rules: surrounding whitespace, underscores only between
/// digits, `inf`/`infinity`/`nan` in any case with a sign, Unicode decimal digits; no hex.
/// None means ValueError: the caller writes `could not convert string to float: {repr(s)}`.
pub fn parse_float(s: &str) -> Option<f64> {
    parse_float_ascii(&to_ascii_number_text(s)?)
}

/// `float(b)` for bytes (no Unicode digits or spaces), and the second step of `parse_float`.
pub fn parse_float_ascii(s: &[u8]) -> Option<f64> {
    if s.contains(&0) {
        return None;
    }
    let cleaned;
    let s = if s.contains(&b'_') {
        cleaned = remove_underscores(s)?;
        cleaned.as_slice()
    } else {
        s
    };
    let start = s.iter().position(|b| !is_c_space(*b))?;
    let end = s.iter().rposition(|b| !is_c_space(*b))? + 1;
    parse_float_literal(s.get(start..end)?)
}

/// C's `isspace` in the "C" locale, which CPython uses to strip numbers.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_Py_string_to_number_with_underscores`: each `_` must sit between two ASCII digits.
fn remove_underscores(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &b in s {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return None;
            }
            out.push(b);
        }
        prev = b;
    }
    if prev == b'_' {
        return None;
    }
    Some(out)
}

/// The whole of `s` as a decimal literal, `inf`, `infinity` or `nan` (with optional sign).
fn parse_float_literal(s: &[u8]) -> Option<f64> {
    let (negative, body) = match s.first() {
        Some(b'-') => (true, s.get(1..)?),
        Some(b'+') => (false, s.get(1..)?),
        _ => (false, s),
    };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if body.eq_ignore_ascii_case(b"nan") {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let int_len = body.iter().take_while(|b| b.is_ascii_digit()).count();
    let mut i = int_len;
    let mut frac_len = 0;
    if body.get(i) == Some(&b'.') {
        i += 1;
        frac_len = body
            .get(i..)?
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        i += frac_len;
    }
    if int_len + frac_len == 0 {
        return None;
    }
    let mantissa_end = i;
    let mut exponent: i64 = 0;
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        let exp_negative = match body.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let exp_digits = body.get(i..)?;
        let n = exp_digits.iter().take_while(|b| b.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        // Past 1e10 the value is certainly zero or infinite, as dtoa's own clamp assumes.
        for &d in exp_digits.get(..n)? {
            exponent = (exponent * 10 + i64::from(d - b'0')).min(10_000_000_000);
        }
        if exp_negative {
            exponent = -exponent;
        }
        i += n;
    }
    if i != body.len() {
        return None;
    }
    // Rust's parser rounds correctly; hand it a canonical literal with a bounded exponent.
    let mut literal = String::with_capacity(mantissa_end + 24);
    if negative {
        literal.push('-');
    }
    literal.push_str(std::str::from_utf8(body.get(..mantissa_end)?).ok()?);
    if literal.ends_with('.') {
        literal.push('0');
    }
    if literal.starts_with('.') || literal.starts_with("-.") {
        literal.insert(usize::from(negative), '0');
    }
    literal.push('e');
    literal.push_str(&exponent.to_string());
    literal.parse().ok()
}

#[cfg(test)]
#[path = "float_text_tests.rs"]
pub(crate) mod tests;
