//! Text of ints as CPython reads and writes it: `int(str, base)` with its prefixes, underscores
//! and Unicode digits, the 4300-digit limit on decimal conversions, and `bin`/`oct`/`hex`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::Zero;

use super::num_unicode::to_ascii_number_text;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// Why `int(str, base)` failed; every case is a ValueError.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// Not an int literal in the base: see [`invalid_literal_message`].
    InvalidLiteral,
    /// A valid literal with more decimal-ish digits than the limit allows.
    TooManyDigits {
        /// The limit in force.
        limit: usize,
        /// How many digits the literal has.
        digits: usize,
    },
    /// The base is neither 0 nor within 2..=36.
    InvalidBase,
}

impl IntParseError {
    /// CPython's message; `repr` is `repr()` of the original argument (str or bytes), and
    /// `base` the base the caller was given (0 stays 0).
    pub fn message(&self, base: u32, repr: &str) -> String {
        match self {
            IntParseError::InvalidLiteral => invalid_literal_message(base, repr),
            IntParseError::TooManyDigits { limit, digits } => format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
            ),
            IntParseError::InvalidBase => "int() base must be >= 2 and <= 36, or 0".into(),
        }
    }
}

/// `invalid literal for int() with base 10: 'abc'`. CPython cuts the repr to 200 characters
/// (`%.200R`), so a long argument loses its closing quote.
pub fn invalid_literal_message(base: u32, repr: &str) -> String {
    let cut: String = repr.chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {cut}")
}

/// The message of the decimal limit when converting an int to text (`str`, `format`, `%d`).
pub fn int_to_str_limit_message(limit: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// `int(s, base)` with the default digit limit.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, IntParseError> {
    parse_int_with_limit(s, base, DEFAULT_MAX_STR_DIGITS)
}

/// `int(s, base)` for a str: surrounding whitespace, a sign, a `0x`/`0o`/`0b` prefix matching
/// the base (base 0 detects it; there a nonzero literal may not start with `0`), single
/// underscores between digits and after a prefix, Unicode decimal digits. `max_digits` is
/// `sys.get_int_max_str_digits()` (0: no limit); it does not apply to power-of-two bases.
pub fn parse_int_with_limit(
    s: &str,
    base: u32,
    max_digits: usize,
) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::InvalidBase);
    }
    let ascii = to_ascii_number_text(s).ok_or(IntParseError::InvalidLiteral)?;
    parse_int_ascii(&ascii, base, max_digits)
}

/// C's `isspace` in the "C" locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `int(b, base)` for bytes, and the second step of `parse_int_with_limit`: CPython's
/// `PyLong_FromString` on ASCII text.
pub fn parse_int_ascii(s: &[u8], base: u32, max_digits: usize) -> Result<BigInt, IntParseError> {
    if base == 1 || base > 36 {
        return Err(IntParseError::InvalidBase);
    }
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_c_space(at(pos)) {
        pos += 1;
    }
    let mut negative = false;
    if at(pos) == b'+' {
        pos += 1;
    } else if at(pos) == b'-' {
        negative = true;
        pos += 1;
    }
    let mut base = base;
    let mut only_zero = false;
    if base == 0 {
        base = match (at(pos), at(pos + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                // An old-style octal literal: only zero is allowed.
                only_zero = true;
                10
            }
            _ => 10,
        };
    }
    let prefixed = matches!(
        (at(pos), at(pos + 1), base),
        (b'0', b'x' | b'X', 16) | (b'0', b'o' | b'O', 8) | (b'0', b'b' | b'B', 2)
    );
    if prefixed {
        pos += 2;
        if at(pos) == b'_' {
            pos += 1;
        }
    }
    // The digits, with single underscores between them.
    if at(pos) == b'_' {
        return Err(IntParseError::InvalidLiteral);
    }
    let mut values: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while let Some(v) = char::from(at(pos)).to_digit(base).filter(|_| at(pos) != 0) {
        values.push(v as u8);
        prev = at(pos);
        pos += 1;
        if at(pos) == b'_' {
            if at(pos + 1) == b'_' {
                return Err(IntParseError::InvalidLiteral);
            }
            prev = b'_';
            pos += 1;
        }
    }
    if prev == b'_' || values.is_empty() {
        return Err(IntParseError::InvalidLiteral);
    }
    while is_c_space(at(pos)) {
        pos += 1;
    }
    if pos != s.len() {
        return Err(IntParseError::InvalidLiteral);
    }
    if !base.is_power_of_two() && max_digits > 0 && values.len() > max_digits {
        return Err(IntParseError::TooManyDigits {
            limit: max_digits,
            digits: values.len(),
        });
    }
    let magnitude = BigUint::from_radix_be(&values, base).ok_or(IntParseError::InvalidLiteral)?;
    if only_zero && !magnitude.is_zero() {
        return Err(IntParseError::InvalidLiteral);
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// A lower bound on the number of decimal digits of a nonzero magnitude with `bits` bits.
fn min_decimal_digits(bits: u64) -> u64 {
    // log10(2) rounded down: (bits - 1) · 0.30102999 <= log10(n).
    (bits.saturating_sub(1)).saturating_mul(30_102_999) / 100_000_000 + 1
}

/// `str(n)` with the digit limit (`max_digits` 0: none). Err is the ValueError message.
pub fn int_to_decimal(n: &BigInt, max_digits: usize) -> Result<String, String> {
    if max_digits > 0 && min_decimal_digits(n.bits()) > max_digits as u64 {
        return Err(int_to_str_limit_message(max_digits));
    }
    let text = n.to_str_radix(10);
    let digits = text.len() - usize::from(n.sign() == Sign::Minus);
    if max_digits > 0 && digits > max_digits {
        return Err(int_to_str_limit_message(max_digits));
    }
    Ok(text)
}

/// `bin(n)`, `oct(n)`, `hex(n)` for radix 2, 8, 16 (`-0x1f`); other radices (up to 36) give
/// bare lowercase digits with a sign. No digit limit applies.
pub fn int_to_str_radix(n: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let radix = radix.clamp(2, 36);
    let digits = n.magnitude().to_str_radix(radix);
    let sign = if n.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

#[cfg(test)]
#[path = "int_text_tests.rs"]
pub(crate) mod tests;
