//! Decimal digits of a double as David Gay's `dtoa` hands them to CPython: shortest round-trip
//! (mode 0), correctly rounded to N significant digits (mode 2) or to N places (mode 3).
//!
//! Modes 2 and 3 work on the exact binary value with big integers and round half to even,
//! which is what `dtoa` does; that is what makes `format(0.125, '.2f')` give `'0.12'` and
//! `round(2.675, 2)` give `2.67`, exactly as in CPython.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

/// The digits of a finite double: |x| = 0.d1d2d3… × 10^decpt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decimal {
    /// ASCII digits without trailing zeros. Empty when a fixed-point rounding gave zero;
    /// `b"0"` for zero itself (as `dtoa` returns).
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    pub decpt: i64,
    /// The sign bit of x (set for -0.0 too).
    pub negative: bool,
}

/// Mode 3 never needs more places than this: every double is an integer times 2**-1074, whose
/// decimal expansion ends within 1074 places.
const MAX_FIXED_PLACES: i64 = 1100;
/// Below this many places (negative: tens, hundreds…) every double rounds to zero.
const MIN_FIXED_PLACES: i64 = -400;
/// Mode 2 never needs more digits than this: exact expansions have at most 767 significant digits.
const MAX_SIGNIFICANT: i64 = 800;

/// `x = mant · 2^exp` for a finite double, ignoring the sign.
pub fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    }
}

/// 10**n as a big integer.
fn pow10(n: u32) -> BigUint {
    num_traits::pow(BigUint::from(10u32), n as usize)
}

fn zero_decimal(negative: bool) -> Decimal {
    Decimal {
        digits: b"0".to_vec(),
        decpt: 1,
        negative,
    }
}

/// `round(mant · 2^exp · 10^n)` to an integer, ties to even. `n` is within the clamps above, so
/// the numbers involved stay below a few thousand bits.
fn scaled_round(mant: u64, exp: i32, n: i64) -> BigUint {
    let mut num = BigUint::from(mant);
    let mut den = BigUint::one();
    if exp >= 0 {
        num <<= exp.unsigned_abs() as usize;
    } else {
        den <<= exp.unsigned_abs() as usize;
    }
    let n_abs = u32::try_from(n.unsigned_abs()).unwrap_or(u32::MAX);
    if n >= 0 {
        num *= pow10(n_abs);
    } else {
        den *= pow10(n_abs);
    }
    let (q, r) = num.div_rem(&den);
    let twice: BigUint = r << 1usize;
    match twice.cmp(&den) {
        Ordering::Greater => q + 1u32,
        Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    }
}

/// Compares `mant · 2^exp` with `10^k`.
fn cmp_pow10(mant: u64, exp: i32, k: i64) -> Ordering {
    let mut lhs = BigUint::from(mant);
    let mut rhs = BigUint::one();
    if exp >= 0 {
        lhs <<= exp.unsigned_abs() as usize;
    } else {
        rhs <<= exp.unsigned_abs() as usize;
    }
    let k_abs = u32::try_from(k.unsigned_abs()).unwrap_or(u32::MAX);
    if k >= 0 {
        rhs *= pow10(k_abs);
    } else {
        lhs *= pow10(k_abs);
    }
    lhs.cmp(&rhs)
}

/// Turns the rounded integer `q = round(|x| · 10^n)` into digits and a decimal point.
fn from_scaled(q: &BigUint, n: i64, negative: bool) -> Decimal {
    let mut digits = q.to_str_radix(10).into_bytes();
    let decpt = digits.len() as i64 - n;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Decimal {
        digits,
        decpt,
        negative,
    }
}

/// Mode 0: the shortest digits that read back as `x` (what `repr` prints). `x` must be finite.
pub fn shortest(x: f64) -> Decimal {
    let negative = x.is_sign_negative();
    let a = x.abs();
    if a == 0.0 || !a.is_finite() {
        return zero_decimal(negative);
    }
    // Rust's `{:e}` prints the shortest round-trip digits, choosing the closest when several
    // are equally short, as dtoa's mode 0 does.
    let text = format!("{a:e}");
    let (mantissa, exponent) = text.split_once('e').unwrap_or((text.as_str(), "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    let rust = Decimal {
        digits,
        decpt: exponent + 1,
        negative,
    };
    // Rust breaks an exact tie between two shortest candidates upwards, dtoa to the even
    // digit. A tie needs 16 or 17 digits (fewer are too coarse to round-trip at a midpoint)
    // and an exact value of at most 18 significant digits, which rules out odd multiples of
    // 2**-26 and finer (5**26 alone has 19 digits). Only the rest pay for the exact check.
    let n = rust.digits.len() as i64;
    let (mant, exp) = decompose(a);
    let finest_bit = exp + mant.trailing_zeros() as i32;
    if n < 16 || finest_bit <= -26 {
        return rust;
    }
    let even = significant(x, n);
    if even == rust || !reads_back(&even, a) {
        return rust;
    }
    even
}

/// Whether the digits, read as a decimal, give back `a` (positive).
fn reads_back(d: &Decimal, a: f64) -> bool {
    let digits = std::str::from_utf8(&d.digits).unwrap_or("");
    let exponent = d.decpt - d.digits.len() as i64;
    format!("{digits}e{exponent}").parse::<f64>() == Ok(a)
}

/// Mode 3: `x` correctly rounded (half to even) to `places` digits after the decimal point
/// (negative: to tens, hundreds…). A result of zero has no digits and `decpt == -places`.
pub fn fixed(x: f64, places: i64) -> Decimal {
    let negative = x.is_sign_negative();
    if x == 0.0 || !x.is_finite() {
        return zero_decimal(negative);
    }
    let (mant, exp) = decompose(x);
    let n = places.clamp(MIN_FIXED_PLACES, MAX_FIXED_PLACES);
    let q = scaled_round(mant, exp, n);
    if q.is_zero() {
        return Decimal {
            digits: Vec::new(),
            decpt: places.saturating_neg(),
            negative,
        };
    }
    from_scaled(&q, n, negative)
}

/// Mode 2: `x` correctly rounded (half to even) to `ndigits` significant digits (at least 1).
pub fn significant(x: f64, ndigits: i64) -> Decimal {
    let negative = x.is_sign_negative();
    if x == 0.0 || !x.is_finite() {
        return zero_decimal(negative);
    }
    let (mant, exp) = decompose(x);
    let nd = ndigits.clamp(1, MAX_SIGNIFICANT);
    // k with 10^(k-1) <= |x| < 10^k: log10 is within one of it, the comparisons make it exact.
    let mut k = x.abs().log10().floor() as i64 + 1;
    while cmp_pow10(mant, exp, k) != Ordering::Less {
        k += 1;
    }
    while cmp_pow10(mant, exp, k - 1) == Ordering::Less {
        k -= 1;
    }
    let q = scaled_round(mant, exp, nd - k);
    from_scaled(&q, nd - k, negative)
}

/// A big integer as the nearest double (ties to even), as `PyLong_AsDouble`; None when it is
/// too large (CPython: OverflowError "int too large to convert to float").
pub fn bigint_to_f64(n: &BigInt) -> Option<f64> {
    let magnitude = n.magnitude();
    let bits = magnitude.bits();
    let value = if bits <= 64 {
        magnitude.to_u64().map(|m| m as f64)?
    } else {
        let shift = bits - 64;
        let top: BigUint = magnitude >> shift as usize;
        let mut top = top.to_u64()?;
        // A sticky bit below the 53 kept bits makes the one rounding below exact.
        if magnitude.trailing_zeros().unwrap_or(0) < shift {
            top |= 1;
        }
        let scale = i32::try_from(shift).ok()?;
        if scale > 1023 {
            return None;
        }
        top as f64 * f64::from_bits(((scale + 1023) as u64) << 52)
    };
    if value.is_infinite() {
        return None;
    }
    Some(if n.sign() == num_bigint::Sign::Minus {
        -value
    } else {
        value
    })
}
