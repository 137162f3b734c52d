//! The format-spec mini-language of `format()`, f-strings and `str.format` for int, float, str.

use num_bigint::BigInt;
use num_traits::Signed;

use crate::objects::float_text::float_repr;

/// Widths and precisions above this are refused rather than allocated.
const MAX_WIDTH: usize = 10_000_000;

#[derive(Debug, Default, Clone)]
struct Spec {
    fill: char,
    align: Option<char>,
    sign: Option<char>,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse(spec: &str, what: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec {
        fill: ' ',
        ..Spec::default()
    };
    if chars.len() >= 2 && matches!(chars[1], '<' | '>' | '^' | '=') {
        s.fill = chars[0];
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && matches!(chars[0], '<' | '>' | '^' | '=') {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = w
            .parse()
            .map_err(|_| "Too many decimal digits in format string".to_string())?;
        if s.width > MAX_WIDTH {
            return Err("Too many decimal digits in format string".into());
        }
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = chars[start..i].iter().collect();
        let p: usize = p
            .parse()
            .map_err(|_| "Too many decimal digits in format string".to_string())?;
        if p > MAX_WIDTH {
            return Err("Too many decimal digits in format string".into());
        }
        s.precision = Some(p);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(format!(
            "Invalid format specifier '{spec}' for object of type '{what}'"
        ));
    }
    Ok(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Pads `body` (already signed) to the spec's width.
fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    let (fill, align) = if s.zero && s.align.is_none() {
        ('0', '=')
    } else {
        (s.fill, s.align.unwrap_or(default_align))
    };
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

fn sign_of(s: &Spec, negative: bool) -> &'static str {
    match (negative, s.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

pub fn format_int(i: &BigInt, spec: &str) -> Result<String, String> {
    let s = parse(spec, "int")?;
    match s.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f: f64 = num_traits::ToPrimitive::to_f64(i).unwrap_or(f64::INFINITY);
            return format_float(f, spec);
        }
        Some('s') => return Err("Unknown format code 's' for object of type 'int'".into()),
        _ => {}
    }
    if s.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    let abs = i.abs();
    let (digits, prefix, every) = match s.ty {
        None | Some('d') | Some('n') => (abs.to_string(), "", 3),
        Some('x') => (abs.to_str_radix(16), "0x", 4),
        Some('X') => (abs.to_str_radix(16).to_uppercase(), "0X", 4),
        Some('o') => (abs.to_str_radix(8), "0o", 4),
        Some('b') => (abs.to_str_radix(2), "0b", 4),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(i)
                .and_then(char::from_u32)
                .ok_or("%c arg not in range(0x110000)")?;
            return Ok(pad(&s, "", &c.to_string(), '<'));
        }
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'int'"
            ))
        }
    };
    if s.grouping == Some(',') && matches!(s.ty, Some('x' | 'X' | 'o' | 'b')) {
        return Err(format!(
            "Cannot specify ',' with '{}'.",
            s.ty.unwrap_or('d')
        ));
    }
    let mut body = match s.grouping {
        Some(g) => group(&digits, g, every),
        None => digits,
    };
    let sign = sign_of(&s, i.is_negative());
    let prefix = if s.alt { prefix } else { "" };
    if s.zero && s.align.is_none() && s.grouping.is_some() {
        let want = s.width.saturating_sub(sign.len() + prefix.len());
        let g = s.grouping.unwrap_or(',');
        let mut raw: String = body.chars().filter(|c| *c != g).collect();
        while group(&raw, g, every).len() < want {
            raw.insert(0, '0');
        }
        body = group(&raw, g, every);
        return Ok(format!("{sign}{prefix}{body}"));
    }
    Ok(pad(&s, &format!("{sign}{prefix}"), &body, '>'))
}

fn exp_form(x: f64, prec: usize, upper: bool) -> String {
    let t = format!("{:.*e}", prec, x);
    let (m, e) = t.split_once('e').unwrap_or((&t, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let s = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

/// `%g` style: significant digits, trailing zeros removed unless `alt`.
fn general(x: f64, prec: usize, upper: bool, alt: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if x == 0.0 {
        let z = if alt {
            format!("0.{}", "0".repeat(p - 1))
        } else {
            "0".to_string()
        };
        return if x.is_sign_negative() {
            format!("-{z}")
        } else {
            z
        };
    }
    let t = format!("{:.*e}", p - 1, x);
    let e: i32 = t
        .split_once('e')
        .map(|(_, e)| e.parse().unwrap_or(0))
        .unwrap_or(0);
    let mut s = if e < -4 || e >= p as i32 {
        exp_form(x, p - 1, upper)
    } else {
        format!("{:.*}", (p as i32 - 1 - e).max(0) as usize, x)
    };
    if !alt {
        if let Some(epos) = s.find(['e', 'E']) {
            let (m, rest) = s.split_at(epos);
            let m = if m.contains('.') {
                m.trim_end_matches('0').trim_end_matches('.')
            } else {
                m
            };
            s = format!("{m}{rest}");
        } else if s.contains('.') {
            s = s.trim_end_matches('0').trim_end_matches('.').to_string();
        }
    }
    s
}

pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    let s = parse(spec, "float")?;
    let neg = x.is_sign_negative() && !(x.is_nan());
    let a = x.abs();
    let upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    let mut body = if !a.is_finite() {
        let t = if a.is_nan() { "nan" } else { "inf" };
        if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        }
    } else {
        match s.ty {
            Some('f' | 'F') => format!("{:.*}", s.precision.unwrap_or(6), a),
            Some('e' | 'E') => exp_form(a, s.precision.unwrap_or(6), upper),
            Some('g' | 'G') => general(a, s.precision.unwrap_or(6), upper, s.alt),
            Some('n') => general(a, s.precision.unwrap_or(6), false, s.alt),
            Some('%') => format!("{:.*}%", s.precision.unwrap_or(6), a * 100.0),
            None => match s.precision {
                Some(p) => {
                    let g = general(a, p, false, s.alt);
                    if g.contains(['.', 'e', 'n', 'i']) {
                        g
                    } else {
                        format!("{g}.0")
                    }
                }
                None => float_repr(a),
            },
            Some(t) => {
                return Err(format!(
                    "Unknown format code '{t}' for object of type 'float'"
                ))
            }
        }
    };
    if s.alt && !body.contains('.') && a.is_finite() && !matches!(s.ty, Some('g' | 'G')) {
        if let Some(p) = body.find(['e', 'E', '%']) {
            body.insert(p, '.');
        } else {
            body.push('.');
        }
    }
    if let Some(g) = s.grouping {
        let end = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (int_part, rest) = body.split_at(end);
        body = format!("{}{rest}", group(int_part, g, 3));
    }
    let sign = sign_of(&s, neg);
    Ok(pad(&s, sign, &body, '>'))
}

pub fn format_str(text: &str, spec: &str) -> Result<String, String> {
    let s = parse(spec, "str")?;
    match s.ty {
        None | Some('s') => {}
        Some(t) => {
            return Err(format!(
                "Unknown format code '{t}' for object of type 'str'"
            ))
        }
    }
    if s.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if s.alt {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    if let Some(g) = s.grouping {
        return Err(format!("Cannot specify '{g}' with 's'."));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    let mut s2 = s.clone();
    if s2.zero && s2.align.is_none() {
        s2.zero = false;
        s2.fill = '0';
        s2.align = Some('<');
    }
    Ok(pad(&s2, "", &body, '<'))
}
