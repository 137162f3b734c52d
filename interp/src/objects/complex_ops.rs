//! Complex arithmetic and parsing as CPython's `Objects/complexobject.c` does it: division with
//! Smith's algorithm, integer powers by repeated squaring (so `(1+2j)**2` is exactly `-3+4j`),
//! and `complex(str)`.

/// A complex value as (real, imag).
pub type C64 = (f64, f64);

/// Why a complex operation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComplexError {
    /// ZeroDivisionError "complex division by zero".
    DivisionByZero,
    /// ZeroDivisionError "0.0 to a negative or complex power".
    ZeroPower,
    /// OverflowError "complex exponentiation".
    Overflow,
}

impl ComplexError {
    pub fn message(self) -> &'static str {
        match self {
            ComplexError::DivisionByZero => "complex division by zero",
            ComplexError::ZeroPower => "0.0 to a negative or complex power",
            ComplexError::Overflow => "complex exponentiation",
        }
    }
}

pub fn c_prod(a: C64, b: C64) -> C64 {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`; None for a zero divisor.
pub fn c_quot(a: C64, b: C64) -> Option<C64> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    let mut r = if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    if r.0.is_nan() && r.1.is_nan() {
        let unit = |v: f64| (if v.is_infinite() { 1.0f64 } else { 0.0 }).copysign(v);
        if (a.0.is_infinite() || a.1.is_infinite()) && b.0.is_finite() && b.1.is_finite() {
            let (x, y) = (unit(a.0), unit(a.1));
            r = (
                f64::INFINITY * (x * b.0 + y * b.1),
                f64::INFINITY * (y * b.0 - x * b.1),
            );
        } else if (abs_br.is_infinite() || abs_bi.is_infinite())
            && a.0.is_finite()
            && a.1.is_finite()
        {
            let (x, y) = (unit(b.0), unit(b.1));
            r = (0.0 * (a.0 * x + a.1 * y), 0.0 * (a.1 * x - a.0 * y));
        }
    }
    Some(r)
}

fn c_powu(x: C64, n: u64) -> C64 {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

/// `_Py_c_pow`: through polar form.
fn c_pow(a: C64, b: C64) -> Result<C64, ComplexError> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(ComplexError::ZeroPower);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `a ** b` (`complex_pow`): small integral exponents by repeated multiplication.
pub fn complex_pow(a: C64, b: C64) -> Result<C64, ComplexError> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n >= 0 {
            c_powu(a, n.unsigned_abs())
        } else {
            c_quot((1.0, 0.0), c_powu(a, n.unsigned_abs())).ok_or(ComplexError::ZeroPower)?
        }
    } else {
        c_pow(a, b)?
    };
    if (r.0.is_infinite() || r.1.is_infinite()) && a.0.is_finite() && a.1.is_finite() {
        return Err(ComplexError::Overflow);
    }
    Ok(r)
}

/// `complex(s)`: `[ws] ['('] [ws] real [(+|-) imag 'j'] | imag 'j' [ws] [')'] [ws]`; None when
/// malformed ("complex() arg is a malformed string").
pub fn parse_complex(s: &str) -> Option<C64> {
    let mut t = s.trim_matches(|c: char| c.is_whitespace());
    if let Some(inner) = t.strip_prefix('(') {
        t = inner
            .strip_suffix(')')?
            .trim_matches(|c: char| c.is_whitespace());
    }
    if t.is_empty() {
        return None;
    }
    let bytes = t.as_bytes();
    // Where the imaginary part starts: a sign not at the start and not after an exponent mark.
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let imag_text = |text: &str| -> Option<f64> {
        let body = text.strip_suffix(['j', 'J'])?;
        match body {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => parse_real(body),
        }
    };
    if t.ends_with(['j', 'J']) {
        match split {
            Some(i) => {
                let re = parse_real(&t[..i])?;
                let im = imag_text(&t[i..])?;
                Some((re, im))
            }
            None => Some((0.0, imag_text(t)?)),
        }
    } else {
        Some((parse_real(t)?, 0.0))
    }
}

/// One real part: a float literal without surrounding space (underscores allowed between
/// digits, as `float()` does).
fn parse_real(s: &str) -> Option<f64> {
    if s.is_empty() || s.starts_with(char::is_whitespace) || s.ends_with(char::is_whitespace) {
        return None;
    }
    let sign_free = s.trim_start_matches(['+', '-']);
    if s.len() - sign_free.len() > 1 {
        return None;
    }
    super::float_text::parse_float(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_cpython_spellings() {
        assert_eq!(parse_complex("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse_complex("  3j "), Some((0.0, 3.0)));
        assert_eq!(parse_complex("-1.5e3-2.5j"), Some((-1500.0, -2.5)));
        assert_eq!(parse_complex("(4-0j)"), Some((4.0, -0.0)));
        assert_eq!(parse_complex("j"), Some((0.0, 1.0)));
        assert_eq!(parse_complex("-J"), Some((0.0, -1.0)));
        assert_eq!(parse_complex("1e-3+1e3j"), Some((0.001, 1000.0)));
        assert_eq!(parse_complex("2"), Some((2.0, 0.0)));
        assert_eq!(parse_complex("1+"), None);
        assert_eq!(parse_complex("1 + 2j"), None);
        assert_eq!(parse_complex("()"), None);
        assert_eq!(parse_complex("1+2j+3j"), None);
    }

    #[test]
    fn integral_powers_are_exact() {
        assert_eq!(complex_pow((1.0, 2.0), (2.0, 0.0)), Ok((-3.0, 4.0)));
        assert_eq!(
            complex_pow((0.0, 0.0), (-1.0, 0.0)),
            Err(ComplexError::ZeroPower)
        );
    }
}
