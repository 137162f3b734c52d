//! The operator dunders of builtin values called explicitly (`(3).__add__(4)`,
//! `int.__lt__(a, b)`, `"ab".__mul__(2)`), with CPython's operand rules: a type's method only
//! handles operands it knows (an int's `__add__` returns NotImplemented for a float, a str's
//! `__eq__` for an int), so that explicit calls behave like the slots the operators use.

use crate::builtins::methods::misc::dunder_fallback;
use crate::compile::code::{BinOp, Cmp, UnOp};
use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

/// Binary dunders: name, operator, reflected.
const BINARY: &[(&str, BinOp, bool)] = &[
    ("__add__", BinOp::Add, false),
    ("__radd__", BinOp::Add, true),
    ("__sub__", BinOp::Sub, false),
    ("__rsub__", BinOp::Sub, true),
    ("__mul__", BinOp::Mul, false),
    ("__rmul__", BinOp::Mul, true),
    ("__truediv__", BinOp::TrueDiv, false),
    ("__rtruediv__", BinOp::TrueDiv, true),
    ("__floordiv__", BinOp::FloorDiv, false),
    ("__rfloordiv__", BinOp::FloorDiv, true),
    ("__mod__", BinOp::Mod, false),
    ("__rmod__", BinOp::Mod, true),
    ("__pow__", BinOp::Pow, false),
    ("__rpow__", BinOp::Pow, true),
    ("__lshift__", BinOp::LShift, false),
    ("__rlshift__", BinOp::LShift, true),
    ("__rshift__", BinOp::RShift, false),
    ("__rrshift__", BinOp::RShift, true),
    ("__and__", BinOp::And, false),
    ("__rand__", BinOp::And, true),
    ("__or__", BinOp::Or, false),
    ("__ror__", BinOp::Or, true),
    ("__xor__", BinOp::Xor, false),
    ("__rxor__", BinOp::Xor, true),
];

const COMPARE: &[(&str, Cmp)] = &[
    ("__eq__", Cmp::Eq),
    ("__ne__", Cmp::Ne),
    ("__lt__", Cmp::Lt),
    ("__le__", Cmp::Le),
    ("__gt__", Cmp::Gt),
    ("__ge__", Cmp::Ge),
];

/// The numeric dunders ints, floats and complex numbers answer.
pub const NUMBER_DUNDERS: &[&str] = &[
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__truediv__",
    "__rtruediv__",
    "__floordiv__",
    "__rfloordiv__",
    "__mod__",
    "__rmod__",
    "__pow__",
    "__rpow__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__or__",
    "__ror__",
    "__xor__",
    "__rxor__",
    "__eq__",
    "__ne__",
    "__lt__",
    "__le__",
    "__gt__",
    "__ge__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__invert__",
    "__bool__",
    "__hash__",
];

/// Whether numbers of type `t` have the dunder `name` (floats and complex numbers lack the
/// integer-only ones, complex numbers also floor division and modulo).
pub fn number_has_dunder(t: Ty, name: &str) -> bool {
    if !NUMBER_DUNDERS.contains(&name) {
        return false;
    }
    let bits = [
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__invert__",
    ];
    match t {
        Ty::Int | Ty::Bool => true,
        Ty::Float => !bits.contains(&name),
        Ty::Complex => {
            !bits.contains(&name)
                && !matches!(
                    name,
                    "__floordiv__" | "__rfloordiv__" | "__mod__" | "__rmod__"
                )
        }
        _ => false,
    }
}

/// 0 for ints and bools, 1 for floats, 2 for complex numbers; None for anything else.
fn rank(vm: &Vm, v: Value) -> Option<u8> {
    if vm.is_user_instance_pub(v) {
        return None;
    }
    match v {
        Value::Int(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        Value::Obj(id) => match vm.heap.get(id) {
            Obj::BigInt(_) => Some(0),
            Obj::Complex(..) => Some(2),
            _ => None,
        },
        _ => None,
    }
}

/// Integer-only operators.
fn int_only(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
    )
}

/// `recv.name(*args)` for an int, bool, float or complex `recv` (its native value).
pub fn number_dunder(vm: &mut Vm, recv: Value, name: &str, args: &[Value]) -> RtResult<Value> {
    let recv = vm.native_of(recv);
    let Some(r) = rank(vm, recv) else {
        return dunder_fallback(vm, recv, name, args);
    };
    if let Some(&(_, op, reflected)) = BINARY.iter().find(|(n, ..)| *n == name) {
        let other = one_arg(vm, args)?;
        let o = vm.native_of(other);
        let ok = match rank(vm, o) {
            Some(k) => {
                k <= r
                    && !(int_only(op) && r > 0)
                    && !(r == 2 && matches!(op, BinOp::FloorDiv | BinOp::Mod))
            }
            None => false,
        };
        if !ok {
            return Ok(Value::NotImplemented);
        }
        return if reflected {
            vm.binary_op(op, o, recv)
        } else {
            vm.binary_op(op, recv, o)
        };
    }
    if let Some(&(_, cmp)) = COMPARE.iter().find(|(n, _)| *n == name) {
        let other = one_arg(vm, args)?;
        let o = vm.native_of(other);
        let ok = match rank(vm, o) {
            // An int compares only with ints; a float with ints and floats; complex numbers
            // only for (in)equality.
            Some(k) => {
                k <= r.max(1) && (r < 2 || matches!(cmp, Cmp::Eq | Cmp::Ne)) && !(r == 0 && k == 1)
            }
            None => false,
        };
        if !ok {
            return Ok(Value::NotImplemented);
        }
        return vm.compare(cmp, recv, o);
    }
    match name {
        "__neg__" | "__pos__" | "__invert__" => {
            no_args(vm, args)?;
            let op = match name {
                "__neg__" => UnOp::Neg,
                "__pos__" => UnOp::Pos,
                _ => UnOp::Invert,
            };
            if op == UnOp::Invert && r > 0 {
                let tn = vm.type_name(recv);
                return Err(vm.err(
                    Ty::AttributeError,
                    format!("'{tn}' object has no attribute '__invert__'"),
                ));
            }
            vm.unary_op(op, recv)
        }
        "__bool__" => {
            no_args(vm, args)?;
            vm.truthy(recv).map(Value::Bool)
        }
        _ => dunder_fallback(vm, recv, name, args),
    }
}

/// `recv.name(*args)` for the comparison and concatenation dunders of str, bytes, list and
/// tuple values: other operands of the same type only.
pub fn sequence_dunder(
    vm: &mut Vm,
    recv: Value,
    name: &str,
    args: &[Value],
) -> Option<RtResult<Value>> {
    let t = vm.builtin_ty(recv);
    let cmp = COMPARE.iter().find(|(n, _)| *n == name).map(|&(_, c)| c);
    if cmp.is_none() && !matches!(name, "__add__" | "__mul__" | "__rmul__") {
        return None;
    }
    let other = match one_arg(vm, args) {
        Ok(o) => o,
        Err(e) => return Some(Err(e)),
    };
    let ot = vm.builtin_ty(other);
    Some(match (cmp, name) {
        // Comparisons answer only their own type (bytes and bytearray differ here).
        (Some(c), _) if ot == t => vm.compare(c, recv, other),
        (Some(_), _) => Ok(Value::NotImplemented),
        // Concatenation raises CPython's message for other types itself.
        (None, "__add__") => vm.binary_op(BinOp::Add, recv, other),
        (None, _) if matches!(rank(vm, other), Some(0)) => vm.binary_op(BinOp::Mul, recv, other),
        (None, _) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    })
}

fn one_arg(vm: &mut Vm, args: &[Value]) -> RtResult<Value> {
    match args {
        [a] => Ok(*a),
        _ => Err(vm.type_error(format!("expected 1 argument, got {}", args.len()))),
    }
}

fn no_args(vm: &mut Vm, args: &[Value]) -> RtResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("expected 0 arguments, got {}", args.len())))
    }
}
