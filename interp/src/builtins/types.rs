//! Calling builtin types: the constructors `int()`, `str()`, `list()`, `dict()`, `range()`,
//! `type()`, `super()`, exception classes, the lazy iterators, and the descriptors.

use num_bigint::BigInt;

use super::Args;
use crate::eval::call::{KwArgs, Prepared};
use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::objects::{ClassRef, Dict, Instance, IterState, Obj};
use crate::types::Ty;
use crate::value::Value;

pub fn call_type(vm: &mut Vm, t: Ty, pos: Vec<Value>, kw: KwArgs) -> RtResult<Prepared> {
    let mut args = Args::new(t.name(), pos, kw);
    args.check_kw_names(vm)?;
    let v = match t {
        Ty::Int => {
            if args.kw.is_empty() {
                args.range(vm, 0, 2)?;
            }
            args.clinic(vm, &["x", "base"], 0)?;
            let base = args.take_kw(vm, "base");
            args.no_more_kw(vm)?;
            args.range(vm, 0, 2)?;
            let base = base.or(args.pos.get(1).copied());
            match args.pos.first() {
                None => Value::Int(0),
                Some(v) => to_int(vm, *v, base)?,
            }
        }
        Ty::Float => {
            args.no_kw(vm)?;
            args.range(vm, 0, 1)?;
            match args.pos.first() {
                None => Value::Float(0.0),
                Some(v) => to_float(vm, *v)?,
            }
        }
        Ty::Complex => {
            let real = args.take_kw(vm, "real");
            let imag = args.take_kw(vm, "imag");
            args.no_more_kw(vm)?;
            args.range(vm, 0, 2)?;
            let real = real.or(args.pos.first().copied());
            let imag = imag.or(args.pos.get(1).copied());
            let (re, im) = crate::builtins::complex_new::complex_parts(vm, real, imag)?;
            vm.alloc(Obj::Complex(re, im))?
        }
        Ty::Bool => {
            args.no_kw(vm)?;
            args.range(vm, 0, 1)?;
            match args.pos.first() {
                None => Value::Bool(false),
                Some(v) => Value::Bool(vm.truthy(*v)?),
            }
        }
        Ty::Str => {
            let object = args.take_kw(vm, "object");
            let encoding = args.take_kw(vm, "encoding");
            let errors = args.take_kw(vm, "errors");
            args.no_more_kw(vm)?;
            args.range(vm, 0, 3)?;
            match object.or(args.pos.first().copied()) {
                None => vm.new_str("")?,
                Some(v) => {
                    let enc = encoding.or(args.pos.get(1).copied());
                    let errors = errors.or(args.pos.get(2).copied());
                    if enc.is_some() || errors.is_some() {
                        str_decode(vm, v, enc, errors)?
                    } else {
                        vm.to_str_value(v)?
                    }
                }
            }
        }
        Ty::List | Ty::Tuple | Ty::Set | Ty::FrozenSet => {
            args.no_kw(vm)?;
            args.range(vm, 0, 1)?;
            let items = match args.pos.first() {
                None => Vec::new(),
                Some(v) if matches!(t, Ty::Set | Ty::FrozenSet) => {
                    if t == Ty::FrozenSet
                        && matches!(
                            v.as_obj().map(|id| vm.heap.get(id)),
                            Some(Obj::FrozenSet(_))
                        )
                    {
                        return Ok(Prepared::Value(*v));
                    }
                    let s = vm.new_set_from(*v, t == Ty::FrozenSet)?;
                    return Ok(Prepared::Value(s));
                }
                Some(v) => {
                    if t == Ty::Tuple {
                        if let Some(Obj::Tuple(_)) = v.as_obj().map(|id| vm.heap.get(id)) {
                            return Ok(Prepared::Value(*v));
                        }
                    }
                    vm.collect_iterable(*v)?
                }
            };
            match t {
                Ty::List => vm.new_list(items)?,
                Ty::Tuple => vm.new_tuple(items)?,
                Ty::Set => vm.new_set(items)?,
                _ => {
                    let s = vm.new_set(items)?;
                    vm.freeze(s);
                    s
                }
            }
        }
        Ty::Dict => {
            let d = vm.alloc(Obj::Dict(Dict::new()))?;
            args.range(vm, 0, 1)?;
            if let Some(src) = args.pos.first() {
                vm.dict_update_from(d, *src, false)?;
            }
            let id = d.as_obj().unwrap_or(crate::value::ObjId(0));
            for (k, v) in std::mem::take(&mut args.kw) {
                vm.dict_set(id, k, v)?;
            }
            d
        }
        Ty::Bytes | Ty::ByteArray => {
            let _encoding = args.take_kw(vm, "encoding");
            args.no_more_kw(vm)?;
            args.range(vm, 0, 3)?;
            let bytes = match args.pos.first() {
                None => Vec::new(),
                Some(v) => {
                    let v = *v;
                    if let Some(s) = vm.str_of(v) {
                        if args.pos.len() < 2 && _encoding.is_none() {
                            return Err(vm.type_error("string argument without an encoding"));
                        }
                        s.as_bytes().to_vec()
                    } else if let Some(b) = crate::builtins::methods::bytes_like(vm, v) {
                        b
                    } else if let Value::Int(n) = v {
                        if n < 0 {
                            return Err(vm.value_error("negative count"));
                        }
                        vm.heap.check_fits(n as u64)?;
                        vec![0; n as usize]
                    } else {
                        let tn = vm.type_name(v);
                        let msg = format!("cannot convert '{tn}' object to {}", t.name());
                        let it = vm.iter_or_type_error(v, &msg)?;
                        let items = vm.collect_iterable(it)?;
                        let mut out = Vec::with_capacity(items.len());
                        for it in items {
                            match it {
                                Value::Int(n) if (0..256).contains(&n) => out.push(n as u8),
                                Value::Int(_) => {
                                    return Err(vm.value_error("bytes must be in range(0, 256)"))
                                }
                                _ => {
                                    let tn = vm.type_name(it);
                                    return Err(vm.type_error(format!(
                                        "'{tn}' object cannot be interpreted as an integer"
                                    )));
                                }
                            }
                        }
                        out
                    }
                }
            };
            vm.alloc(if t == Ty::Bytes {
                Obj::Bytes(bytes)
            } else {
                Obj::ByteArray(bytes)
            })?
        }
        Ty::Range => {
            args.no_kw(vm)?;
            if args.pos.is_empty() {
                return Err(vm.type_error("range expected at least 1 argument, got 0"));
            }
            if args.pos.len() > 3 {
                return Err(vm.type_error(format!(
                    "range expected at most 3 arguments, got {}",
                    args.pos.len()
                )));
            }
            let mut nums = Vec::new();
            for v in &args.pos {
                nums.push(range_arg(vm, *v)?);
            }
            let mut nums = nums.into_iter();
            let (zero, one) = (BigInt::from(0), BigInt::from(1));
            let (start, stop, step) = match (nums.next(), nums.next(), nums.next()) {
                (Some(stop), None, _) => (zero, stop, one),
                (Some(start), Some(stop), None) => (start, stop, one),
                (Some(start), Some(stop), Some(step)) => (start, stop, step),
                _ => return Err(vm.internal("range arguments")),
            };
            if step == BigInt::from(0) {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            vm.new_range(start, stop, step)?
        }
        Ty::Slice => {
            args.no_kw(vm)?;
            args.range(vm, 1, 3)?;
            let (start, stop, step) = match args.pos.len() {
                1 => (Value::None, args.pos[0], Value::None),
                2 => (args.pos[0], args.pos[1], Value::None),
                _ => (args.pos[0], args.pos[1], args.pos[2]),
            };
            vm.alloc(Obj::Slice { start, stop, step })?
        }
        Ty::Type => {
            if args.pos.len() == 1 && args.kw.is_empty() {
                vm.type_of(args.pos[0])
            } else if args.pos.len() == 3 {
                let name = match vm.str_of(args.pos[0]) {
                    Some(n) => n.to_string(),
                    None => {
                        let tn = vm.type_name(args.pos[0]);
                        return Err(vm.type_error(format!(
                            "type.__new__() argument 1 must be str, not {tn}"
                        )));
                    }
                };
                if !matches!(
                    args.pos[1].as_obj().map(|id| vm.heap.get(id)),
                    Some(Obj::Tuple(_))
                ) {
                    let tn = vm.type_name(args.pos[1]);
                    return Err(
                        vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}"))
                    );
                }
                let bases = vm.tuple_items(args.pos[1]);
                let dict = match args.pos[2].as_obj().map(|id| vm.heap.get(id)) {
                    Some(Obj::Dict(d)) => d.clone(),
                    _ => {
                        let tn = vm.type_name(args.pos[2]);
                        return Err(vm.type_error(format!(
                            "type.__new__() argument 3 must be dict, not {tn}"
                        )));
                    }
                };
                let qualname = vm
                    .dict_get_str(&dict, "__qualname__")
                    .and_then(|q| vm.str_of(q).map(str::to_string))
                    .unwrap_or_else(|| name.clone());
                vm.make_class(&name, &qualname, bases, dict, Value::None)?
            } else {
                return Err(vm.type_error("type() takes 1 or 3 arguments"));
            }
        }
        Ty::Object => {
            if !args.pos.is_empty() || !args.kw.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            vm.alloc(Obj::Instance(Instance {
                class: ClassRef::Builtin(Ty::Object),
                dict: None,
                native: Value::None,
                exc: None,
            }))?
        }
        Ty::Property => {
            let fget = args.take_kw(vm, "fget");
            let fset = args.take_kw(vm, "fset");
            let fdel = args.take_kw(vm, "fdel");
            let doc = args.take_kw(vm, "doc");
            args.no_more_kw(vm)?;
            let get = |i: usize, kw: Option<Value>| {
                kw.or(args.pos.get(i).copied()).unwrap_or(Value::None)
            };
            let (fget, fset, fdel, mut doc) =
                (get(0, fget), get(1, fset), get(2, fdel), get(3, doc));
            if doc.is_none() {
                if let Some(Obj::Function(f)) = fget.as_obj().map(|id| vm.heap.get(id)) {
                    doc = f.doc;
                }
            }
            vm.alloc(Obj::Property {
                fget,
                fset,
                fdel,
                doc,
            })?
        }
        Ty::StaticMethod | Ty::ClassMethod => {
            args.exact(vm, 1)?;
            let f = args.pos[0];
            vm.alloc(if t == Ty::StaticMethod {
                Obj::StaticMethod(f)
            } else {
                Obj::ClassMethod(f)
            })?
        }
        Ty::Super => make_super(vm, &args)?,
        Ty::Map => {
            args.no_kw(vm)?;
            if args.pos.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let func = args.pos[0];
            let mut iters = Vec::new();
            for v in &args.pos[1..] {
                iters.push(vm.get_iter(*v)?);
            }
            vm.alloc(Obj::Iter(IterState::Map { func, iters }))?
        }
        Ty::Filter => {
            args.no_kw(vm)?;
            if args.pos.len() != 2 {
                return Err(vm.type_error(format!(
                    "filter expected 2 arguments, got {}",
                    args.pos.len()
                )));
            }
            let iter = vm.get_iter(args.pos[1])?;
            vm.alloc(Obj::Iter(IterState::Filter {
                func: args.pos[0],
                iter,
            }))?
        }
        Ty::Zip => {
            if args.kw.len() > 1 {
                return Err(vm.type_error(format!(
                    "zip() takes at most 1 keyword argument ({} given)",
                    args.kw.len()
                )));
            }
            let strict = match args.take_kw(vm, "strict") {
                Some(v) => vm.truthy(v)?,
                None => false,
            };
            args.no_more_kw(vm)?;
            let mut iters = Vec::new();
            for (i, v) in args.pos.iter().enumerate() {
                match vm.get_iter(*v) {
                    Ok(it) => iters.push(it),
                    Err(_) => {
                        let tn = vm.type_name(*v);
                        return Err(vm
                            .type_error(format!("'{tn}' object is not iterable"))
                            .with_zip_arg(i));
                    }
                }
            }
            vm.alloc(Obj::Iter(IterState::Zip { iters, strict }))?
        }
        Ty::Enumerate => {
            if args.pos.len() + args.kw.len() > 2 {
                args.clinic(vm, &["iterable", "start"], 0)?;
            }
            let start = args.take_kw(vm, "start");
            let iterable = args.take_kw(vm, "iterable");
            args.no_more_kw(vm)?;
            let iterable = iterable.or(args.pos.first().copied());
            let Some(iterable) = iterable else {
                return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
            };
            let start = start.or(args.pos.get(1).copied());
            let count = match start {
                Some(s) => {
                    let n = crate::builtins::numeric::int_arg(vm, s)?;
                    vm.new_int(n)?
                }
                None => Value::Int(0),
            };
            let iter = vm.get_iter(iterable)?;
            vm.alloc(Obj::Iter(IterState::Enumerate { iter, count }))?
        }
        Ty::Reversed => {
            args.exact(vm, 1)?;
            let v = args.pos[0];
            if let Some(m) = vm.lookup_user_method(v, "__reversed__") {
                return Ok(Prepared::Value(vm.call_value(m, vec![v], Vec::new())?));
            }
            let nv = vm.native_of(v);
            match nv.as_obj().map(|id| vm.heap.get(id)) {
                Some(Obj::List(l) | Obj::Tuple(l)) => {
                    let index = l.len() as isize - 1;
                    let seq = nv.as_obj().unwrap_or(crate::value::ObjId(0));
                    vm.alloc(Obj::Iter(IterState::SeqReverse { seq, index }))?
                }
                Some(Obj::Str(s)) => {
                    let index = s.char_len() as isize - 1;
                    let seq = nv.as_obj().unwrap_or(crate::value::ObjId(0));
                    vm.alloc(Obj::Iter(IterState::SeqReverse { seq, index }))?
                }
                Some(Obj::BigRange(_)) => match vm.big_range_iter(nv, true)? {
                    Some(it) => it,
                    None => return Err(vm.internal("reversed big range")),
                },
                Some(Obj::Range { start, stop, step }) => {
                    let (start, stop, step) = (*start, *stop, *step);
                    let n = crate::eval::ops::range_len(start, stop, step);
                    let last = i128::from(start) + (i128::from(n) - 1) * i128::from(step);
                    vm.alloc(Obj::Iter(IterState::Range {
                        // Only used when n > 0, and then it is a member of the range.
                        next: last as i64,
                        step: step.wrapping_neg(),
                        remaining: n,
                    }))?
                }
                Some(Obj::Dict(_) | Obj::DictView { .. }) => {
                    let keys = vm.collect_iterable(nv)?;
                    let rev: Vec<Value> = keys.into_iter().rev().collect();
                    let l = vm.new_list(rev)?;
                    vm.get_iter(l)?
                }
                _ => {
                    if vm.lookup_user_method(v, "__len__").is_some()
                        && vm.lookup_user_method(v, "__getitem__").is_some()
                    {
                        let n = crate::builtins::iterables::len_of(vm, v)?;
                        let mut items = Vec::with_capacity(n);
                        for i in (0..n).rev() {
                            items.push(vm.getitem(v, Value::Int(i as i64))?);
                        }
                        let l = vm.new_list(items)?;
                        return Ok(Prepared::Value(vm.get_iter(l)?));
                    }
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("'{tn}' object is not reversible")));
                }
            }
        }
        Ty::MemoryView => {
            args.clinic(vm, &["object"], 1)?;
            let obj = args.take_kw(vm, "object").or(args.pos.first().copied());
            let obj = obj.map(|o| vm.native_of(o)).unwrap_or(Value::None);
            match obj.as_obj().map(|id| (id, vm.heap.get(id))) {
                Some((id, Obj::Bytes(_) | Obj::ByteArray(_))) => vm.alloc(Obj::MemoryView(id))?,
                Some((_, Obj::MemoryView(of))) => {
                    let of = *of;
                    vm.alloc(Obj::MemoryView(of))?
                }
                _ => {
                    let tn = vm.type_name(obj);
                    return Err(vm.type_error(format!(
                        "memoryview: a bytes-like object is required, not '{tn}'"
                    )));
                }
            }
        }
        t if t.is_exception() => {
            let pos = std::mem::take(&mut args.pos);
            if !args.kw.is_empty() {
                let k = vm.str_of(args.kw[0].0).unwrap_or("").to_string();
                return Err(vm
                    .type_error(format!("{}() takes no keyword arguments", t.name()))
                    .with_kw(&k));
            }
            if t.is_subtype(Ty::OSError) {
                vm.new_os_error(t, pos)?
            } else if matches!(t, Ty::BaseExceptionGroup | Ty::ExceptionGroup) {
                vm.new_exception_group(t, pos)?
            } else {
                vm.new_exception(t, pos)?
            }
        }
        other => {
            return Err(vm.type_error(format!("cannot create '{}' instances", other.name())));
        }
    };
    Ok(Prepared::Value(v))
}

trait ErrExt {
    fn with_zip_arg(self, i: usize) -> Self;
    fn with_kw(self, k: &str) -> Self;
}

impl ErrExt for crate::eval::RtError {
    fn with_zip_arg(self, _i: usize) -> Self {
        self
    }
    fn with_kw(self, _k: &str) -> Self {
        self
    }
}

fn range_arg(vm: &mut Vm, v: Value) -> RtResult<BigInt> {
    match v {
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        _ => match vm.num(v) {
            Some(Num::Big(b)) if !vm.is_user_instance_pub(v) => Ok(b),
            _ => vm.index_of(v).map(BigInt::from),
        },
    }
}

/// `int(v)` / `int(s, base)`.
pub fn to_int(vm: &mut Vm, v: Value, base: Option<Value>) -> RtResult<Value> {
    if let Some(b) = base {
        let b = vm.index_of(b)?;
        if !(b == 0 || (2..=36).contains(&b)) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match int_from_text(vm, v, b as u32) {
            Some(r) => r,
            None => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    match vm.num(v) {
        Some(Num::Int(i)) if !vm.is_user_instance_pub(v) => return Ok(Value::Int(i)),
        Some(Num::Big(b)) if !vm.is_user_instance_pub(v) => return vm.new_int(b),
        Some(Num::Float(f)) if !vm.is_user_instance_pub(v) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.err(
                    Ty::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let b: BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
            return vm.new_int(b);
        }
        _ => {}
    }
    if !vm.is_user_instance_pub(v) {
        if let Some(r) = int_from_text(vm, v, 10) {
            return r;
        }
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(m) = vm.lookup_user_method(v, name) {
            let r = vm.call_value(m, vec![v], Vec::new())?;
            let is_int = matches!(vm.num(r), Some(Num::Int(_) | Num::Big(_)))
                && !matches!(vm.native_of(r), Value::Float(_));
            if name != "__trunc__" && !is_int {
                let rn = vm.type_name(r);
                return Err(vm.type_error(format!("{name} returned non-int (type {rn})")));
            }
            return Ok(r);
        }
    }
    if vm.has_native(v) {
        let n = vm.native_of(v);
        return to_int(vm, n, None);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

/// `int(text, base)` for a str, bytes or bytearray (None for other values), with CPython's
/// messages (the argument's repr cut to 200 characters, the 4300-digit limit).
fn int_from_text(vm: &mut Vm, v: Value, base: u32) -> Option<RtResult<Value>> {
    use crate::objects::int_text;
    let parsed = match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Obj::Str(s)) => int_text::parse_int(s.as_str(), base),
        Some(Obj::Bytes(b) | Obj::ByteArray(b)) => {
            int_text::parse_int_ascii(b, base, int_text::DEFAULT_MAX_STR_DIGITS)
        }
        _ => return None,
    };
    Some(match parsed {
        Ok(i) => vm.new_int(i),
        Err(e) => match vm.repr(v) {
            Ok(r) => Err(vm.value_error(e.message(base, &r))),
            Err(err) => Err(err),
        },
    })
}

/// `str(v, encoding, errors)`: bytes-like `v` decoded.
fn str_decode(vm: &mut Vm, v: Value, enc: Option<Value>, errors: Option<Value>) -> RtResult<Value> {
    let bytes = match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Obj::Bytes(b) | Obj::ByteArray(b)) => b.clone(),
        Some(Obj::Str(_)) => return Err(vm.type_error("decoding str is not supported")),
        _ => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )));
        }
    };
    let text = |vm: &mut Vm, a: Option<Value>, what: &str, default: &str| -> RtResult<String> {
        match a {
            None => Ok(default.to_string()),
            Some(x) => match vm.str_of(x) {
                Some(t) => Ok(t.to_string()),
                None => {
                    let tn = vm.arg_type_name(x);
                    Err(vm.type_error(format!("str() argument '{what}' must be str, not {tn}")))
                }
            },
        }
    };
    let enc = text(vm, enc, "encoding", "utf-8")?;
    let errors = text(vm, errors, "errors", "strict")?;
    match crate::objects::str_codecs::decode(&bytes, &enc, &errors) {
        Ok(s) => vm.new_str(s),
        Err(e) => Err(crate::builtins::str_format::codec_error(vm, e, v)),
    }
}

/// `float(v)`.
pub fn to_float(vm: &mut Vm, v: Value) -> RtResult<Value> {
    match vm.num(v) {
        Some(Num::Int(i)) if !vm.is_user_instance_pub(v) => return Ok(Value::Float(i as f64)),
        Some(Num::Float(f)) if !vm.is_user_instance_pub(v) => return Ok(Value::Float(f)),
        Some(Num::Big(b)) if !vm.is_user_instance_pub(v) => {
            return match crate::eval::ops::big_to_f64(&b) {
                Some(f) => Ok(Value::Float(f)),
                None => Err(vm.err(Ty::OverflowError, "int too large to convert to float")),
            }
        }
        _ => {}
    }
    let text = match v.as_obj().map(|id| vm.heap.get(id)) {
        Some(Obj::Str(s)) => Some(s.as_str().to_string()),
        Some(Obj::Bytes(b) | Obj::ByteArray(b)) => Some(String::from_utf8_lossy(b).into_owned()),
        _ => None,
    };
    if let Some(s) = text {
        return match crate::objects::float_text::parse_float(&s) {
            Some(f) => Ok(vm.new_float(f)),
            None => {
                let r = vm.repr(v)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    for name in ["__float__", "__index__"] {
        if let Some(m) = vm.lookup_user_method(v, name) {
            let r = vm.call_value(m, vec![v], Vec::new())?;
            let ok = match name {
                "__float__" => matches!(vm.native_of(r), Value::Float(_)),
                _ => matches!(vm.num(r), Some(Num::Int(_) | Num::Big(_))),
            };
            if !ok {
                let (tn, rn) = (vm.type_name(v), vm.type_name(r));
                let msg = if name == "__float__" {
                    format!("{tn}.__float__ returned non-float (type {rn})")
                } else {
                    format!("__index__ returned non-int (type {rn})")
                };
                return Err(vm.type_error(msg));
            }
            return to_float(vm, r);
        }
    }
    if vm.has_native(v) {
        let n = vm.native_of(v);
        return to_float(vm, n);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

/// The zero-argument `super()` reads `__class__` and the first argument of the calling frame.
fn make_super(vm: &mut Vm, args: &Args) -> RtResult<Value> {
    let (start, obj) = if args.pos.len() == 2 {
        let (t, obj) = (args.pos[0], args.pos[1]);
        let is_type = matches!(t, Value::Type(_))
            || matches!(t.as_obj().map(|id| vm.heap.get(id)), Some(Obj::Class(_)));
        if !is_type {
            let tn = vm.type_name(t);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
        }
        // obj must be an instance or a subclass of the type.
        let obj_is_class = matches!(obj, Value::Type(_))
            || matches!(obj.as_obj().map(|id| vm.heap.get(id)), Some(Obj::Class(_)));
        let ok = vm.is_subclass(vm.type_of(obj), t) || obj_is_class && vm.is_subclass(obj, t);
        if !ok {
            let (on, tn) = (vm.type_name(obj), vm.class_display_name(t));
            let what = if obj_is_class { "type" } else { "instance of" };
            let shown = if obj_is_class {
                vm.class_display_name(obj)
            } else {
                on
            };
            return Err(vm.type_error(format!(
                "super(type, obj): obj ({what} {shown}) is not an instance or subtype of type ({tn})."
            )));
        }
        (t, obj)
    } else if args.pos.is_empty() {
        let Some(frame) = vm.frames.last() else {
            return Err(vm.err(Ty::RuntimeError, "super(): no arguments"));
        };
        let code = &vm.program.codes[frame.code as usize];
        let ncell = code.cellvars.len();
        let class_cell = code
            .freevars
            .iter()
            .position(|f| f == "__class__")
            .and_then(|i| frame.cells.get(ncell + i).copied());
        if code.argcount == 0 || frame.nlocals == 0 {
            return Err(vm.err(Ty::RuntimeError, "super(): no arguments"));
        }
        let mut first = frame.stack[0];
        if let Some(ci) = code
            .cell_params
            .iter()
            .find(|(l, _)| *l == 0)
            .map(|(_, c)| *c)
        {
            if let Some(cell) = frame.cells.get(ci as usize) {
                if let Obj::Cell(v) = vm.heap.get(*cell) {
                    first = *v;
                }
            }
        }
        let Some(cell) = class_cell else {
            return Err(vm.err(Ty::RuntimeError, "super(): __class__ cell not found"));
        };
        let cls = match vm.heap.get(cell) {
            Obj::Cell(v) => *v,
            _ => Value::Undef,
        };
        if matches!(cls, Value::Undef) {
            return Err(vm.err(Ty::RuntimeError, "super(): empty __class__ cell"));
        }
        (cls, first)
    } else {
        return Err(vm.type_error("super() takes 0 or 2 arguments"));
    };
    let is_class = |vm: &Vm, v: Value| match v {
        Value::Type(_) => true,
        Value::Obj(id) => matches!(vm.heap.get(id), Obj::Class(_)),
        _ => false,
    };
    if !is_class(vm, start) {
        let tn = vm.type_name(start);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
    }
    let obj_type = vm.type_of(obj);
    let fits = if is_class(vm, obj) {
        vm.is_subclass(obj, start) || vm.is_subclass(obj_type, start)
    } else {
        vm.is_subclass(obj_type, start)
    };
    if !fits {
        let what = if is_class(vm, obj) {
            format!("type {}", vm.class_display_name(obj))
        } else {
            format!("instance of {}", vm.type_name(obj))
        };
        let cls = vm.class_display_name(start);
        return Err(vm.type_error(format!(
            "super(type, obj): obj ({what}) is not an instance or subtype of type ({cls})."
        )));
    }
    vm.alloc(Obj::Super { start, obj })
}

/// The empty builtin value inside a new instance of a builtin subclass.
pub fn empty_native(vm: &mut Vm, t: Ty) -> RtResult<Value> {
    Ok(match t {
        Ty::List => vm.new_list(Vec::new())?,
        Ty::Dict => vm.alloc(Obj::Dict(Dict::new()))?,
        Ty::Set => vm.new_set(Vec::new())?,
        Ty::Tuple => vm.new_tuple(Vec::new())?,
        Ty::Str => vm.new_str("")?,
        Ty::Int => Value::Int(0),
        Ty::Float => Value::Float(0.0),
        _ => Value::None,
    })
}

/// `list.__init__` and friends for instances of builtin subclasses.
pub fn init_native(
    vm: &mut Vm,
    instance: Value,
    t: Ty,
    args: Vec<Value>,
    kwargs: KwArgs,
) -> RtResult<()> {
    let value = match call_type(vm, t, args, kwargs)? {
        Prepared::Value(v) => v,
        Prepared::Frame(_) => return Ok(()),
    };
    if let Some(id) = instance.as_obj() {
        if let Obj::Instance(i) = vm.heap.get_mut(id) {
            i.native = value;
        }
    }
    Ok(())
}
