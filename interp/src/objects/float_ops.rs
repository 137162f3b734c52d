//! Float arithmetic whose edge cases CPython defines itself rather than leaving to IEEE or
//! libm: `round`, `//`, `%`, `divmod`, `**`, numeric hashes, `as_integer_ratio` and `int(x)`.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float_digits::{decompose, fixed};

/// A non-finite float where a finite one is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NonFinite {
    /// Raised as OverflowError.
    Infinity,
    /// Raised as ValueError.
    NaN,
}

impl NonFinite {
    fn of(x: f64) -> Option<NonFinite> {
        if x.is_nan() {
            Some(NonFinite::NaN)
        } else if x.is_infinite() {
            Some(NonFinite::Infinity)
        } else {
            None
        }
    }

    /// Whether CPython raises OverflowError (infinity) rather than ValueError (NaN).
    pub fn is_overflow(self) -> bool {
        self == NonFinite::Infinity
    }

    /// The message of `int(x)` / `round(x)` / `math.floor(x)`.
    pub fn int_message(self) -> &'static str {
        match self {
            NonFinite::Infinity => "cannot convert float infinity to integer",
            NonFinite::NaN => "cannot convert float NaN to integer",
        }
    }

    /// The message of `x.as_integer_ratio()`.
    pub fn ratio_message(self) -> &'static str {
        match self {
            NonFinite::Infinity => "cannot convert Infinity to integer ratio",
            NonFinite::NaN => "cannot convert NaN to integer ratio",
        }
    }
}

/// `round(x, ndigits)`: x correctly rounded (half to even on its exact value) to `ndigits`
/// places, which may be negative. Err is OverflowError "rounded value too large to represent".
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, &'static str> {
    // Past these bounds every double rounds to itself, or to a zero (CPython's NDIGITS_MAX/MIN).
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let decimal = fixed(x, ndigits);
    if decimal.digits.is_empty() {
        return Ok(0.0f64.copysign(x));
    }
    let exponent = decimal.decpt - decimal.digits.len() as i64;
    let digits = std::str::from_utf8(&decimal.digits).unwrap_or("0");
    let sign = if decimal.negative { "-" } else { "" };
    let rounded: f64 = format!("{sign}{digits}e{exponent}").parse().unwrap_or(x);
    if rounded.is_infinite() {
        return Err("rounded value too large to represent");
    }
    Ok(rounded)
}

/// `round(x)` without ndigits: the nearest integer, ties to even, still as a float. The caller
/// converts it to an int; for inf/nan it raises `NonFinite::int_message`.
pub fn float_round_to_int(x: f64) -> f64 {
    let rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        rounded
    }
}

/// `int(x)`: x truncated toward zero.
pub fn float_to_bigint(x: f64) -> Result<BigInt, NonFinite> {
    if let Some(e) = NonFinite::of(x) {
        return Err(e);
    }
    let t = x.trunc();
    if t == 0.0 {
        return Ok(BigInt::zero());
    }
    let (mant, exp) = decompose(t);
    let magnitude = if exp >= 0 {
        BigUint::from(mant) << exp.unsigned_abs() as usize
    } else {
        BigUint::from(mant >> exp.unsigned_abs().min(63))
    };
    let sign = if t < 0.0 { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `x.as_integer_ratio()`: the exact value as numerator / positive denominator in lowest terms.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), NonFinite> {
    if let Some(e) = NonFinite::of(x) {
        return Err(e);
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::from(1)));
    }
    let (mut mant, mut exp) = decompose(x);
    let shift = mant.trailing_zeros() as i32;
    mant >>= shift;
    exp += shift;
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1);
    if exp >= 0 {
        num <<= exp.unsigned_abs() as usize;
    } else {
        den <<= exp.unsigned_abs() as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    Ok((num, den))
}

/// `x / y`; Err is ZeroDivisionError's message.
pub fn float_div(x: f64, y: f64) -> Result<f64, &'static str> {
    if y == 0.0 {
        return Err("float division by zero");
    }
    Ok(x / y)
}

/// CPython's `_float_div_mod`: floor quotient and a remainder with the sign of `w`.
fn div_mod(v: f64, w: f64) -> (f64, f64) {
    let mut m = v % w;
    let mut div = (v - m) / w;
    if m != 0.0 {
        if (w < 0.0) != (m < 0.0) {
            m += w;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(w);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(v / w)
    };
    (floordiv, m)
}

/// `divmod(x, y)` for floats; Err is ZeroDivisionError's message.
pub fn float_divmod(x: f64, y: f64) -> Result<(f64, f64), &'static str> {
    if y == 0.0 {
        return Err("float divmod()");
    }
    Ok(div_mod(x, y))
}

/// `x // y` for floats; Err is ZeroDivisionError's message.
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, &'static str> {
    if y == 0.0 {
        return Err("float floor division by zero");
    }
    Ok(div_mod(x, y).0)
}

/// `x % y` for floats: the remainder takes the sign of `y`; Err is ZeroDivisionError's message.
pub fn float_mod(x: f64, y: f64) -> Result<f64, &'static str> {
    if y == 0.0 {
        return Err("float modulo by zero");
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// Why `float ** float` has no float result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowError {
    /// ZeroDivisionError: zero to a negative power.
    ZeroToNegativePower,
    /// A negative base to a non-integral power: CPython answers with a complex number, which
    /// the caller computes (`complex(x) ** y`).
    Complex,
    /// OverflowError: the result does not fit in a float.
    Overflow,
}

impl PowError {
    /// CPython's message (None for `Complex`, which is not an error).
    pub fn message(self) -> Option<&'static str> {
        match self {
            PowError::ZeroToNegativePower => Some("0.0 cannot be raised to a negative power"),
            PowError::Overflow => Some("(34, 'Numerical result out of range')"),
            PowError::Complex => None,
        }
    }
}

/// `fmod(|x|, 2) == 1`: x is an odd integer.
fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `x ** y` for floats with CPython's special cases (`float_pow`), libm for the rest.
pub fn float_pow(x: f64, y: f64) -> Result<f64, PowError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            y.abs()
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(PowError::ZeroToNegativePower);
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            return Err(PowError::Complex);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(PowError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// The modulus of CPython's numeric hash, 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`.
const HASH_INF: i64 = 314_159;

/// `a · 2^e mod P` for `a < P` and `0 <= e < 61`: since 2**61 ≡ 1, a rotation within 61 bits.
fn rotate61(a: u64, e: u32) -> u64 {
    if e == 0 {
        return a;
    }
    ((a << e) & HASH_MODULUS) | (a >> (HASH_BITS - e))
}

/// Applies the sign, and maps -1 (CPython's error marker) to -2.
fn signed_hash(magnitude: u64, negative: bool) -> i64 {
    let h = magnitude as i64;
    let h = if negative { -h } else { h };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float: equal to the hash of any int or fraction of the same value.
/// `inf` → 314159, `-inf` → -314159. CPython hashes NaN by object identity; here it is 0.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    let (mant, exp) = decompose(x);
    let reduced = mant % HASH_MODULUS;
    let e = exp.rem_euclid(HASH_BITS as i32).unsigned_abs();
    signed_hash(rotate61(reduced, e), x < 0.0)
}

/// `hash(n)` for an int.
pub fn int_hash(n: &BigInt) -> i64 {
    let reduced = (n.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0);
    signed_hash(reduced, n.sign() == Sign::Minus)
}

/// `hash(n)` for an int that fits in an i64.
pub fn int_hash_i64(n: i64) -> i64 {
    signed_hash(n.unsigned_abs() % HASH_MODULUS, n < 0)
}
