//! Numbers under a parsed format spec: CPython's `format_long_internal`,
//! `format_float_internal`, `calc_number_widths` and `fill_number`, including the zero padding
//! that runs through digit grouping (`format(1234, '09,')` is `'0,001,234'`).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_digits::bigint_to_f64;
use super::float_text::{double_to_string, FloatStyle};
use super::format_spec::{unknown_code, FormatError, Grouping, Spec, MAX_WIDTH};
use super::int_text::int_to_decimal;

/// Decimal point, separator and group size (0: no grouping). The `n` type uses the "C"
/// locale, which has no grouping.
struct Locale {
    decimal_point: char,
    separator: char,
    group: i64,
}

fn locale_for(grouping: Grouping, is_n: bool) -> Locale {
    let (separator, group) = match (is_n, grouping) {
        (true, _) | (false, Grouping::None) => (',', 0),
        (false, Grouping::Comma) => (',', 3),
        (false, Grouping::Underscore) => ('_', 3),
        (false, Grouping::UnderscoreFour) => ('_', 4),
    };
    Locale {
        decimal_point: '.',
        separator,
        group,
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: `digits` grouped from the right, padded with zeros
/// (through the groups) to at least `min_width` characters.
fn group_digits(digits: &[u8], min_width: i64, locale: &Locale) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut end = digits.len();
    // Pieces from right to left: zeros, then digits, then the separator to their right.
    let mut pieces: Vec<String> = Vec::new();
    let mut take = |len: i64, remaining: i64, separator: bool| -> i64 {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let start = end.saturating_sub(usize::try_from(n_chars).unwrap_or(0));
        let mut piece = "0".repeat(usize::try_from(n_zeros).unwrap_or(0));
        if let Some(part) = digits.get(start..end) {
            piece.extend(part.iter().map(|&b| char::from(b)));
        }
        if separator {
            piece.push(locale.separator);
        }
        pieces.push(piece);
        end = start;
        n_chars
    };
    let mut use_separator = false;
    let mut finished = false;
    if locale.group > 0 {
        loop {
            let len = locale.group.min(remaining.max(min_width).max(1));
            remaining -= take(len, remaining, use_separator);
            use_separator = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                finished = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !finished {
        let len = remaining.max(min_width).max(1);
        take(len, remaining, use_separator);
    }
    pieces.iter().rev().map(String::as_str).collect()
}

/// The parts of a number to lay out: `calc_number_widths` and `fill_number`.
struct NumberParts<'a> {
    negative: bool,
    /// `0x` and friends (alternate form).
    prefix: &'a str,
    /// The integer digits, which grouping and zero padding apply to.
    digits: &'a [u8],
    /// Whether a decimal point follows the digits.
    has_decimal: bool,
    /// Everything after the point (fraction, exponent, `%`), or the character of `c`.
    remainder: &'a str,
    /// `X`: upper-case the prefix and digits.
    upper: bool,
}

fn fill_number(
    parts: &NumberParts<'_>,
    spec: &Spec,
    locale: &Locale,
) -> Result<String, FormatError> {
    if spec.width > MAX_WIDTH {
        return Err(FormatError::too_large("width", spec.width));
    }
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = parts.prefix.len() as i64;
    let n_decimal = i64::from(parts.has_decimal);
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digits = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        spec.width - non_digits
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, locale)
    };
    let n_grouped = grouped.chars().count() as i64;
    let padding = spec.width - (non_digits + n_grouped);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match spec.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let fill = |out: &mut String, n: i64| {
        out.extend(std::iter::repeat_n(
            spec.fill,
            usize::try_from(n).unwrap_or(0),
        ));
    };
    let mut out = String::with_capacity(
        usize::try_from(lpad + spad + rpad + non_digits + n_grouped).unwrap_or(0),
    );
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    if parts.upper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    fill(&mut out, spad);
    if parts.upper {
        out.push_str(&grouped.to_ascii_uppercase());
    } else {
        out.push_str(&grouped);
    }
    if parts.has_decimal {
        out.push(locale.decimal_point);
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    Ok(out)
}

/// An int under a parsed spec (`int.__format__` after parsing).
pub(crate) fn format_int_spec(
    n: &BigInt,
    spec: &Spec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(n)
                .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            return format_float_spec(x, spec);
        }
        t => return Err(unknown_code(t, type_name)),
    }
    if spec.precision != -1 {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let locale = locale_for(spec.grouping, ty == 'n');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = n
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        let code = u32::try_from(code)
            .ok()
            .filter(|c| *c <= 0x10ffff)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        let c = char::from_u32(code).ok_or_else(|| FormatError::surrogate(code))?;
        let text = c.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: b"",
            has_decimal: false,
            remainder: &text,
            upper: false,
        };
        return fill_number(&parts, spec, &locale);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if radix == 10 {
        let text = int_to_decimal(n, max_str_digits).map_err(FormatError::value)?;
        text.trim_start_matches('-').to_string()
    } else {
        n.magnitude().to_str_radix(radix)
    };
    let parts = NumberParts {
        negative: n.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: digits.as_bytes(),
        has_decimal: false,
        remainder: "",
        upper: ty == 'X',
    };
    fill_number(&parts, spec, &locale)
}

/// A float under a parsed spec (`format_float_internal`).
pub(crate) fn format_float_spec(x: f64, spec: &Spec) -> Result<String, FormatError> {
    if spec.precision > i64::from(i32::MAX) {
        return Err(FormatError::value("precision too big"));
    }
    if spec.precision > MAX_WIDTH {
        return Err(FormatError::too_large("precision", spec.precision));
    }
    if spec.width > MAX_WIDTH {
        return Err(FormatError::too_large("width", spec.width));
    }
    let mut style = FloatStyle {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
        ..FloatStyle::default()
    };
    let mut default_precision = 6;
    let mut value = x;
    let mut add_pct = false;
    let mut code = match spec.ty {
        None => {
            style.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some('%') => {
            value *= 100.0;
            add_pct = true;
            'f'
        }
        Some(c) => c,
    };
    let precision = if spec.precision < 0 {
        default_precision
    } else {
        if code == 'r' {
            code = 'g';
        }
        spec.precision
    };
    let max_len = usize::try_from(MAX_WIDTH)
        .unwrap_or(usize::MAX)
        .saturating_mul(2);
    let mut text = double_to_string(value, code, precision, style, max_len)
        .map_err(|_| FormatError::too_large("precision", precision))?;
    if add_pct {
        text.push('%');
    }
    let is_n = spec.ty == Some('n');
    if !matches!(spec.sign, Some('+' | ' '))
        && spec.width == -1
        && !is_n
        && spec.grouping == Grouping::None
    {
        return Ok(text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let locale = locale_for(spec.grouping, is_n);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: digits.as_bytes(),
        has_decimal,
        remainder,
        upper: false,
    };
    fill_number(&parts, spec, &locale)
}

/// One part of a complex number, laid out without padding: `sign` is the spec's sign option
/// (`+` for the imaginary part after a real part).
fn complex_part(
    text: &str,
    spec: &Spec,
    sign: Option<char>,
    locale: &Locale,
) -> Result<String, FormatError> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: digits.as_bytes(),
        has_decimal,
        remainder,
        upper: false,
    };
    let bare = Spec {
        fill: ' ',
        align: '<',
        sign,
        width: -1,
        ..spec.clone()
    };
    fill_number(&parts, &bare, locale)
}

/// `format(z, spec)` for a complex with a non-empty spec (`format_complex_internal`): both
/// parts formatted alike, the imaginary one always signed, then padded as a whole. Without a
/// presentation type it looks like `str(z)`, parenthesised unless the real part is +0.
pub fn format_complex_as(
    re: f64,
    im: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, FormatError> {
    let parsed = super::format_spec::parse_spec(spec, type_name, None, '>')?;
    if let Some(t) = parsed.ty.filter(|t| !"eEfFgGn".contains(*t)) {
        return Err(unknown_code(t, type_name));
    }
    if parsed.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if parsed.align == '=' {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    if parsed.precision > MAX_WIDTH {
        return Err(FormatError::too_large("precision", parsed.precision));
    }
    if parsed.width > MAX_WIDTH {
        return Err(FormatError::too_large("width", parsed.width));
    }
    let style = FloatStyle {
        alt: parsed.alternate,
        no_neg_0: parsed.no_neg_0,
        ..FloatStyle::default()
    };
    let (mut code, mut default_precision) = (parsed.ty.unwrap_or('r'), 6);
    let (mut skip_re, mut add_parens) = (false, false);
    if parsed.ty.is_none() {
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if code == 'n' {
        code = 'g';
    }
    let precision = if parsed.precision < 0 {
        default_precision
    } else {
        if code == 'r' {
            code = 'g';
        }
        parsed.precision
    };
    let max_len = usize::try_from(MAX_WIDTH).unwrap_or(usize::MAX);
    let too_long = |_| FormatError::too_large("precision", precision);
    let re_text = double_to_string(re, code, precision, style, max_len).map_err(too_long)?;
    let im_text = double_to_string(im, code, precision, style, max_len).map_err(too_long)?;
    let locale = locale_for(parsed.grouping, parsed.ty == Some('n'));
    let re_part = if skip_re {
        String::new()
    } else {
        complex_part(&re_text, &parsed, parsed.sign, &locale)?
    };
    let im_sign = if skip_re { parsed.sign } else { Some('+') };
    let im_part = complex_part(&im_text, &parsed, im_sign, &locale)?;
    let body_len = (re_part.chars().count() + im_part.chars().count() + 1) as i64
        + if add_parens { 2 } else { 0 };
    let padding = (parsed.width - body_len).max(0);
    let (lpad, rpad) = match parsed.align {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let fill = |n: i64| -> String {
        std::iter::repeat_n(parsed.fill, usize::try_from(n).unwrap_or(0)).collect()
    };
    let mut out = fill(lpad);
    if add_parens {
        out.push('(');
    }
    out.push_str(&re_part);
    out.push_str(&im_part);
    out.push('j');
    if add_parens {
        out.push(')');
    }
    out.push_str(&fill(rpad));
    Ok(out)
}
