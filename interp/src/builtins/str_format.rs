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
        StrError::UnicodeEncode(i) => unicode_error(vm, Ty::UnicodeEncodeError, i),
        StrError::UnicodeDecode(i) => unicode_error(vm, Ty::UnicodeDecodeError, i),
        StrError::Unsupported(m) => vm.err(Ty::NotImplementedError, m),
    }
}

/// [`str_error`] for a codec call on `object`: a Unicode error also gets `object`.
pub fn codec_error(vm: &mut Vm, e: StrError, object: Value) -> RtError {
    let unicode = matches!(e, StrError::UnicodeEncode(_) | StrError::UnicodeDecode(_));
    let err = str_error(vm, e);
    if let (true, RtError::Exc(exc)) = (unicode, &err) {
        if let Err(e2) = vm.set_exc_attrs(*exc, &[("object", object)]) {
            return e2;
        }
    }
    err
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its `encoding`, `start`, `end` and
/// `reason` attributes.
fn unicode_error(
    vm: &mut Vm,
    ty: Ty,
    info: crate::objects::str_methods::UnicodeErrorInfo,
) -> RtError {
    let exc = match vm.err(ty, info.message) {
        RtError::Exc(e) => e,
        other => return other,
    };
    let set = |vm: &mut Vm| -> RtResult<()> {
        let Some(id) = exc.as_obj() else {
            return Ok(());
        };
        let dict = vm.ensure_instance_dict(id)?;
        let encoding = vm.new_str(info.encoding)?;
        let reason = vm.new_str(info.reason)?;
        for (name, v) in [
            ("encoding", encoding),
            ("start", Value::Int(info.start as i64)),
            ("end", Value::Int(info.end as i64)),
            ("reason", reason),
        ] {
            let k = vm.new_str(name)?;
            vm.dict_set(dict, k, v)?;
        }
        Ok(())
    };
    match set(vm) {
        Ok(()) => RtError::Exc(exc),
        Err(e) => e,
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
