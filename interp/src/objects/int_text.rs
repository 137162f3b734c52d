//! Text of ints: parsing with Python's `int(str, base)` rules.

use num_bigint::BigInt;
use num_traits::Num;

/// The text is not an int literal in the base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidLiteral;

/// `int(s, base)`; Err for an invalid literal.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, InvalidLiteral> {
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && lower.chars().any(|c| c != '0' && c != '_')
                {
                    return Err(InvalidLiteral);
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    let digits = digits.strip_prefix('_').unwrap_or(&digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(InvalidLiteral);
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return Err(InvalidLiteral);
    }
    let v = BigInt::from_str_radix(&clean, base).map_err(|_| InvalidLiteral)?;
    Ok(if neg { -v } else { v })
}
