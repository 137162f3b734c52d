//! Methods of `int`, `bool`, `float` and `complex` (`to_bytes`, `hex`, `as_integer_ratio`,
//! `conjugate` …) and the class methods `int.from_bytes` and `float.fromhex`.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use crate::builtins::Args;
use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::objects::float_hex::{float_fromhex, float_hex};
use crate::objects::float_ops::{float_as_integer_ratio, NonFinite};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

pub const INT_METHODS: &[&str] = &[
    "bit_length",
    "bit_count",
    "to_bytes",
    "conjugate",
    "as_integer_ratio",
    "is_integer",
    "__index__",
    "__int__",
    "__float__",
    "__abs__",
    "__neg__",
    "__add__",
    "__sub__",
    "__mul__",
    "__eq__",
    "__lt__",
    "__hash__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__ne__",
    "__le__",
    "__gt__",
    "__ge__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
];
pub const FLOAT_METHODS: &[&str] = &[
    "is_integer",
    "as_integer_ratio",
    "hex",
    "conjugate",
    "__int__",
    "__float__",
    "__abs__",
    "__neg__",
    "__add__",
    "__sub__",
    "__mul__",
    "__eq__",
    "__lt__",
    "__hash__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__ne__",
    "__le__",
    "__gt__",
    "__ge__",
];
pub const COMPLEX_METHODS: &[&str] = &[
    "conjugate",
    "__abs__",
    "__neg__",
    "__add__",
    "__sub__",
    "__mul__",
    "__eq__",
    "__hash__",
    "__radd__",
    "__rsub__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__pow__",
    "__rpow__",
    "__ne__",
];

fn non_finite(vm: &mut Vm, e: NonFinite, message: &str) -> crate::eval::RtError {
    let ty = if e.is_overflow() {
        Ty::OverflowError
    } else {
        Ty::ValueError
    };
    vm.err(ty, message.to_string())
}

/// A method of an int, bool, float or complex `v`.
pub fn number_method(vm: &mut Vm, v: Value, name: &str, args: &Args) -> RtResult<Value> {
    let n = vm.num(v);
    match (n, name) {
        (Some(Num::Int(_) | Num::Big(_)), "to_bytes") => to_bytes(vm, v, args),
        (Some(n @ (Num::Int(_) | Num::Big(_) | Num::Float(_) | Num::Complex(..))), _)
            if matches!(
                name,
                "conjugate" | "is_integer" | "as_integer_ratio" | "hex"
            ) || name.starts_with("bit_") =>
        {
            args.exact(vm, 0)?;
            plain_method(vm, v, n, name, args)
        }
        (_, n) => match number_dunder(vm, v, n, &args.pos) {
            Some(r) => r,
            None => super::misc::dunder_fallback(vm, v, n, &args.pos),
        },
    }
}

/// How wide a number is for the operator dunders: bool and int 0, float 1, complex 2.
fn number_rank(vm: &Vm, v: Value) -> Option<u8> {
    match vm.num(v)? {
        Num::Int(_) | Num::Big(_) => Some(0),
        Num::Float(_) => Some(1),
        Num::Complex(..) => Some(2),
    }
}

/// `(3).__add__(x)`, `(2.5).__radd__(x)`, `(5).__lt__(x)` …: the operator, or NotImplemented
/// when `x` is not a number this type handles (an int does not handle floats).
fn number_dunder(vm: &mut Vm, v: Value, name: &str, args: &[Value]) -> Option<RtResult<Value>> {
    use crate::compile::code::{BinOp, Cmp};
    let core = name.strip_prefix("__")?.strip_suffix("__")?;
    let (core, reflected) = match core.strip_prefix('r') {
        Some(rest) if !matches!(core, "rshift") || core == "rrshift" => (rest, true),
        _ => (core, false),
    };
    let op = match core {
        "add" => Some(BinOp::Add),
        "sub" => Some(BinOp::Sub),
        "mul" => Some(BinOp::Mul),
        "truediv" => Some(BinOp::TrueDiv),
        "floordiv" => Some(BinOp::FloorDiv),
        "mod" => Some(BinOp::Mod),
        "pow" => Some(BinOp::Pow),
        "and" => Some(BinOp::And),
        "or" => Some(BinOp::Or),
        "xor" => Some(BinOp::Xor),
        "lshift" => Some(BinOp::LShift),
        "rshift" => Some(BinOp::RShift),
        _ => None,
    };
    let cmp = match core {
        "eq" => Some(Cmp::Eq),
        "ne" => Some(Cmp::Ne),
        "lt" => Some(Cmp::Lt),
        "le" => Some(Cmp::Le),
        "gt" => Some(Cmp::Gt),
        "ge" => Some(Cmp::Ge),
        _ => None,
    };
    if op.is_none() && cmp.is_none() {
        return None;
    }
    let [other] = args else {
        let msg = format!("expected 1 argument, got {}", args.len());
        return Some(Err(vm.type_error(msg)));
    };
    let mine = number_rank(vm, v)?;
    let handles = number_rank(vm, *other).is_some_and(|r| r <= mine);
    if !handles {
        return Some(Ok(Value::NotImplemented));
    }
    Some(match (op, cmp) {
        (Some(op), _) if reflected => vm.binary_op(op, *other, v),
        (Some(op), _) => vm.binary_op(op, v, *other),
        (_, Some(c)) => vm.compare(c, v, *other),
        _ => Ok(Value::NotImplemented),
    })
}

fn plain_method(vm: &mut Vm, v: Value, n: Num, name: &str, args: &Args) -> RtResult<Value> {
    let int = |vm: &mut Vm| match vm.native_of(v) {
        Value::Bool(b) => Value::Int(i64::from(b)),
        other => other,
    };
    match (n, name) {
        (Num::Int(i), "bit_length") => {
            Ok(Value::Int(i64::from(64 - i.unsigned_abs().leading_zeros())))
        }
        (Num::Big(b), "bit_length") => Ok(Value::Int(b.bits() as i64)),
        (Num::Int(i), "bit_count") => Ok(Value::Int(i64::from(i.unsigned_abs().count_ones()))),
        (Num::Big(b), "bit_count") => Ok(Value::Int(
            b.magnitude()
                .iter_u64_digits()
                .map(|d| i64::from(d.count_ones()))
                .sum(),
        )),
        (Num::Int(_) | Num::Big(_), "conjugate") => Ok(int(vm)),
        (Num::Int(_) | Num::Big(_), "is_integer") => Ok(Value::Bool(true)),
        (Num::Int(_) | Num::Big(_), "as_integer_ratio") => {
            let i = int(vm);
            vm.new_tuple(vec![i, Value::Int(1)])
        }
        (Num::Float(f), "is_integer") => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
        (Num::Float(f), "conjugate") => Ok(Value::Float(f)),
        (Num::Float(f), "as_integer_ratio") => match float_as_integer_ratio(f) {
            Ok((num, den)) => {
                let (n, d) = (vm.new_int(num)?, vm.new_int(den)?);
                vm.new_tuple(vec![n, d])
            }
            Err(e) => Err(non_finite(vm, e, e.ratio_message())),
        },
        (Num::Float(f), "hex") => vm.new_str(float_hex(f)),
        (Num::Complex(re, im), "conjugate") => vm.alloc(Obj::Complex(re, -im)),
        _ => {
            let tn = vm.type_name(v);
            let _ = args;
            Err(vm.err(
                Ty::AttributeError,
                format!("'{tn}' object has no attribute '{name}'"),
            ))
        }
    }
}

/// The `byteorder` argument: true for little-endian.
fn byteorder(vm: &mut Vm, v: Option<Value>, method: &str) -> RtResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match vm.str_of(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.arg_type_name(v);
            Err(vm.type_error(format!(
                "{method}() argument 'byteorder' must be str, not {tn}"
            )))
        }
    }
}

/// Takes positional-or-keyword arguments by name, in order; None where not given.
fn named_args(
    vm: &mut Vm,
    args: &Args,
    names: &[&str],
    method: &str,
) -> RtResult<Vec<Option<Value>>> {
    let mut args = args.duplicate();
    if args.pos.len() > names.len() {
        let msg = format!(
            "{method}() takes at most {} positional arguments ({} given)",
            names.len(),
            args.pos.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut out = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let kw = args.take_kw(vm, name);
        let pos = args.pos.get(i).copied();
        if kw.is_some() && pos.is_some() {
            return Err(vm.type_error(format!(
                "argument for {method}() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        out.push(pos.or(kw));
    }
    args.no_more_kw(vm)?;
    Ok(out)
}

/// `n.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, v: Value, args: &Args) -> RtResult<Value> {
    let mut positional = args.duplicate();
    let signed = positional.take_kw(vm, "signed");
    let got = named_args(vm, &positional, &["length", "byteorder"], "to_bytes")?;
    let length = match got[0] {
        Some(l) => crate::builtins::numeric::int_arg(vm, l)?,
        None => BigInt::from(1),
    };
    if i64::try_from(&length).is_err() {
        return Err(vm.err(
            Ty::OverflowError,
            "Python int too large to convert to C ssize_t",
        ));
    }
    let little = byteorder(vm, got[1], "to_bytes")?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    if length.is_negative() {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let n = crate::builtins::numeric::int_arg(vm, v)?;
    if n.is_negative() && !signed {
        return Err(vm.err(Ty::OverflowError, "can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_be();
    if !signed || !n.is_negative() {
        // Drop a sign byte the unsigned form does not need.
        if !signed && bytes.len() > 1 && bytes[0] == 0 {
            bytes.remove(0);
        }
        if n.is_zero() {
            bytes.clear();
        }
    }
    let len = usize::try_from(&length).unwrap_or(usize::MAX);
    if bytes.len() > len {
        return Err(vm.err(Ty::OverflowError, "int too big to convert"));
    }
    vm.heap.check_fits(len as u64)?;
    let fill = if n.is_negative() { 0xff } else { 0 };
    let mut out = vec![fill; len - bytes.len()];
    out.extend(bytes);
    if little {
        out.reverse();
    }
    vm.alloc(Obj::Bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
pub fn int_from_bytes(vm: &mut Vm, args: &Args) -> RtResult<Value> {
    let mut rest = args.duplicate();
    let signed = rest.take_kw(vm, "signed");
    let got = named_args(vm, &rest, &["bytes", "byteorder"], "from_bytes")?;
    let Some(src) = got[0] else {
        return Err(
            vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)".to_string())
        );
    };
    let little = byteorder(vm, got[1], "from_bytes")?;
    let signed = match signed {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut bytes = super::bytes::bytes_from_object(vm, src)?;
    if little {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_be(&bytes)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &bytes)
    };
    vm.new_int(v)
}

/// `float.fromhex(s)`.
pub fn float_from_hex(vm: &mut Vm, args: &Args) -> RtResult<Value> {
    args.exact(vm, 1)?;
    let Some(s) = vm.str_of(args.pos[0]).map(str::to_string) else {
        let tn = vm.arg_type_name(args.pos[0]);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    match float_fromhex(&s) {
        Ok(x) => Ok(vm.new_float(x)),
        Err(e) => {
            let ty = if e.is_overflow() {
                Ty::OverflowError
            } else {
                Ty::ValueError
            };
            Err(vm.err(ty, e.message()))
        }
    }
}
