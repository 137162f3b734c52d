//! printf-style `%` formatting of str.

use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

pub fn percent_format(vm: &mut Vm, fmt: &str, args: Value) -> RtResult<String> {
    let is_tuple = matches!(args.as_obj().map(|id| vm.heap.get(id)), Some(Obj::Tuple(_)));
    let is_mapping = matches!(args.as_obj().map(|id| vm.heap.get(id)), Some(Obj::Dict(_)))
        || vm.lookup_user_method(args, "__getitem__").is_some()
            && !is_tuple
            && vm.str_of(args).is_none();
    let items = if is_tuple {
        vm.tuple_items(args)
    } else {
        vec![args]
    };
    let mut next = 0usize;
    let mut used_mapping = false;
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // Mapping key.
        let mut value: Option<Value> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[start..i - 1].iter().collect();
            if !is_mapping {
                return Err(vm.type_error("format requires a mapping"));
            }
            let k = vm.new_str(key)?;
            value = Some(vm.getitem(args, k)?);
            used_mapping = true;
        }
        let mut flags = String::new();
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            flags.push(chars[i]);
            i += 1;
        }
        let mut width = String::new();
        if i < chars.len() && chars[i] == '*' {
            let w = items.get(next).copied().unwrap_or(Value::None);
            next += 1;
            width = vm.index_of(w)?.to_string();
            i += 1;
        }
        while i < chars.len() && chars[i].is_ascii_digit() {
            width.push(chars[i]);
            i += 1;
        }
        let mut precision: Option<String> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < chars.len() && chars[i] == '*' {
                let w = items.get(next).copied().unwrap_or(Value::None);
                next += 1;
                p = vm.index_of(w)?.to_string();
                i += 1;
            }
            while i < chars.len() && chars[i].is_ascii_digit() {
                p.push(chars[i]);
                i += 1;
            }
            precision = Some(if p.is_empty() { "0".into() } else { p });
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let v = match value {
            Some(v) => v,
            None => {
                if is_mapping && !is_tuple && used_mapping {
                    return Err(vm.type_error("not enough arguments for format string"));
                }
                let Some(v) = items.get(next).copied() else {
                    return Err(vm.type_error("not enough arguments for format string"));
                };
                next += 1;
                v
            }
        };
        let mut spec = String::new();
        let left = flags.contains('-');
        if flags.contains('+') {
            spec.push('+');
        } else if flags.contains(' ') {
            spec.push(' ');
        }
        if flags.contains('#') {
            spec.push('#');
        }
        let text = match conv {
            's' | 'r' | 'a' => {
                let s = match conv {
                    's' => {
                        let sv = vm.to_str_value(v)?;
                        vm.str_of(sv).unwrap_or("").to_string()
                    }
                    'r' => vm.repr(v)?,
                    _ => vm.ascii(v)?,
                };
                match &precision {
                    Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                    None => s,
                }
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' | 'c' => {
                let num = vm.num(v);
                let iv = match (conv, num) {
                    ('c', _) => {
                        if let Some(s) = vm.str_of(v) {
                            if s.chars().count() == 1 {
                                s.to_string()
                            } else {
                                return Err(vm.type_error("%c requires an int or a unicode character, not a string of length ".to_string() + &s.chars().count().to_string()));
                            }
                        } else {
                            let n = vm.index_of(v)?;
                            match u32::try_from(n).ok().and_then(char::from_u32) {
                                Some(c) => c.to_string(),
                                None => {
                                    return Err(
                                        vm.err(Ty::OverflowError, "%c arg not in range(0x110000)")
                                    )
                                }
                            }
                        }
                    }
                    (_, Some(Num::Float(f))) if matches!(conv, 'd' | 'i' | 'u') => {
                        let i: num_bigint::BigInt =
                            num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
                        num_spec(vm, &i, conv, &flags, &precision)?
                    }
                    (_, Some(Num::Int(_) | Num::Big(_))) => {
                        let i = crate::builtins::numeric::int_arg(vm, v)?;
                        num_spec(vm, &i, conv, &flags, &precision)?
                    }
                    _ => {
                        let tn = vm.type_name(v);
                        let msg = if matches!(conv, 'x' | 'X' | 'o') {
                            format!("%{conv} format: an integer is required, not {tn}")
                        } else {
                            format!("%{conv} format: a real number is required, not {tn}")
                        };
                        return Err(vm.type_error(msg));
                    }
                };
                iv
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let f = match vm.num(v) {
                    Some(Num::Int(i)) => i as f64,
                    Some(Num::Big(b)) => crate::eval::ops::big_to_f64(&b).unwrap_or(f64::INFINITY),
                    Some(Num::Float(f)) => f,
                    _ => {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!("must be real number, not {tn}")));
                    }
                };
                let p = precision.clone().unwrap_or_else(|| "6".into());
                let zero = if flags.contains('0') && !left {
                    "0"
                } else {
                    ""
                };
                let full = format!("{spec}{zero}{width}.{p}{conv}");
                crate::objects::format_spec::format_float(f, &full)
                    .map_err(|e| vm.value_error(e))?
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' (0x{:x}) at index {}",
                    other as u32,
                    i - 1
                )))
            }
        };
        let w: usize = width.parse().unwrap_or(0);
        let n = text.chars().count();
        if w > n && !matches!(conv, 'f' | 'F' | 'e' | 'E' | 'g' | 'G') {
            if left {
                out.push_str(&text);
                out.push_str(&" ".repeat(w - n));
            } else if flags.contains('0') && !matches!(conv, 's' | 'r' | 'a' | 'c') {
                let (sign, digits) = match text.chars().next() {
                    Some(c @ ('-' | '+' | ' ')) => (c.to_string(), text[1..].to_string()),
                    _ => (String::new(), text.clone()),
                };
                let (pfx, digits) = if flags.contains('#')
                    && digits.len() > 2
                    && digits.starts_with('0')
                    && !digits[1..2].chars().all(|c| c.is_ascii_digit())
                {
                    (digits[..2].to_string(), digits[2..].to_string())
                } else {
                    (String::new(), digits)
                };
                out.push_str(&sign);
                out.push_str(&pfx);
                out.push_str(&"0".repeat(w - n));
                out.push_str(&digits);
            } else {
                out.push_str(&" ".repeat(w - n));
                out.push_str(&text);
            }
        } else if w > n && left {
            out.push_str(&text);
            out.push_str(&" ".repeat(w - n));
        } else if w > n {
            out.push_str(&" ".repeat(w - n));
            out.push_str(&text);
        } else {
            out.push_str(&text);
        }
        vm.heap.check_fits(out.len() as u64)?;
    }
    if next < items.len() && !used_mapping && (!is_mapping || is_tuple) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn num_spec(
    vm: &mut Vm,
    i: &num_bigint::BigInt,
    conv: char,
    flags: &str,
    precision: &Option<String>,
) -> RtResult<String> {
    use num_traits::Signed;
    let abs = i.abs();
    let mut digits = match conv {
        'x' => abs.to_str_radix(16),
        'X' => abs.to_str_radix(16).to_uppercase(),
        'o' => abs.to_str_radix(8),
        _ => abs.to_string(),
    };
    if let Some(p) = precision {
        let p: usize = p.parse().unwrap_or(0);
        if p > 10_000_000 {
            return Err(vm.value_error("precision too big"));
        }
        while digits.len() < p {
            digits.insert(0, '0');
        }
    }
    let prefix = if flags.contains('#') {
        match conv {
            'x' => "0x",
            'X' => "0X",
            'o' => "0o",
            _ => "",
        }
    } else {
        ""
    };
    let sign = if i.is_negative() {
        "-"
    } else if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    Ok(format!("{sign}{prefix}{digits}"))
}
