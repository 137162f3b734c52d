//! `str.format` and `str.format_map`, driving the template parser in `objects::str_format_parse`
//! in CPython's order: each field is looked up and formatted before the rest is read.

use crate::eval::call::KwArgs;
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::str_format_parse::{
    conversion_kind, index_out_of_range_message, parse_field_name, positional_in_format_map_error,
    recursion_error, AutoNumber, Conversion, FieldAccess, FieldKey, MarkupIter,
    MAX_FORMAT_RECURSION,
};
use crate::objects::str_methods::StrError;
use crate::types::Ty;
use crate::value::Value;

/// A str-method error as a Python exception.
pub fn str_error(vm: &mut Vm, e: StrError) -> RtError {
    match e {
        StrError::Value(m) => vm.err(Ty::ValueError, m),
        StrError::Type(m) => vm.err(Ty::TypeError, m),
        StrError::Lookup(m) => vm.err(Ty::LookupError, m),
        StrError::Memory(m) => vm.err(Ty::MemoryError, m),
        StrError::UnicodeEncode(i) => vm.err(Ty::UnicodeEncodeError, i.message),
        StrError::UnicodeDecode(i) => vm.err(Ty::UnicodeDecodeError, i.message),
        StrError::Unsupported(m) => vm.err(Ty::NotImplementedError, m),
    }
}

pub fn format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &KwArgs,
    mapping: Option<Value>,
) -> RtResult<String> {
    let mut auto = AutoNumber::default();
    render(
        vm,
        template,
        args,
        kwargs,
        mapping,
        &mut auto,
        MAX_FORMAT_RECURSION,
    )
}

fn render(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &KwArgs,
    mapping: Option<Value>,
    auto: &mut AutoNumber,
    depth: u32,
) -> RtResult<String> {
    if depth == 0 {
        return Err(str_error(vm, recursion_error()));
    }
    let mut out = String::new();
    for item in MarkupIter::new(template) {
        let item = item.map_err(|e| str_error(vm, e))?;
        out.push_str(item.literal);
        let Some(f) = item.field else { continue };
        let name = parse_field_name(f.name, Some(auto)).map_err(|e| str_error(vm, e))?;
        let mut obj = match name.key {
            FieldKey::Index(i) => {
                if mapping.is_some() {
                    return Err(str_error(vm, positional_in_format_map_error()));
                }
                match args.get(i) {
                    Some(v) => *v,
                    None => return Err(vm.err(Ty::IndexError, index_out_of_range_message(i))),
                }
            }
            FieldKey::Name(n) => {
                let found = kwargs
                    .iter()
                    .find(|(k, _)| vm.str_of(*k) == Some(n))
                    .map(|(_, v)| *v);
                match (found, mapping) {
                    (Some(v), _) => v,
                    (None, Some(m)) => {
                        let k = vm.new_str(n)?;
                        vm.getitem(m, k)?
                    }
                    (None, None) => {
                        let k = vm.new_str(n)?;
                        let e = vm.new_exception(Ty::KeyError, vec![k])?;
                        return Err(RtError::Exc(e));
                    }
                }
            }
        };
        for access in &name.rest {
            obj = match access {
                FieldAccess::Attr(a) => vm.get_attr(obj, a)?,
                FieldAccess::Index(i) => vm.getitem(obj, Value::Int(*i as i64))?,
                FieldAccess::Key(k) => {
                    let kv = vm.new_str(*k)?;
                    vm.getitem(obj, kv)?
                }
            };
        }
        if let Some(e) = name.rest_error {
            return Err(str_error(vm, e));
        }
        if let Some(c) = f.conversion {
            obj = match conversion_kind(c).map_err(|e| str_error(vm, e))? {
                Conversion::Str => vm.to_str_value(obj)?,
                Conversion::Repr => {
                    let s = vm.repr(obj)?;
                    vm.new_str(s)?
                }
                Conversion::Ascii => {
                    let s = vm.ascii(obj)?;
                    vm.new_str(s)?
                }
            };
        }
        let spec = if f.spec_needs_expanding {
            render(vm, f.spec, args, kwargs, mapping, auto, depth - 1)?
        } else {
            f.spec.to_string()
        };
        let s = vm.format_value(obj, &spec)?;
        out.push_str(vm.str_of(s).unwrap_or(""));
        vm.heap.check_fits(out.len() as u64)?;
    }
    Ok(out)
}
