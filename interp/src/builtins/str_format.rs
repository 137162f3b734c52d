//! `str.format` and `str.format_map`: replacement fields with auto/manual numbering, attribute
//! and index lookups, conversions and nested specs.

use crate::eval::call::KwArgs;
use crate::eval::{RtError, RtResult, Vm};
use crate::types::Ty;
use crate::value::Value;

enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

pub fn format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &KwArgs,
    mapping: Option<Value>,
) -> RtResult<String> {
    let mut numbering = Numbering::Unknown;
    format_inner(vm, template, args, kwargs, mapping, &mut numbering, 0)
}

fn format_inner(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &KwArgs,
    mapping: Option<Value>,
    numbering: &mut Numbering,
    depth: usize,
) -> RtResult<String> {
    if depth > 2 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing nested braces in the spec.
        let mut j = i + 1;
        let mut nest = 1;
        let mut in_index = false;
        while j < chars.len() {
            match chars[j] {
                '[' => in_index = true,
                ']' => in_index = false,
                '{' if !in_index => nest += 1,
                '}' if !in_index => {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            return Err(vm.value_error(if nest > 1 {
                "unmatched '{' in format spec"
            } else {
                "Single '{' encountered in format string"
            }));
        }
        let field: String = chars[i + 1..j].iter().collect();
        i = j + 1;
        // Split field_name!conv:spec (the name part may contain [..] with ':' or '!').
        let mut name_end = field.len();
        let mut bracket = false;
        for (k, ch) in field.char_indices() {
            match ch {
                '[' => bracket = true,
                ']' => bracket = false,
                '!' | ':' if !bracket => {
                    name_end = k;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..name_end];
        let rest = &field[name_end..];
        let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
            let mut cs = r.chars();
            let conv = cs.next();
            let after: String = cs.collect();
            if !(after.is_empty() || after.starts_with(':')) {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
            (conv, after.strip_prefix(':').unwrap_or("").to_string())
        } else {
            (None, rest.strip_prefix(':').unwrap_or("").to_string())
        };
        let value = resolve(vm, name, args, kwargs, mapping, numbering)?;
        let value = match conv {
            None => value,
            Some('s') => vm.to_str_value(value)?,
            Some('r') => {
                let s = vm.repr(value)?;
                vm.new_str(s)?
            }
            Some('a') => {
                let s = vm.ascii(value)?;
                vm.new_str(s)?
            }
            Some(other) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {other}")));
            }
        };
        let spec = if spec.contains('{') {
            format_inner(vm, &spec, args, kwargs, mapping, numbering, depth + 1)?
        } else {
            spec
        };
        let s = vm.format_value(value, &spec)?;
        out.push_str(vm.str_of(s).unwrap_or(""));
        vm.heap.check_fits(out.len() as u64)?;
    }
    Ok(out)
}

fn resolve(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &KwArgs,
    mapping: Option<Value>,
    numbering: &mut Numbering,
) -> RtResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        let idx = match numbering {
            Numbering::Manual => {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            Numbering::Unknown => {
                *numbering = Numbering::Auto(1);
                0
            }
            Numbering::Auto(n) => {
                let i = *n;
                *n += 1;
                i
            }
        };
        match args.get(idx) {
            Some(v) => *v,
            None => {
                return Err(vm.err(
                    Ty::IndexError,
                    format!("Replacement index {idx} out of range for positional args tuple"),
                ))
            }
        }
    } else if first.chars().all(|c| c.is_ascii_digit()) {
        if let Numbering::Auto(_) = numbering {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *numbering = Numbering::Manual;
        let idx: usize = first.parse().unwrap_or(usize::MAX);
        match args.get(idx) {
            Some(v) => *v,
            None => {
                return Err(vm.err(
                    Ty::IndexError,
                    format!("Replacement index {idx} out of range for positional args tuple"),
                ))
            }
        }
    } else {
        let found = kwargs
            .iter()
            .find(|(k, _)| vm.str_of(*k) == Some(first))
            .map(|(_, v)| *v);
        match (found, mapping) {
            (Some(v), _) => v,
            (None, Some(m)) => {
                let k = vm.new_str(first)?;
                vm.getitem(m, k)?
            }
            (None, None) => {
                let k = vm.new_str(first)?;
                let e = vm.new_exception(Ty::KeyError, vec![k])?;
                return Err(RtError::Exc(e));
            }
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.get_attr(value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = if !key.is_empty() && key.chars().all(|c| c.is_ascii_digit()) {
                Value::Int(key.parse().unwrap_or(0))
            } else {
                vm.new_str(key)?
            };
            value = vm.getitem(value, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(value)
}
