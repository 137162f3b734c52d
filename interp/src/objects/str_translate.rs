//! Python's `str.translate` and the validation and table building of `str.maketrans`.
//!
//! The translation table is a Python object the caller owns, so [`translate`] asks a closure
//! for each code point; the `maketrans` helpers build the entries and produce CPython's errors,
//! leaving the dict itself to the caller.

use super::str_methods::{check_result_len, StrError};

/// What the table says about one code point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Translation {
    /// Absent from the table (a `LookupError` from `__getitem__`): keep the code point.
    Keep,
    /// Mapped to `None`: delete the code point.
    Delete,
    /// Mapped to a str (any length) or to an int (see [`translation_from_int`]).
    Char(String),
}

/// TypeError for a table value that is not an int, None or str.
pub const BAD_MAPPING_TYPE: &str = "character mapping must return integer, None or str";

/// `s.translate(table)`: `lookup` is called with each code point in order and says what
/// replaces it; its error (the caller's exception, or a [`StrError`]) stops the translation.
/// Unlike CPython this calls `lookup` once per code point, with no per-call cache for ASCII,
/// which only shows with a table whose `__getitem__` counts its calls.
pub fn translate<E: From<StrError>>(
    s: &str,
    mut lookup: impl FnMut(u32) -> Result<Translation, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    let mut chars: u128 = 0;
    for c in s.chars() {
        match lookup(c as u32)? {
            Translation::Keep => {
                out.push(c);
                chars += 1;
            }
            Translation::Delete => {}
            Translation::Char(text) => {
                chars += text.chars().count() as u128;
                check_result_len(chars)?;
                out.push_str(&text);
            }
        }
    }
    Ok(out)
}

/// An int value of the table: a code point in `range(0x110000)`, else CPython's `ValueError`.
/// An int too large for `i64` should get the same error from the caller. Lone surrogates are
/// valid in CPython but cannot live in a Rust `String`, so they are `Unsupported`.
pub fn translation_from_int(value: i64) -> Result<Translation, StrError> {
    match u32::try_from(value) {
        Ok(cp) if cp < 0x110000 => match char::from_u32(cp) {
            Some(c) => Ok(Translation::Char(c.to_string())),
            None => Err(StrError::Unsupported(format!(
                "cannot translate to the lone surrogate U+{cp:04X}"
            ))),
        },
        _ => Err(StrError::Value(
            "character mapping must be in range(0x110000)".into(),
        )),
    }
}

/// `str.maketrans(x)` with an `x` that is not exactly a dict.
pub fn maketrans_one_arg_error() -> StrError {
    StrError::Type("if you give only one argument to maketrans it must be a dict".into())
}

/// `str.maketrans(x, y)` with a str `y` and an `x` that is not a str.
pub fn maketrans_first_arg_error() -> StrError {
    StrError::Type("first maketrans argument must be a string if there is a second argument".into())
}

/// `str.maketrans(x, y[, z])` with a `y` (argument 2) or `z` (argument 3) that is not a str;
/// `type_name` is what CPython shows: the type's name ('int', 'list'…), but 'None' for None.
pub fn maketrans_arg_type_error(arg: usize, type_name: &str) -> StrError {
    StrError::Type(format!(
        "maketrans() argument {arg} must be str, not {type_name}"
    ))
}

/// A dict key of one-argument `str.maketrans` that is neither str nor int.
pub fn maketrans_key_type_error() -> StrError {
    StrError::Type("keys in translate table must be strings or integers".into())
}

/// A str key of one-argument `str.maketrans`: its code point. Int keys are kept as they are
/// (even negative ones), and values are kept whatever they are.
pub fn maketrans_str_key(key: &str) -> Result<u32, StrError> {
    let mut chars = key.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(StrError::Value(
            "string keys in translate table must be of length 1".into(),
        )),
    }
}

/// The entries of `str.maketrans(x, y, z)`, in the order CPython inserts them into the new
/// dict: `x[i] -> y[i]`, then every code point of `z` to `None`. Later entries for the same key
/// overwrite earlier ones, as dict insertion does.
pub fn maketrans_pairs(
    x: &str,
    y: &str,
    z: Option<&str>,
) -> Result<Vec<(u32, Option<u32>)>, StrError> {
    if x.chars().count() != y.chars().count() {
        return Err(StrError::Value(
            "the first two maketrans arguments must have equal length".into(),
        ));
    }
    let mut pairs: Vec<(u32, Option<u32>)> = x
        .chars()
        .zip(y.chars())
        .map(|(a, b)| (a as u32, Some(b as u32)))
        .collect();
    pairs.extend(z.unwrap_or("").chars().map(|c| (c as u32, None)));
    Ok(pairs)
}

#[cfg(test)]
#[path = "str_translate_tests.rs"]
mod tests;
