//! The format-spec mini-language of `format()`, f-strings and `str.format` for int, bool,
//! float and str: `[[fill]align][sign]["z"]["#"]["0"][width][grouping][.precision][type]`,
//! ported from CPython's `Python/formatter_unicode.c` with its exact error messages.

use num_bigint::BigInt;

use super::float_text::float_repr;
use super::format_number::{format_float_spec, format_int_spec};
use super::int_text::{int_to_decimal, DEFAULT_MAX_STR_DIGITS};
use super::num_unicode::decimal_value;

/// The largest width, and float precision, honoured. CPython would try to allocate whatever is
/// asked (and raise MemoryError when that fails); refusing early keeps a `'{:1000000000}'`
/// from taking a gigabyte.
pub const MAX_WIDTH: i64 = 10_000_000;

/// The Python exception a formatting error maps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    /// ValueError.
    Value,
    /// OverflowError.
    Overflow,
    /// The result would exceed [`MAX_WIDTH`]: MemoryError is the closest CPython exception.
    Memory,
    /// A lone surrogate (`format(0xD800, 'c')`, `'%c' % 0xD800`): CPython returns it, but a Rust
    /// string cannot hold it. ValueError is suggested.
    Unsupported,
}

/// A formatting error: the exception kind and CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    /// Which exception to raise.
    pub kind: FormatErrorKind,
    /// Its message.
    pub message: String,
}

impl FormatError {
    pub(crate) fn value(message: impl Into<String>) -> FormatError {
        FormatError {
            kind: FormatErrorKind::Value,
            message: message.into(),
        }
    }

    pub(crate) fn overflow(message: impl Into<String>) -> FormatError {
        FormatError {
            kind: FormatErrorKind::Overflow,
            message: message.into(),
        }
    }

    pub(crate) fn too_large(what: &str, n: i64) -> FormatError {
        FormatError {
            kind: FormatErrorKind::Memory,
            message: format!("format {what} {n} exceeds the limit of {MAX_WIDTH}"),
        }
    }

    pub(crate) fn surrogate(cp: u32) -> FormatError {
        FormatError {
            kind: FormatErrorKind::Unsupported,
            message: format!("cannot format the lone surrogate U+{cp:04X}"),
        }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Digit grouping requested by the spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// None.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (with `b`, `o`, `x`, `X`).
    UnderscoreFour,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The fill character (space unless given, `0` after the `0` flag).
    pub fill: char,
    /// One of `<`, `>`, `^`, `=`.
    pub align: char,
    /// `+`, `-` or space when given.
    pub sign: Option<char>,
    /// `z`: no minus sign on a float that rounds to zero.
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    /// -1 when not given.
    pub width: i64,
    /// `,` or `_`.
    pub grouping: Grouping,
    /// -1 when not given.
    pub precision: i64,
    /// The presentation type; None for a float without one.
    pub ty: Option<char>,
}

/// `Unknown format code 'd' for object of type 'float'`.
pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    let code = describe_char(ty);
    FormatError::value(format!(
        "Unknown format code '{code}' for object of type '{}'",
        truncate(type_name, 200)
    ))
}

/// A presentation type as CPython's messages show it: itself when printable ASCII, else
/// `\x` and its hex code.
fn describe_char(c: char) -> String {
    let cp = u32::from(c);
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{cp:x}")
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Reads decimal digits (any Unicode decimal digit, as CPython) at `pos`: the value and how
/// many digits there were. Fails when the value exceeds `Py_ssize_t`.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(i64, usize), FormatError> {
    let mut value: i64 = 0;
    let mut count = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| decimal_value(*c)) {
        let d = i64::from(d);
        if value > (i64::MAX - d) / 10 {
            return Err(FormatError::value(
                "Too many decimal digits in format string",
            ));
        }
        value = value * 10 + d;
        count += 1;
        *pos += 1;
    }
    Ok((value, count))
}

/// Parses `spec` for an object of type `type_name`, with the type's default presentation
/// type and alignment (int: `d`, `>`; float: none, `>`; str: `s`, `<`).
pub fn parse_spec(
    spec: &str,
    type_name: &str,
    default_type: Option<char>,
    default_align: char,
) -> Result<Spec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let is_align = |c: Option<char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let mut pos = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if chars.len() >= 2 && is_align(at(1)) {
        out.fill = at(0).unwrap_or(' ');
        out.align = at(1).unwrap_or(default_align);
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if is_align(at(0)) {
        out.align = at(0).unwrap_or(default_align);
        align_given = true;
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && at(pos) == Some('0') {
        out.fill = '0';
        if !align_given && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    let (width, digits) = get_integer(&chars, &mut pos)?;
    if digits > 0 {
        out.width = width;
    }
    if at(pos) == Some(',') {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping != Grouping::None {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Grouping::Underscore {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    if at(pos) == Some('.') {
        pos += 1;
        let (precision, digits) = get_integer(&chars, &mut pos)?;
        if digits == 0 {
            return Err(FormatError::value("Format specifier missing precision"));
        }
        out.precision = precision;
    }
    let remaining = chars.len().saturating_sub(pos);
    if remaining > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{}'",
            truncate(type_name, 200)
        )));
    }
    if remaining == 1 {
        out.ty = at(pos);
    }
    if out.grouping != Grouping::None {
        let sep = if out.grouping == Grouping::Comma {
            ','
        } else {
            '_'
        };
        match out.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if out.grouping == Grouping::Underscore => {
                out.grouping = Grouping::UnderscoreFour;
            }
            Some(t) => {
                return Err(FormatError::value(format!(
                    "Cannot specify '{sep}' with '{}'.",
                    describe_char(t)
                )));
            }
        }
    }
    Ok(out)
}

/// `format(n, spec)` for an int; errors are ValueError messages. See [`format_int_as`].
pub fn format_int(n: &BigInt, spec: &str) -> Result<String, String> {
    format_int_as(n, spec, "int", DEFAULT_MAX_STR_DIGITS).map_err(|e| e.message)
}

/// `format(n, spec)` for an int or an int subclass named `type_name` (`"bool"` for bools: see
/// [`format_bool`]); `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit), which
/// decimal output obeys. Float presentation types convert the int to a float first.
pub fn format_int_as(
    n: &BigInt,
    spec: &str,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    if spec.is_empty() {
        return int_to_decimal(n, max_str_digits).map_err(FormatError::value);
    }
    let parsed = parse_spec(spec, type_name, Some('d'), '>')?;
    format_int_spec(n, &parsed, type_name, max_str_digits)
}

/// `format(b, spec)` for a bool: `str(b)` for an empty spec, else formatted as the int 0 or 1
/// (so `format(True, '^5')` is `'  1  '`), with `bool` in error messages.
pub fn format_bool(b: bool, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(if b { "True" } else { "False" }.into());
    }
    format_int_as(
        &BigInt::from(u8::from(b)),
        spec,
        "bool",
        DEFAULT_MAX_STR_DIGITS,
    )
}

/// `format(x, spec)` for a float; errors are messages (ValueError, except the over-limit case).
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    format_float_as(x, spec, "float").map_err(|e| e.message)
}

/// `format(x, spec)` for a float or a float subclass named `type_name`. Types `e E f F g G n %`
/// and none (repr-like: shortest digits, or `g` with at least one digit after the point).
pub fn format_float_as(x: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let parsed = parse_spec(spec, type_name, None, '>')?;
    match parsed.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &parsed),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// `format(s, spec)` for a str; errors are ValueError messages.
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    format_str_as(s, spec, "str").map_err(|e| e.message)
}

/// `format(s, spec)` for a str or a str subclass named `type_name`.
pub fn format_str_as(s: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = parse_spec(spec, type_name, Some('s'), '<')?;
    if parsed.ty != Some('s') {
        return Err(unknown_code(parsed.ty.unwrap_or('\0'), type_name));
    }
    match parsed.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if parsed.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if parsed.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if parsed.align == '=' {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if parsed.width > MAX_WIDTH {
        return Err(FormatError::too_large("width", parsed.width));
    }
    let mut len = s.chars().count() as i64;
    let text: &str = if parsed.precision >= 0 && len > parsed.precision {
        len = parsed.precision;
        let end = s
            .char_indices()
            .nth(usize::try_from(parsed.precision).unwrap_or(usize::MAX))
            .map_or(s.len(), |(i, _)| i);
        s.get(..end).unwrap_or(s)
    } else {
        s
    };
    Ok(pad(text, len, parsed.width, parsed.align, parsed.fill))
}

/// CPython's `calc_padding` and the fill around a string: `width` -1 means none.
pub(crate) fn pad(text: &str, len: i64, width: i64, align: char, fill: char) -> String {
    let total = width.max(len);
    let lpad = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(text.len() + usize::try_from(total - len).unwrap_or(0));
    out.extend(std::iter::repeat_n(
        fill,
        usize::try_from(lpad).unwrap_or(0),
    ));
    out.push_str(text);
    out.extend(std::iter::repeat_n(
        fill,
        usize::try_from(rpad).unwrap_or(0),
    ));
    out
}

#[cfg(test)]
#[path = "format_spec_tests.rs"]
pub(crate) mod tests;
