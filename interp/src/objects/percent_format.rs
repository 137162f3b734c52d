//! printf-style `%` conversions (`'%5.2f' % x`): the spec parser and the text of each
//! conversion, ported from CPython's `Objects/unicodeobject.c`. The caller walks the format
//! string, fetches arguments (tuple or mapping), converts them (`int(x)` for `%d` of a float,
//! `str`/`repr`/`ascii` for `%s %r %a`) and raises the argument-count and type errors.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_text::{double_to_string, FloatStyle};
use super::format_spec::{FormatError, MAX_WIDTH};
use super::int_text::int_to_decimal;

/// The flags between `%` and the width.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always write a sign.
    pub plus: bool,
    /// space: a space before positive numbers.
    pub blank: bool,
    /// `#`: alternate form (`0x`, `0o`, kept decimal point).
    pub alt: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// One parsed conversion specifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The flags.
    pub flags: PercentFlags,
    /// -1 when not given.
    pub width: i64,
    /// -1 when not given.
    pub prec: i64,
    /// The conversion character (`d`, `f`, `s`, …; `%` too, which CPython then rejects).
    pub conv: char,
}

/// Which `*` the parser needs a value for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Star {
    /// `%*d`: a negative value means left-justified.
    Width,
    /// `%.*f`: a negative value means 0.
    Precision,
}

/// A parse failure: a format error, or the caller's own error from fetching a `*` argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentParseError<E> {
    /// ValueError/OverflowError from the spec itself.
    Format(FormatError),
    /// Whatever the `*` callback returned.
    Arg(E),
}

/// Parses a mapping key `(name)` at `pos` (just after the `%`): the key and the position after
/// its `)`, or None when there is no key. Parentheses nest. The caller raises TypeError
/// "format requires a mapping" when the argument is not a mapping, before calling this.
pub fn parse_percent_key(fmt: &[char], pos: usize) -> Result<Option<(String, usize)>, FormatError> {
    if fmt.get(pos) != Some(&'(') {
        return Ok(None);
    }
    let start = pos + 1;
    let mut depth = 1;
    let mut i = start;
    while depth > 0 {
        match fmt.get(i) {
            None => return Err(FormatError::value("incomplete format key")),
            Some(')') => depth -= 1,
            Some('(') => depth += 1,
            Some(_) => {}
        }
        i += 1;
    }
    let key: String = fmt.get(start..i - 1).unwrap_or_default().iter().collect();
    Ok(Some((key, i)))
}

/// Parses flags, width, precision, a length modifier (`h`, `l`, `L`, ignored) and the
/// conversion character, starting at `pos` (after `%` and any key). Returns the spec and the
/// position after the conversion character (so it sits at `next - 1`, the index CPython's
/// "unsupported format character" message uses). `star` supplies each `*` value in order; a
/// width that does not fit `Py_ssize_t` is the callback's OverflowError ("Python int too large
/// to convert to C ssize_t"), a precision outside C int is reported here.
pub fn parse_percent_spec<E>(
    fmt: &[char],
    pos: usize,
    star: &mut dyn FnMut(Star) -> Result<i64, E>,
) -> Result<(PercentSpec, usize), PercentParseError<E>> {
    let incomplete = || PercentParseError::Format(FormatError::value("incomplete format"));
    let mut i = pos;
    let mut flags = PercentFlags::default();
    loop {
        match fmt.get(i) {
            Some('-') => flags.left = true,
            Some('+') => flags.plus = true,
            Some(' ') => flags.blank = true,
            Some('#') => flags.alt = true,
            Some('0') => flags.zero = true,
            _ => break,
        }
        i += 1;
    }
    let mut width = -1i64;
    if fmt.get(i) == Some(&'*') {
        let w = star(Star::Width).map_err(PercentParseError::Arg)?;
        if w < 0 {
            flags.left = true;
        }
        width = w.saturating_abs();
        i += 1;
    } else if let Some(w) = read_number(fmt, &mut i, i64::MAX, "width too big")? {
        width = w;
    }
    let mut prec = -1i64;
    if fmt.get(i) == Some(&'.') {
        prec = 0;
        i += 1;
        if fmt.get(i) == Some(&'*') {
            let p = star(Star::Precision).map_err(PercentParseError::Arg)?;
            if p < i64::from(i32::MIN) || p > i64::from(i32::MAX) {
                return Err(PercentParseError::Format(FormatError::overflow(
                    "Python int too large to convert to C int",
                )));
            }
            prec = p.max(0);
            i += 1;
        } else if let Some(p) = read_number(fmt, &mut i, i64::from(i32::MAX), "precision too big")?
        {
            prec = p;
        }
    }
    if matches!(fmt.get(i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    let conv = *fmt.get(i).ok_or_else(incomplete)?;
    Ok((
        PercentSpec {
            flags,
            width,
            prec,
            conv,
        },
        i + 1,
    ))
}

/// ASCII digits at `i`, if any, refusing values above `max` with `message`.
fn read_number<E>(
    fmt: &[char],
    i: &mut usize,
    max: i64,
    message: &str,
) -> Result<Option<i64>, PercentParseError<E>> {
    let mut value: Option<i64> = None;
    while let Some(d) = fmt
        .get(*i)
        .and_then(|c| c.to_digit(10).filter(|_| c.is_ascii()))
    {
        let d = i64::from(d);
        let v = value.unwrap_or(0);
        if v > (max - d) / 10 {
            return Err(PercentParseError::Format(FormatError::value(message)));
        }
        value = Some(v * 10 + d);
        *i += 1;
    }
    Ok(value)
}

/// `unsupported format character 'y' (0x79) at index 1`.
pub fn unsupported_message(conv: char, index: usize) -> String {
    let cp = u32::from(conv);
    let shown = if (31..=126).contains(&cp) { conv } else { '?' };
    format!("unsupported format character '{shown}' ({cp:#x}) at index {index}")
}

fn check_width(spec: &PercentSpec) -> Result<(), FormatError> {
    if spec.width > MAX_WIDTH {
        return Err(FormatError::too_large("width", spec.width));
    }
    Ok(())
}

/// `%d %i %u %o %x %X` of an int (the caller converts floats with `int()` for `d i u`, and
/// requires an integer for `o x X`). `max_str_digits` bounds decimal output (0: no limit).
pub fn percent_int(
    n: &BigInt,
    spec: &PercentSpec,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    check_width(spec)?;
    if spec.prec > i64::from(i32::MAX) - 3 {
        return Err(FormatError::overflow("precision too large"));
    }
    if spec.prec > MAX_WIDTH {
        return Err(FormatError::too_large("precision", spec.prec));
    }
    let conv = spec.conv;
    let (digits, prefix) = match conv {
        'o' => (n.magnitude().to_str_radix(8), "0o"),
        'x' | 'X' => (n.magnitude().to_str_radix(16), "0x"),
        _ => {
            let text = int_to_decimal(n, max_str_digits).map_err(FormatError::value)?;
            (text.trim_start_matches('-').to_string(), "")
        }
    };
    let mut text = String::new();
    if n.sign() == Sign::Minus {
        text.push('-');
    }
    if spec.flags.alt {
        text.push_str(prefix);
    }
    let zeros = usize::try_from(spec.prec)
        .unwrap_or(0)
        .saturating_sub(digits.len());
    text.extend(std::iter::repeat_n('0', zeros));
    text.push_str(&digits);
    if conv == 'X' {
        text = text.to_ascii_uppercase();
    }
    Ok(output(&text, spec, true))
}

/// `%e %E %f %F %g %G` of a float (the caller converts ints, raising OverflowError "int too
/// large to convert to float" when needed). Precision defaults to 6.
pub fn percent_float(x: f64, spec: &PercentSpec) -> Result<String, FormatError> {
    check_width(spec)?;
    if spec.prec > MAX_WIDTH {
        return Err(FormatError::too_large("precision", spec.prec));
    }
    let prec = if spec.prec < 0 { 6 } else { spec.prec };
    let style = FloatStyle {
        alt: spec.flags.alt,
        ..FloatStyle::default()
    };
    let max_len = usize::try_from(MAX_WIDTH)
        .unwrap_or(usize::MAX)
        .saturating_mul(2);
    let text = double_to_string(x, spec.conv, prec, style, max_len)
        .map_err(|_| FormatError::too_large("precision", prec))?;
    Ok(output(&text, spec, true))
}

/// The character `%c` prints for an int argument (OverflowError outside range(0x110000)).
/// A str argument of length 1 is used as is; others are the caller's TypeError.
pub fn percent_char_code(n: &BigInt) -> Result<char, FormatError> {
    let code = n
        .to_u32()
        .filter(|c| *c <= 0x10ffff)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    char::from_u32(code).ok_or_else(|| FormatError::surrogate(code))
}

/// `%c` of a character: padded to the width, never zero-filled.
pub fn percent_char(c: char, spec: &PercentSpec) -> Result<String, FormatError> {
    check_width(spec)?;
    let mut buf = [0u8; 4];
    Ok(output(c.encode_utf8(&mut buf), spec, false))
}

/// `%s %r %a` of the already converted text: cut to the precision, padded to the width.
pub fn percent_text(text: &str, spec: &PercentSpec) -> Result<String, FormatError> {
    check_width(spec)?;
    Ok(output(text, spec, false))
}

/// CPython's `unicode_format_arg_output`: sign, `0x` prefix, fill and justification. `sign` is
/// set for numeric conversions.
fn output(text: &str, spec: &PercentSpec, mut sign: bool) -> String {
    let flags = spec.flags;
    let fill = if sign && flags.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = spec.width;
    if matches!(spec.conv, 's' | 'r' | 'a') && spec.prec >= 0 && len > spec.prec {
        len = spec.prec;
    }
    let mut pindex = 0usize;
    let mut sign_char = ' ';
    if sign {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign_char = c;
                len -= 1;
                pindex += 1;
            }
            _ if flags.plus => sign_char = '+',
            _ if flags.blank => sign_char = ' ',
            _ => sign = false,
        }
    }
    if width < len {
        width = len;
    }
    let mut out = String::with_capacity(usize::try_from(width).unwrap_or(0) + 2);
    let push_fill = |out: &mut String, c: char, n: i64| {
        out.extend(std::iter::repeat_n(c, usize::try_from(n).unwrap_or(0)));
    };
    if sign {
        if fill != ' ' {
            out.push(sign_char);
        }
        if width > len {
            width -= 1;
        }
    }
    let alt_prefix = flags.alt && matches!(spec.conv, 'x' | 'X' | 'o');
    if alt_prefix {
        if fill != ' ' {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !flags.left {
        push_fill(&mut out, fill, width - len);
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(sign_char);
        }
        if alt_prefix {
            out.push('0');
            out.push(spec.conv);
            pindex += 2;
        }
    }
    let end = pindex.saturating_add(usize::try_from(len).unwrap_or(0));
    if let Some(part) = chars.get(pindex..end.min(chars.len())) {
        out.extend(part.iter());
    }
    if width > len {
        push_fill(&mut out, ' ', width - len);
    }
    out
}

#[cfg(test)]
#[path = "percent_format_tests.rs"]
pub(crate) mod tests;
