//! `float.hex()` and `float.fromhex()`, ported from CPython's `Objects/floatobject.c` so that
//! rounding, overflow and every accepted spelling match.

/// Why `float.fromhex` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FromHexError {
    /// ValueError "invalid hexadecimal floating-point string".
    Invalid,
    /// OverflowError "hexadecimal value too large to represent as a float".
    Overflow,
    /// ValueError "hexadecimal string too long to convert".
    TooLong,
}

impl FromHexError {
    /// CPython's message for the error.
    pub fn message(self) -> &'static str {
        match self {
            FromHexError::Invalid => "invalid hexadecimal floating-point string",
            FromHexError::Overflow => "hexadecimal value too large to represent as a float",
            FromHexError::TooLong => "hexadecimal string too long to convert",
        }
    }

    /// Whether CPython raises OverflowError (else ValueError).
    pub fn is_overflow(self) -> bool {
        self == FromHexError::Overflow
    }
}

/// `x.hex()`: `0x1.8000000000000p+1`, always 13 hex digits after the point; subnormals as
/// `0x0.…p-1022`; `inf`, `-inf`, `nan`; `-0x0.0p+0`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let esign = if exp < 0 { '-' } else { '+' };
    format!(
        "{sign}0x{lead}.{fraction:013x}p{esign}{}",
        exp.unsigned_abs()
    )
}

const DBL_MANT_DIG: i64 = 53;
const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;

/// `x · 2^e`, exact whenever the result is representable (the only way it is used here).
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1023 {
        x *= pow2(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= pow2(-1022);
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(e)
}

fn hex_value(b: u8) -> Option<u32> {
    char::from(b).to_digit(16)
}

/// C's `isspace` in the "C" locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// `_Py_parse_inf_or_nan`: the length matched at the start of `s`, and the value.
fn parse_inf_or_nan(s: &[u8]) -> Option<(usize, f64)> {
    let (negative, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = s.get(start..)?;
    let starts = |word: &[u8]| {
        rest.get(..word.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(word))
    };
    if starts(b"inf") {
        let len = if starts(b"infinity") { 8 } else { 3 };
        let v = if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        Some((start + len, v))
    } else if starts(b"nan") {
        Some((start + 3, if negative { -f64::NAN } else { f64::NAN }))
    } else {
        None
    }
}

/// `float.fromhex(s)`: `[sign] ['0x'] digits ['.' digits] ['p' exponent]`, or inf/nan, with
/// surrounding whitespace; rounds half to even like CPython.
pub fn float_fromhex(s: &str) -> Result<f64, FromHexError> {
    let s = s.as_bytes();
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut pos = 0;
    while is_c_space(at(pos)) {
        pos += 1;
    }
    let rest = s.get(pos..).unwrap_or_default();
    let (value, end) = if let Some((len, v)) = parse_inf_or_nan(rest) {
        (v, pos + len)
    } else {
        parse_finite_hex(s, pos)?
    };
    let mut pos = end;
    while is_c_space(at(pos)) {
        pos += 1;
    }
    if pos != s.len() {
        return Err(FromHexError::Invalid);
    }
    Ok(value)
}

/// The finite part of `float_fromhex`, starting at `pos`: the value and where it ended.
fn parse_finite_hex(s: &[u8], mut pos: usize) -> Result<(f64, usize), FromHexError> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut negate = false;
    if at(pos) == b'-' {
        negate = true;
        pos += 1;
    } else if at(pos) == b'+' {
        pos += 1;
    }
    if at(pos) == b'0' && matches!(at(pos + 1), b'x' | b'X') {
        pos += 2;
    }
    // Coefficient: the hex digits, most significant first, and how many follow the point.
    let mut coeff: Vec<u8> = Vec::new();
    while let Some(d) = hex_value(at(pos)) {
        coeff.push(d as u8);
        pos += 1;
    }
    let mut fdigits = 0usize;
    if at(pos) == b'.' {
        pos += 1;
        while let Some(d) = hex_value(at(pos)) {
            coeff.push(d as u8);
            fdigits += 1;
            pos += 1;
        }
    }
    if coeff.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut exp: i64 = 0;
    if matches!(at(pos), b'p' | b'P') {
        pos += 1;
        let negative = match at(pos) {
            b'-' => {
                pos += 1;
                true
            }
            b'+' => {
                pos += 1;
                false
            }
            _ => false,
        };
        if !at(pos).is_ascii_digit() {
            return Err(FromHexError::Invalid);
        }
        // strtol saturates at LONG_MIN/LONG_MAX.
        while at(pos).is_ascii_digit() {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(at(pos) - b'0'));
            pos += 1;
        }
        if negative {
            exp = -exp;
        }
    }
    let x = round_hex(&coeff, fdigits, exp)?;
    Ok((if negate { -x } else { x }, pos))
}

/// The rounded value of the hex coefficient (`fdigits` of its digits after the point) times
/// 2**exp, following CPython's algorithm step by step.
fn round_hex(coeff: &[u8], fdigits: usize, exp: i64) -> Result<f64, FromHexError> {
    let total = coeff.len();
    // HEX_DIGIT(j): the j-th least significant digit.
    let digit = |j: usize| -> u32 {
        total
            .checked_sub(1 + j)
            .and_then(|i| coeff.get(i))
            .map_or(0, |d| u32::from(*d))
    };
    let mut ndigits = total;
    while ndigits > 0 && digit(ndigits - 1) == 0 {
        ndigits -= 1;
    }
    if ndigits == 0 || exp < i64::MIN / 2 {
        return Ok(0.0);
    }
    if exp > i64::MAX / 2 {
        return Err(FromHexError::Overflow);
    }
    let ndigits_i = i64::try_from(ndigits).map_err(|_| FromHexError::TooLong)?;
    let fdigits_i = i64::try_from(fdigits).map_err(|_| FromHexError::TooLong)?;
    if ndigits_i > (i64::MAX / 2 + 1 - DBL_MAX_EXP) / 4 {
        return Err(FromHexError::TooLong);
    }
    let exp = exp - 4 * fdigits_i;
    let mut top_exp = exp + 4 * (ndigits_i - 1);
    let mut lead = digit(ndigits - 1);
    while lead != 0 {
        top_exp += 1;
        lead /= 2;
    }
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return Ok(0.0);
    }
    if top_exp > DBL_MAX_EXP {
        return Err(FromHexError::Overflow);
    }
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for i in (0..ndigits).rev() {
            x = 16.0 * x + f64::from(digit(i));
        }
        return Ok(ldexp(x, exp));
    }
    let half_eps = 1u32 << ((lsb - exp - 1) % 4);
    let key_digit = usize::try_from((lsb - exp - 1) / 4).map_err(|_| FromHexError::TooLong)?;
    for i in (key_digit + 1..ndigits).rev() {
        x = 16.0 * x + f64::from(digit(i));
    }
    let d = digit(key_digit);
    x = 16.0 * x + f64::from(d & (16 - 2 * half_eps));
    if d & half_eps != 0 {
        let round_up = d & (3 * half_eps - 1) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && digit(key_digit + 1) & 1 != 0)
            || (0..key_digit).any(|i| digit(i) != 0);
        if round_up {
            x += f64::from(2 * half_eps);
            if top_exp == DBL_MAX_EXP && x == ldexp(f64::from(2 * half_eps), DBL_MANT_DIG) {
                return Err(FromHexError::Overflow);
            }
        }
    }
    let key = i64::try_from(key_digit).map_err(|_| FromHexError::TooLong)?;
    Ok(ldexp(x, exp + 4 * key))
}
