//! Numeric builtins: abs, bin, oct, hex, chr, ord, divmod, pow, round.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{Args, Builtin};
use crate::compile::code::BinOp;
use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::types::Ty;
use crate::value::Value;

pub fn call(vm: &mut Vm, b: Builtin, mut args: Args) -> RtResult<Value> {
    match b {
        Builtin::Abs => {
            args.exact(vm, 1)?;
            let v = args.pos[0];
            match vm.num(v) {
                Some(Num::Int(i)) if !vm.is_user_instance_pub(v) => match i.checked_abs() {
                    Some(a) => Ok(Value::Int(a)),
                    None => vm.new_int(BigInt::from(i).abs()),
                },
                Some(Num::Big(b)) if !vm.is_user_instance_pub(v) => vm.new_int(b.abs()),
                Some(Num::Float(f)) if !vm.is_user_instance_pub(v) => Ok(Value::Float(f.abs())),
                Some(Num::Complex(r, i)) => Ok(Value::Float(r.hypot(i))),
                _ => {
                    if let Some(m) = vm.lookup_user_method(v, "__abs__") {
                        return vm.call_value(m, vec![v], Vec::new());
                    }
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
                }
            }
        }
        Builtin::Bin | Builtin::Oct | Builtin::Hex => {
            args.exact(vm, 1)?;
            let i = int_arg(vm, args.pos[0])?;
            let (prefix, radix) = match b {
                Builtin::Bin => ("0b", 2),
                Builtin::Oct => ("0o", 8),
                _ => ("0x", 16),
            };
            let digits = i.abs().to_str_radix(radix);
            let sign = if i.is_negative() { "-" } else { "" };
            vm.new_str(format!("{sign}{prefix}{digits}"))
        }
        Builtin::Chr => {
            args.exact(vm, 1)?;
            let i = int_arg(vm, args.pos[0])?;
            let code = i.to_u32();
            let surrogate = code.and_then(terrarium_grammar::ast::surrogate_char);
            match code.and_then(char::from_u32).or(surrogate) {
                Some(c) => vm.new_char(c),
                None => Err(vm.value_error("chr() arg not in range(0x110000)")),
            }
        }
        Builtin::Ord => {
            args.exact(vm, 1)?;
            let v = args.pos[0];
            if let Some(s) = vm.str_of(v) {
                let mut chars = s.chars();
                return match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(Value::Int(i64::from(
                        crate::objects::str_codecs::code_of(c),
                    ))),
                    _ => {
                        let n = s.chars().count();
                        Err(vm.type_error(format!(
                            "ord() expected a character, but string of length {n} found"
                        )))
                    }
                };
            }
            if let Some(crate::objects::Obj::Bytes(b) | crate::objects::Obj::ByteArray(b)) =
                v.as_obj().map(|id| vm.heap.get(id))
            {
                if b.len() == 1 {
                    return Ok(Value::Int(b[0] as i64));
                }
                let n = b.len();
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {n} found"
                )));
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
        Builtin::Divmod => {
            args.exact(vm, 2)?;
            let (a, b) = (args.pos[0], args.pos[1]);
            if vm.is_user_instance_pub(a) || vm.is_user_instance_pub(b) {
                if let Some(m) = vm.lookup_user_method(a, "__divmod__") {
                    return vm.call_value(m, vec![a, b], Vec::new());
                }
                if let Some(m) = vm.lookup_user_method(b, "__rdivmod__") {
                    return vm.call_value(m, vec![b, a], Vec::new());
                }
            }
            match (vm.num(a), vm.num(b)) {
                (Some(Num::Float(_)), Some(_)) | (Some(_), Some(Num::Float(_))) => {
                    let x = crate::modules::math::float_arg(vm, a)?;
                    let y = crate::modules::math::float_arg(vm, b)?;
                    match crate::objects::float_ops::float_divmod(x, y) {
                        Ok((q, r)) => {
                            let (q, r) = (vm.new_float(q), vm.new_float(r));
                            vm.new_tuple(vec![q, r])
                        }
                        Err(msg) => Err(vm.err(Ty::ZeroDivisionError, msg)),
                    }
                }
                (Some(Num::Int(_) | Num::Big(_)), Some(Num::Int(_) | Num::Big(_))) => {
                    let q = vm.binary_op(BinOp::FloorDiv, a, b)?;
                    let r = vm.binary_op(BinOp::Mod, a, b)?;
                    vm.new_tuple(vec![q, r])
                }
                _ => {
                    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
                    Err(vm.type_error(format!(
                        "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
                    )))
                }
            }
        }
        Builtin::Pow => {
            args.clinic(vm, &["base", "exp", "mod"], 2)?;
            let modulus = args.take_kw(vm, "mod");
            let exp = args.take_kw(vm, "exp");
            let base = args.take_kw(vm, "base");
            args.no_more_kw(vm)?;
            let mut pos = args.pos.clone();
            if let Some(b) = base {
                pos.insert(0, b);
            }
            if let Some(e) = exp {
                pos.push(e);
            }
            if let Some(m) = modulus {
                pos.push(m);
            }
            if pos.len() < 2 || pos.len() > 3 {
                return Err(vm.type_error(format!(
                    "pow expected at least 2 arguments, got {}",
                    pos.len()
                )));
            }
            if pos.len() == 2 || pos[2].is_none() {
                return vm.binary_op(BinOp::Pow, pos[0], pos[1]);
            }
            // Three-argument pow of a user object: its __pow__(exp, mod).
            if let Some(m) = vm.lookup_user_method(pos[0], "__pow__") {
                let r = vm.call_value(m, vec![pos[0], pos[1], pos[2]], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            let (Some(x), Some(y), Some(m)) = (
                int_opt(vm, pos[0]),
                int_opt(vm, pos[1]),
                int_opt(vm, pos[2]),
            ) else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let base = if y.is_negative() {
                match mod_inverse(&x, &m) {
                    Some(inv) => inv,
                    None => {
                        return Err(vm.value_error("base is not invertible for the given modulus"))
                    }
                }
            } else {
                x
            };
            let e = y.abs();
            let r = base.modpow(&e, &m.abs());
            let r = if m.is_negative() && !r.is_zero() {
                r + &m
            } else {
                r
            };
            vm.new_int(r)
        }
        Builtin::Round => {
            args.clinic(vm, &["number", "ndigits"], 1)?;
            let nd = args.take_kw(vm, "ndigits");
            let num = args.take_kw(vm, "number");
            args.no_more_kw(vm)?;
            let mut pos = args.pos.clone();
            if let Some(n) = num {
                pos.insert(0, n);
            }
            if let Some(n) = nd {
                pos.push(n);
            }
            if pos.is_empty() || pos.len() > 2 {
                return Err(vm.type_error(format!(
                    "round() takes at most 2 arguments ({} given)",
                    pos.len()
                )));
            }
            let v = pos[0];
            let ndigits = pos.get(1).copied().filter(|n| !n.is_none());
            if let Some(m) = vm.lookup_user_method(v, "__round__") {
                let mut a = vec![v];
                a.extend(ndigits);
                return vm.call_value(m, a, Vec::new());
            }
            match vm.num(v) {
                Some(Num::Float(f)) => match ndigits {
                    None => {
                        use crate::objects::float_ops::{float_round_to_int, float_to_bigint};
                        match float_to_bigint(float_round_to_int(f)) {
                            Ok(i) => vm.new_int(i),
                            Err(e) => {
                                let ty = if e.is_overflow() {
                                    Ty::OverflowError
                                } else {
                                    Ty::ValueError
                                };
                                Err(vm.err(ty, e.int_message()))
                            }
                        }
                    }
                    Some(n) => {
                        let n = match vm.num(n) {
                            Some(Num::Big(b)) if !vm.is_user_instance_pub(n) => {
                                if b.is_negative() {
                                    i64::MIN
                                } else {
                                    i64::MAX
                                }
                            }
                            _ => vm.index_of(n)?,
                        };
                        match crate::objects::float_ops::float_round(f, n) {
                            Ok(r) => Ok(vm.new_float(r)),
                            Err(msg) => Err(vm.err(Ty::OverflowError, msg)),
                        }
                    }
                },
                Some(Num::Int(_) | Num::Big(_)) => match ndigits {
                    None => Ok(plain_int(vm.native_of(v))),
                    Some(n) => {
                        let n = vm.index_of(n)?;
                        if n >= 0 {
                            return Ok(plain_int(vm.native_of(v)));
                        }
                        let i = int_arg(vm, v)?;
                        let p = BigInt::from(10).pow((-n).min(400) as u32);
                        let (q, r) = i.div_mod_floor(&p);
                        let twice = &r * 2;
                        let q = if twice > p || (twice == p && q.is_odd()) {
                            q + 1
                        } else {
                            q
                        };
                        vm.new_int(q * p)
                    }
                },
                _ => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
                }
            }
        }
        _ => Err(vm.internal("not a numeric builtin")),
    }
}

/// An int argument (bool counts; objects with __index__ too).
pub fn int_arg(vm: &mut Vm, v: Value) -> RtResult<BigInt> {
    match vm.num(v) {
        Some(Num::Int(i)) if !matches!(v, Value::Float(_)) => Ok(BigInt::from(i)),
        Some(Num::Big(b)) => Ok(b),
        _ => {
            let i = vm.index_of(v)?;
            Ok(BigInt::from(i))
        }
    }
}

fn int_opt(vm: &Vm, v: Value) -> Option<BigInt> {
    match vm.num(v) {
        Some(Num::Int(i)) if !matches!(v, Value::Float(_)) => Some(BigInt::from(i)),
        Some(Num::Big(b)) => Some(b),
        _ => None,
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// An int result: a bool becomes the int it equals (`round(True)` is 1).
fn plain_int(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(i64::from(b)),
        other => other,
    }
}
