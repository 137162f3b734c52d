//! Operators with Python semantics: arithmetic on ints (i64 fast path, big ints beyond), floats
//! and complex numbers, sequence concatenation and repetition, comparisons, truthiness, hashing
//! and the dunder dispatch (with reflected operands) for user classes.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::compile::code::{BinOp, Cmp, UnOp};
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::str::str_hash;
use crate::objects::{Dict, Obj, PyStr};
use crate::types::Ty;
use crate::value::Value;

/// A number taken apart for arithmetic.
#[derive(Clone, Debug)]
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

/// `&`, `|` and `^` between two bools give a bool.
fn bool_bitwise(op: BinOp, a: Value, b: Value) -> Option<Value> {
    let (Value::Bool(x), Value::Bool(y)) = (a, b) else {
        return None;
    };
    match op {
        BinOp::And => Some(Value::Bool(x & y)),
        BinOp::Or => Some(Value::Bool(x | y)),
        BinOp::Xor => Some(Value::Bool(x ^ y)),
        _ => None,
    }
}

/// CPython's hash of an integer: reduced modulo 2**61 - 1, with -1 mapped to -2.
pub fn int_hash(i: i64) -> i64 {
    crate::objects::float_ops::int_hash_i64(i)
}

pub fn bigint_hash(i: &BigInt) -> i64 {
    crate::objects::float_ops::int_hash(i)
}

/// CPython's hash of a float (equal to the hash of an equal int).
pub fn float_hash(x: f64) -> i64 {
    crate::objects::float_ops::float_hash(x)
}

/// Converts a big int to float the way CPython does, or None when too large.
pub fn big_to_f64(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    f.is_finite().then_some(f)
}

impl Vm<'_> {
    pub fn num(&self, v: Value) -> Option<Num> {
        match v {
            Value::Int(i) => Some(Num::Int(i)),
            Value::Bool(b) => Some(Num::Int(b as i64)),
            Value::Float(f) => Some(Num::Float(f)),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::BigInt(b) => Some(Num::Big(b.clone())),
                Obj::Complex(re, im) => Some(Num::Complex(*re, *im)),
                Obj::Instance(i) if !matches!(i.native, Value::None) => self.num(i.native),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn int_value(&mut self, n: BigInt) -> RtResult<Value> {
        self.new_int(n)
    }

    fn num_to_f64(&mut self, n: &Num) -> RtResult<f64> {
        match n {
            Num::Int(i) => Ok(*i as f64),
            Num::Big(b) => big_to_f64(b)
                .ok_or_else(|| self.err(Ty::OverflowError, "int too large to convert to float")),
            Num::Float(f) => Ok(*f),
            Num::Complex(..) => Err(self.internal("complex to float")),
        }
    }

    fn complex_value(&mut self, re: f64, im: f64) -> RtResult<Value> {
        self.alloc(Obj::Complex(re, im))
    }

    /// Arithmetic on two numbers, or None when the types don't support it.
    fn num_binop(&mut self, op: BinOp, a: Num, b: Num) -> RtResult<Option<Value>> {
        use Num::*;
        match (&a, &b) {
            (Int(x), Int(y)) => return self.int_op(op, *x, *y).map(Some),
            (Int(_) | Big(_), Int(_) | Big(_)) => {
                let x = to_big(&a);
                let y = to_big(&b);
                return self.big_op(op, x, y).map(Some);
            }
            (Complex(..), _) | (_, Complex(..)) => {
                let (ar, ai) = self.complex_parts(&a)?;
                let (br, bi) = self.complex_parts(&b)?;
                return self.complex_op(op, ar, ai, br, bi);
            }
            _ => {}
        }
        if matches!(
            op,
            BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
        ) {
            return Ok(None);
        }
        let x = self.num_to_f64(&a)?;
        let y = self.num_to_f64(&b)?;
        self.float_op(op, x, y).map(Some)
    }

    fn complex_parts(&mut self, n: &Num) -> RtResult<(f64, f64)> {
        match n {
            Num::Complex(r, i) => Ok((*r, *i)),
            other => Ok((self.num_to_f64(other)?, 0.0)),
        }
    }

    fn complex_op(
        &mut self,
        op: BinOp,
        ar: f64,
        ai: f64,
        br: f64,
        bi: f64,
    ) -> RtResult<Option<Value>> {
        let (r, i) = match op {
            BinOp::Add => (ar + br, ai + bi),
            BinOp::Sub => (ar - br, ai - bi),
            BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
            BinOp::TrueDiv => match crate::objects::complex_ops::c_quot((ar, ai), (br, bi)) {
                Some(r) => r,
                None => return Err(self.err(Ty::ZeroDivisionError, "complex division by zero")),
            },
            BinOp::Pow => match crate::objects::complex_ops::complex_pow((ar, ai), (br, bi)) {
                Ok(r) => r,
                Err(e) => {
                    let ty = if e == crate::objects::complex_ops::ComplexError::Overflow {
                        Ty::OverflowError
                    } else {
                        Ty::ZeroDivisionError
                    };
                    return Err(self.err(ty, e.message()));
                }
            },
            _ => return Ok(None),
        };
        self.complex_value(r, i).map(Some)
    }

    fn int_op(&mut self, op: BinOp, x: i64, y: i64) -> RtResult<Value> {
        let small = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(self.err(Ty::ZeroDivisionError, "division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                return self.big_op(op, BigInt::from(x), BigInt::from(y));
            }
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(
                        self.err(Ty::ZeroDivisionError, "integer division or modulo by zero")
                    );
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(self.err(Ty::ZeroDivisionError, "integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| x.mod_floor(&y))
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(self.err(
                            Ty::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    return Ok(Value::Float((x as f64).powf(y as f64)));
                }
                u32::try_from(y).ok().and_then(|e| x.checked_pow(e))
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                if x == 0 {
                    Some(0)
                } else if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(self.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        };
        match small {
            Some(v) => Ok(Value::Int(v)),
            None => self.big_op(op, BigInt::from(x), BigInt::from(y)),
        }
    }

    fn big_op(&mut self, op: BinOp, x: BigInt, y: BigInt) -> RtResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => {
                let bits = x.bits() + y.bits();
                self.heap.check_fits(bits / 8)?;
                x * y
            }
            BinOp::TrueDiv => {
                if y.is_zero() {
                    return Err(self.err(Ty::ZeroDivisionError, "division by zero"));
                }
                return Ok(Value::Float(self.big_true_div(&x, &y)?));
            }
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(
                        self.err(Ty::ZeroDivisionError, "integer division or modulo by zero")
                    );
                }
                x.div_floor(&y)
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.err(Ty::ZeroDivisionError, "integer modulo by zero"));
                }
                x.mod_floor(&y)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.err(
                            Ty::ZeroDivisionError,
                            "0.0 cannot be raised to a negative power",
                        ));
                    }
                    let xf = self.num_to_f64(&Num::Big(x))?;
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    return Ok(Value::Float(xf.powf(yf)));
                }
                return self.big_pow(x, y);
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                if x.is_zero() {
                    return Ok(Value::Int(0));
                }
                let Some(shift) = y.to_u64() else {
                    return Err(self.err(Ty::OverflowError, "too many digits in integer"));
                };
                self.heap.check_fits((x.bits() + shift) / 8)?;
                x << shift
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_u64() {
                    Some(s) => x >> s,
                    None => BigInt::from(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::And => x & y,
            BinOp::Or => x | y,
            BinOp::Xor => x ^ y,
            BinOp::MatMul => {
                return Err(self.type_error("unsupported operand type(s) for @: 'int' and 'int'"))
            }
        };
        self.new_int(r)
    }

    /// `x / y` of ints, correctly rounded like CPython.
    fn big_true_div(&mut self, x: &BigInt, y: &BigInt) -> RtResult<f64> {
        if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Ok(a as f64 / b as f64);
            }
        }
        let negative = x.is_negative() != y.is_negative();
        let (a, b) = (x.abs(), y.abs());
        // Scale so the quotient has 55+ significant bits, then round once.
        let shift = b.bits() as i64 - a.bits() as i64 + 55;
        let (num, den) = if shift > 0 {
            (a << shift as u64, b)
        } else {
            (a, b << (-shift) as u64)
        };
        let (q, r) = num.div_rem(&den);
        let mut q = q;
        if !r.is_zero() {
            q = (q << 1u32) | BigInt::from(1);
        } else {
            q <<= 1u32;
        }
        let qf = q.to_f64().unwrap_or(f64::INFINITY);
        let exp = -(shift + 1);
        if exp > 1100 {
            return Err(self.err(
                Ty::OverflowError,
                "integer division result too large for a float",
            ));
        }
        let v = qf * 2f64.powi(exp.clamp(-1100, 1100) as i32);
        if v.is_infinite() {
            return Err(self.err(
                Ty::OverflowError,
                "integer division result too large for a float",
            ));
        }
        Ok(if negative { -v } else { v })
    }

    fn big_pow(&mut self, x: BigInt, y: BigInt) -> RtResult<Value> {
        if x.is_zero() || x == BigInt::from(1) {
            return self.new_int(if y.is_zero() { BigInt::from(1) } else { x });
        }
        if x == BigInt::from(-1) {
            return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
        }
        let Some(e) = y.to_u64() else {
            return Err(self.err(Ty::MemoryError, ""));
        };
        let bits = x.bits().saturating_mul(e);
        self.heap.check_fits(bits / 8)?;
        // Square-and-multiply with a limit check between steps, so a huge power stops at the
        // time limit instead of after it.
        let mut result = BigInt::from(1);
        let mut base = x;
        let mut e = e;
        while e > 0 {
            if e & 1 == 1 {
                result *= &base;
            }
            e >>= 1;
            if e > 0 {
                base = &base * &base;
            }
            self.tick(1)?;
            self.check_time()?;
        }
        self.new_int(result)
    }

    fn float_op(&mut self, op: BinOp, x: f64, y: f64) -> RtResult<Value> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mul => x * y,
            BinOp::TrueDiv => {
                if y == 0.0 {
                    return Err(self.err(Ty::ZeroDivisionError, "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => match crate::objects::float_ops::float_floordiv(x, y) {
                Ok(r) => r,
                Err(msg) => return Err(self.err(Ty::ZeroDivisionError, msg)),
            },
            BinOp::Mod => match crate::objects::float_ops::float_mod(x, y) {
                Ok(r) => r,
                Err(msg) => return Err(self.err(Ty::ZeroDivisionError, msg)),
            },
            BinOp::Pow => return self.float_pow(x, y),
            // Bitwise operators and @ have no float form.
            _ => {
                return Err(self.binop_type_error(op, Value::Float(x), Value::Float(y), false));
            }
        };
        Ok(self.new_float(r))
    }

    fn float_pow(&mut self, x: f64, y: f64) -> RtResult<Value> {
        use crate::objects::float_ops::{float_pow, PowError};
        match float_pow(x, y) {
            Ok(r) => Ok(self.new_float(r)),
            // A negative base to a fractional power is complex.
            Err(PowError::Complex) => self
                .complex_op(BinOp::Pow, x, 0.0, y, 0.0)
                .map(|v| v.unwrap_or(Value::None)),
            Err(e) => {
                let ty = if e == PowError::Overflow {
                    Ty::OverflowError
                } else {
                    Ty::ZeroDivisionError
                };
                Err(self.err(ty, e.message().unwrap_or("")))
            }
        }
    }

    /// `a op b` for any values.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return self.int_op(op, x, y);
        }
        if let Some(v) = bool_bitwise(op, a, b) {
            return Ok(v);
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            return self.float_op(op, x, y);
        }
        if let Some(v) = self.try_binary(op, a, b, false)? {
            return Ok(v);
        }
        if let Some(v) = self.repeat_by_index(op, a, b, false)? {
            return Ok(v);
        }
        Err(self.binop_type_error(op, a, b, false))
    }

    /// `a op= b`: the in-place dunder first, then the plain operator.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return self.int_op(op, x, y);
        }
        if let Some(v) = bool_bitwise(op, a, b) {
            return Ok(v);
        }
        // Lists extend in place.
        if let Value::Obj(id) = a {
            if matches!(self.heap.get(id), Obj::List(_)) {
                match op {
                    BinOp::Add => {
                        let items = self.collect_iterable(b)?;
                        self.heap.charge(items.len() as u64 * 16)?;
                        if let Obj::List(l) = self.heap.get_mut(id) {
                            l.extend(items);
                        }
                        return Ok(a);
                    }
                    BinOp::Mul => {
                        let n = self.repeat_count(b)?;
                        if let Some(n) = n {
                            let items = self.tuple_items(a);
                            let Some(total) = items
                                .len()
                                .checked_mul(n)
                                .filter(|t| *t <= isize::MAX as usize / 16)
                            else {
                                return Err(self.err(Ty::MemoryError, ""));
                            };
                            self.heap.check_fits(total as u64 * 16)?;
                            let mut out = Vec::with_capacity(total);
                            for _ in 0..n {
                                out.extend_from_slice(&items);
                            }
                            if let Obj::List(l) = self.heap.get_mut(id) {
                                *l = out;
                            }
                            return Ok(a);
                        }
                    }
                    _ => {}
                }
            }
            if matches!(self.heap.get(id), Obj::ByteArray(_)) {
                let more = match op {
                    BinOp::Add => crate::builtins::methods::bytes_like(self, b),
                    BinOp::Mul => match self.repeat_count(b)? {
                        Some(n) => {
                            let cur =
                                crate::builtins::methods::bytes_like(self, a).unwrap_or_default();
                            if cur
                                .len()
                                .checked_mul(n)
                                .is_none_or(|t| t > isize::MAX as usize)
                            {
                                return Err(self.err(Ty::MemoryError, ""));
                            }
                            self.heap
                                .check_fits((cur.len() as u64).saturating_mul(n as u64))?;
                            Some(cur.repeat(n.saturating_sub(1)))
                        }
                        None => None,
                    },
                    _ => None,
                };
                if let Some(more) = more {
                    let clear = op == BinOp::Mul && self.repeat_count(b)? == Some(0);
                    self.heap.charge(more.len() as u64)?;
                    if let Obj::ByteArray(x) = self.heap.get_mut(id) {
                        if clear {
                            x.clear();
                        }
                        x.extend(more);
                    }
                    return Ok(a);
                }
            }
            if matches!(self.heap.get(id), Obj::Set(_)) {
                if let Some(v) = self.set_inplace(op, a, b)? {
                    return Ok(v);
                }
            }
            if matches!(self.heap.get(id), Obj::Dict(_)) && op == BinOp::Or {
                self.dict_update_from(a, b, false)?;
                return Ok(a);
            }
            if let Some(m) = self.lookup_user_method(a, op.dunders().2) {
                let r = self.call_value(m, vec![a, b], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(v) = self.try_binary(op, a, b, true)? {
            return Ok(v);
        }
        if let Some(v) = self.repeat_by_index(op, a, b, true)? {
            return Ok(v);
        }
        Err(self.binop_type_error(op, a, b, true))
    }

    /// `seq * n` where `n` is an object with `__index__` (either operand order).
    fn repeat_by_index(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        inplace: bool,
    ) -> RtResult<Option<Value>> {
        if op != BinOp::Mul {
            return Ok(None);
        }
        let seq = |t: Ty| {
            matches!(
                t,
                Ty::Str | Ty::List | Ty::Tuple | Ty::Bytes | Ty::ByteArray
            )
        };
        let (s, n) = if seq(self.builtin_ty(a)) {
            (a, b)
        } else if seq(self.builtin_ty(b)) {
            (b, a)
        } else {
            return Ok(None);
        };
        if !self.is_user_instance_pub(n) || self.lookup_user_method(n, "__index__").is_none() {
            return Ok(None);
        }
        let count = Value::Int(self.index_of(n)?);
        self.try_binary(op, s, count, inplace)
    }

    fn binop_type_error(&mut self, op: BinOp, a: Value, b: Value, inplace: bool) -> RtError {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add {
            let ba = self.builtin_ty(a);
            if matches!(
                ba,
                Ty::Str | Ty::List | Ty::Tuple | Ty::Bytes | Ty::ByteArray
            ) && self.lookup_user_method(a, "__add__").is_none()
            {
                let what = match ba {
                    Ty::Str => "str",
                    Ty::List => "list",
                    Ty::Tuple => "tuple",
                    _ => "",
                };
                if !what.is_empty() {
                    return self.type_error(format!(
                        "can only concatenate {what} (not \"{tb}\") to {what}"
                    ));
                }
                return self.type_error(format!("can't concat {tb} to {ta}"));
            }
        }
        if op == BinOp::Mul {
            let seq = |t: Ty| {
                matches!(
                    t,
                    Ty::Str | Ty::List | Ty::Tuple | Ty::Bytes | Ty::ByteArray
                )
            };
            if seq(self.builtin_ty(a)) || seq(self.builtin_ty(b)) {
                let other = if seq(self.builtin_ty(a)) { tb } else { ta };
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{other}'"
                ));
            }
        }
        let sym = if inplace {
            format!("{}=", if op == BinOp::Pow { "**" } else { op.symbol() })
        } else {
            op.symbol().to_string()
        };
        if op == BinOp::Pow && !inplace {
            return self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{ta}' and '{tb}'"
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        ))
    }

    /// `n` for sequence repetition, if `b` is an int.
    fn repeat_count(&mut self, b: Value) -> RtResult<Option<usize>> {
        match self.num(b) {
            Some(Num::Int(n)) if !matches!(b, Value::Float(_)) => Ok(Some(n.max(0) as usize)),
            Some(Num::Big(n)) => {
                if n.is_negative() {
                    Ok(Some(0))
                } else {
                    Err(self.err(
                        Ty::OverflowError,
                        "cannot fit 'int' into an index-sized integer",
                    ))
                }
            }
            // An object with `__index__` repeats a sequence too.
            None if self.is_user_instance(b)
                && self.lookup_user_method(b, "__index__").is_some() =>
            {
                let n = self.index_of(b)?;
                Ok(Some(n.max(0) as usize))
            }
            _ => Ok(None),
        }
    }

    /// The builtin behaviour of `a op b`, then the dunders of user classes.
    fn try_binary(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        _inplace: bool,
    ) -> RtResult<Option<Value>> {
        let user_a = self.is_user_instance(a);
        let user_b = self.is_user_instance(b);
        if user_a || user_b {
            return self.dunder_binary(op, a, b);
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return self.num_binop(op, x, y);
        }
        if let Some(v) = self.dict_view_binary(op, a, b)? {
            return Ok(Some(v));
        }
        if op == BinOp::Or {
            if let Some(v) = self.union_or(a, b)? {
                return Ok(Some(v));
            }
        }
        self.sequence_binary(op, a, b)
    }

    fn is_user_instance(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Instance(i) => matches!(i.class, crate::objects::ClassRef::User(_)),
                _ => false,
            },
            _ => false,
        }
    }

    fn dunder_binary(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Option<Value>> {
        let (name, rname, _) = op.dunders();
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = ta.is(tb);
        // A subclass's reflected method goes first.
        let b_first =
            !same && self.is_subclass(tb, ta) && self.lookup_user_method(b, rname).is_some();
        if b_first {
            if let Some(m) = self.lookup_user_method(b, rname) {
                let r = self.call_value(m, vec![b, a], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(m) = self.lookup_user_method(a, name) {
            let r = self.call_value(m, vec![a, b], Vec::new())?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        } else if !self.is_user_instance(a) || self.has_native(a) {
            let na = self.native_of(a);
            // `str % obj` formats whatever the right operand is.
            let formats = op == BinOp::Mod
                && matches!(
                    na.as_obj().map(|id| self.heap.get(id)),
                    Some(Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_))
                );
            // `seq * obj` repeats by `obj.__index__()`.
            let repeats = op == BinOp::Mul
                && matches!(
                    na.as_obj().map(|id| self.heap.get(id)),
                    Some(
                        Obj::Str(_)
                            | Obj::List(_)
                            | Obj::Tuple(_)
                            | Obj::Bytes(_)
                            | Obj::ByteArray(_)
                    )
                )
                && self.lookup_user_method(b, "__index__").is_some();
            let nb = if self.is_user_instance(b) && !formats && !repeats {
                None
            } else {
                Some(b)
            };
            if let Some(nb) = nb {
                if let Some(r) = self.try_binary_builtin(op, na, nb)? {
                    return Ok(Some(r));
                }
            }
        }
        if !same && !b_first {
            if let Some(m) = self.lookup_user_method(b, rname) {
                let r = self.call_value(m, vec![b, a], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            } else if self.has_native(b) && !self.is_user_instance(a) {
                let nb = self.native_of(b);
                if let Some(r) = self.try_binary_builtin(op, a, nb)? {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    fn try_binary_builtin(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Option<Value>> {
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return self.num_binop(op, x, y);
        }
        self.sequence_binary(op, a, b)
    }

    pub fn has_native(&self, v: Value) -> bool {
        match v {
            Value::Obj(id) => {
                matches!(self.heap.get(id), Obj::Instance(i) if !matches!(i.native, Value::None))
            }
            _ => false,
        }
    }

    /// The builtin value inside an instance of a builtin subclass, or the value itself.
    pub fn native_of(&self, v: Value) -> Value {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Instance(i) if !matches!(i.native, Value::None) => i.native,
                _ => v,
            },
            _ => v,
        }
    }

    fn sequence_binary(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Option<Value>> {
        let (Value::Obj(ia), bv) = (a, b) else {
            if let (Value::Obj(_), BinOp::Mul) = (b, op) {
                if self.num(a).is_some() {
                    return self.sequence_binary(op, b, a);
                }
            }
            return Ok(None);
        };
        match op {
            BinOp::Add => {
                let Value::Obj(ib) = bv else { return Ok(None) };
                let r = match (self.heap.get(ia), self.heap.get(ib)) {
                    (Obj::Str(x), Obj::Str(y)) => {
                        let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                        s.push_str(x.as_str());
                        s.push_str(y.as_str());
                        Obj::Str(PyStr::new(s))
                    }
                    (Obj::List(x), Obj::List(y)) => {
                        let mut v = x.clone();
                        v.extend_from_slice(y);
                        Obj::List(v)
                    }
                    (Obj::Tuple(x), Obj::Tuple(y)) => {
                        let mut v = x.clone();
                        v.extend_from_slice(y);
                        Obj::Tuple(v)
                    }
                    (Obj::Bytes(x), Obj::Bytes(y) | Obj::ByteArray(y)) => {
                        let mut v = x.clone();
                        v.extend_from_slice(y);
                        Obj::Bytes(v)
                    }
                    (Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => {
                        let mut v = x.clone();
                        v.extend_from_slice(y);
                        Obj::ByteArray(v)
                    }
                    _ => return Ok(None),
                };
                self.alloc(r).map(Some)
            }
            BinOp::Mul => {
                let Some(n) = self.repeat_count(bv)? else {
                    return Ok(None);
                };
                let (count, size) = match self.heap.get(ia) {
                    Obj::Str(s) => (s.char_len(), s.as_str().len()),
                    Obj::List(x) | Obj::Tuple(x) => (x.len(), x.len() * 16),
                    Obj::Bytes(x) | Obj::ByteArray(x) => (x.len(), x.len()),
                    _ => return Ok(None),
                };
                // CPython's own size check (before any memory is asked for).
                if count.checked_mul(n).is_none_or(|t| t > isize::MAX as usize) {
                    return Err(match self.heap.get(ia) {
                        Obj::Str(_) => self.err(Ty::OverflowError, "repeated string is too long"),
                        Obj::Bytes(_) => self.err(Ty::OverflowError, "repeated bytes are too long"),
                        _ => self.err(Ty::MemoryError, ""),
                    });
                }
                let total = (size as u64).saturating_mul(n as u64);
                self.heap.check_fits(total)?;
                let r = match self.heap.get(ia) {
                    Obj::Str(s) => Obj::Str(PyStr::new(s.as_str().repeat(n))),
                    Obj::List(x) => Obj::List(x.repeat(n)),
                    Obj::Tuple(x) => Obj::Tuple(x.repeat(n)),
                    Obj::Bytes(x) => Obj::Bytes(x.repeat(n)),
                    Obj::ByteArray(x) => Obj::ByteArray(x.repeat(n)),
                    _ => return Ok(None),
                };
                self.alloc(r).map(Some)
            }
            BinOp::Mod => {
                if matches!(self.heap.get(ia), Obj::Str(_)) {
                    let fmt = self.str_of(a).unwrap_or("").to_string();
                    let s = crate::builtins::format::percent_format(self, &fmt, bv)?;
                    return self.new_str(s).map(Some);
                }
                if let Obj::Bytes(f) | Obj::ByteArray(f) = self.heap.get(ia) {
                    let array = matches!(self.heap.get(ia), Obj::ByteArray(_));
                    let fmt = f.clone();
                    let out = crate::builtins::format::percent_format_bytes(self, &fmt, bv)?;
                    return self
                        .alloc(if array {
                            Obj::ByteArray(out)
                        } else {
                            Obj::Bytes(out)
                        })
                        .map(Some);
                }
                Ok(None)
            }
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor => {
                let Value::Obj(ib) = bv else { return Ok(None) };
                match (self.heap.get(ia), self.heap.get(ib)) {
                    (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                        self.set_binary(op, a, b).map(Some)
                    }
                    (Obj::Dict(_), Obj::Dict(_)) if op == BinOp::Or => {
                        let entries: Vec<_> = match self.heap.get(ia) {
                            Obj::Dict(d) => d.iter().map(|e| (e.hash, e.key, e.value)).collect(),
                            _ => Vec::new(),
                        };
                        let mut d = Dict::with_capacity(entries.len());
                        for (h, k, v) in entries {
                            d.insert_new(h, k, v);
                        }
                        let nd = self.alloc(Obj::Dict(d))?;
                        self.dict_update_from(nd, b, false)?;
                        Ok(Some(nd))
                    }
                    _ => Ok(None),
                }
            }
            _ => Ok(None),
        }
    }

    pub fn unary_op(&mut self, op: UnOp, a: Value) -> RtResult<Value> {
        match (op, self.num(a)) {
            (UnOp::Neg, Some(Num::Int(i))) if !self.is_user_instance(a) => {
                Ok(match i.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => self.new_int(-BigInt::from(i))?,
                })
            }
            (UnOp::Neg, Some(Num::Big(b))) if !self.is_user_instance(a) => self.new_int(-b),
            (UnOp::Neg, Some(Num::Float(f))) if !self.is_user_instance(a) => Ok(Value::Float(-f)),
            (UnOp::Neg, Some(Num::Complex(r, i))) => self.complex_value(-r, -i),
            (UnOp::Pos, Some(Num::Int(i))) if !self.is_user_instance(a) => Ok(Value::Int(i)),
            (UnOp::Pos, Some(Num::Big(_))) if !self.is_user_instance(a) => Ok(a),
            (UnOp::Pos, Some(Num::Float(f))) if !self.is_user_instance(a) => Ok(Value::Float(f)),
            (UnOp::Pos, Some(Num::Complex(..))) => Ok(a),
            (UnOp::Invert, Some(Num::Int(i))) if !self.is_user_instance(a) => Ok(Value::Int(!i)),
            (UnOp::Invert, Some(Num::Big(b))) if !self.is_user_instance(a) => self.new_int(!b),
            _ => {
                let name = match op {
                    UnOp::Neg => "__neg__",
                    UnOp::Pos => "__pos__",
                    UnOp::Invert => "__invert__",
                    UnOp::Not => return Ok(Value::Bool(!self.truthy(a)?)),
                };
                if let Some(m) = self.lookup_user_method(a, name) {
                    return self.call_value(m, vec![a], Vec::new());
                }
                if self.has_native(a) {
                    let n = self.native_of(a);
                    return self.unary_op(op, n);
                }
                let sym = match op {
                    UnOp::Neg => "-",
                    UnOp::Pos => "+",
                    _ => "~",
                };
                let tn = self.type_name(a);
                Err(self.type_error(format!("bad operand type for unary {sym}: '{tn}'")))
            }
        }
    }

    /// Python truthiness.
    pub fn truthy(&mut self, v: Value) -> RtResult<bool> {
        Ok(match v {
            Value::Undef | Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::NotImplemented | Value::Ellipsis | Value::Builtin(_) | Value::Type(_) => true,
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => !s.as_str().is_empty(),
                Obj::Bytes(b) | Obj::ByteArray(b) => !b.is_empty(),
                Obj::MemoryView(_) | Obj::MappingProxy(_) => {
                    crate::builtins::iterables::len_of(self, v)? > 0
                }
                Obj::BigRange(_) => self.big_range_truthy(v).unwrap_or(true),
                Obj::BigInt(_) => true,
                Obj::Complex(r, i) => *r != 0.0 || *i != 0.0,
                Obj::List(l) | Obj::Tuple(l) => !l.is_empty(),
                Obj::Dict(d) => !d.is_empty(),
                Obj::Set(s) | Obj::FrozenSet(s) => !s.is_empty(),
                Obj::Range { start, stop, step } => range_len(*start, *stop, *step) > 0,
                Obj::DictView { dict, .. } => match self.heap.get(*dict) {
                    Obj::Dict(d) => !d.is_empty(),
                    _ => false,
                },
                Obj::Instance(inst) => {
                    let native = inst.native;
                    if let Some(m) = self.lookup_user_method(v, "__bool__") {
                        let r = self.call_value(m, vec![v], Vec::new())?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => {
                                let tn = self.type_name(r);
                                Err(self.type_error(format!(
                                    "__bool__ should return bool, returned {tn}"
                                )))
                            }
                        };
                    }
                    if let Some(m) = self.lookup_user_method(v, "__len__") {
                        let r = self.call_value(m, vec![v], Vec::new())?;
                        let n = self.len_result(r)?;
                        return Ok(n > 0);
                    }
                    if !matches!(native, Value::None) {
                        return self.truthy(native);
                    }
                    true
                }
                _ => true,
            },
        })
    }

    /// Checks what `__len__` returned.
    pub fn len_result(&mut self, r: Value) -> RtResult<usize> {
        match r {
            Value::Int(n) if n >= 0 => Ok(n as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            _ => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    pub fn is(&self, a: Value, b: Value) -> bool {
        match (a, b) {
            (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
                let _ = (x, y);
                false
            }
            _ => a.is(b),
        }
    }

    /// `a == b` as a bool.
    pub fn py_eq(&mut self, a: Value, b: Value) -> RtResult<bool> {
        if a.is(b) && !self.is_user_instance(a) {
            return Ok(true);
        }
        match self.native_eq(a, b, 0)? {
            Some(r) => Ok(r),
            None => {
                let r = self.compare(Cmp::Eq, a, b)?;
                self.truthy(r)
            }
        }
    }

    /// Equality without Python code, or None when a user `__eq__` may be involved.
    pub fn native_eq(&mut self, a: Value, b: Value, depth: usize) -> RtResult<Option<bool>> {
        if depth > 500 || crate::stack::low() {
            return Err(self.err(
                Ty::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => return Ok(Some(x == y)),
            (Value::Float(x), Value::Float(y)) => return Ok(Some(x == y)),
            (Value::None, Value::None) => return Ok(Some(true)),
            _ => {}
        }
        if self.is_user_instance(a) || self.is_user_instance(b) {
            return Ok(None);
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            return Ok(Some(num_eq(&x, &y)));
        }
        let (Value::Obj(ia), Value::Obj(ib)) = (a, b) else {
            return Ok(Some(match (a, b) {
                (Value::Type(x), Value::Type(y)) => x == y,
                (Value::Builtin(x), Value::Builtin(y)) => x == y,
                _ => a.is(b),
            }));
        };
        if ia == ib && !matches!(self.heap.get(ia), Obj::Complex(..)) {
            return Ok(Some(true));
        }
        if let Some(eq) = self.union_eq(a, b) {
            return Ok(Some(eq));
        }
        if let Some(eq) = self.big_range_eq(a, b) {
            return Ok(Some(eq));
        }
        // A mappingproxy compares as the dict it shows.
        let (pa, pb) = (self.heap.get(ia), self.heap.get(ib));
        if matches!(pa, Obj::MappingProxy(_)) || matches!(pb, Obj::MappingProxy(_)) {
            let unwrap = |o: &Obj, v: Value| match o {
                Obj::MappingProxy(d) => Value::Obj(*d),
                _ => v,
            };
            let (x, y) = (unwrap(pa, a), unwrap(pb, b));
            return self.native_eq(x, y, depth + 1);
        }
        let pair = match (self.heap.get(ia), self.heap.get(ib)) {
            (Obj::Str(x), Obj::Str(y)) => return Ok(Some(x.as_str() == y.as_str())),
            (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => {
                return Ok(Some(x == y))
            }
            (Obj::List(x), Obj::List(y)) | (Obj::Tuple(x), Obj::Tuple(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                Some((x.clone(), y.clone()))
            }
            (
                Obj::Range {
                    start: a1,
                    stop: b1,
                    step: c1,
                },
                Obj::Range {
                    start: a2,
                    stop: b2,
                    step: c2,
                },
            ) => {
                let (l1, l2) = (range_len(*a1, *b1, *c1), range_len(*a2, *b2, *c2));
                return Ok(Some(
                    l1 == l2 && (l1 == 0 || (a1 == a2 && (l1 == 1 || c1 == c2))),
                ));
            }
            (Obj::Dict(x), Obj::Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                let entries: Vec<(Value, Value)> = x.iter().map(|e| (e.key, e.value)).collect();
                for (k, v) in entries {
                    match self.dict_get(ib, k)? {
                        Some(v2) => {
                            if !self.py_eq(v, v2)? {
                                return Ok(Some(false));
                            }
                        }
                        None => return Ok(Some(false)),
                    }
                }
                return Ok(Some(true));
            }
            (Obj::Set(x) | Obj::FrozenSet(x), Obj::Set(y) | Obj::FrozenSet(y)) => {
                if x.len() != y.len() {
                    return Ok(Some(false));
                }
                let keys = x.keys();
                for k in keys {
                    if !self.set_contains(b, k)? {
                        return Ok(Some(false));
                    }
                }
                return Ok(Some(true));
            }
            (
                Obj::Slice {
                    start: a1,
                    stop: b1,
                    step: c1,
                },
                Obj::Slice {
                    start: a2,
                    stop: b2,
                    step: c2,
                },
            ) => {
                let (x, y) = (vec![*a1, *b1, *c1], vec![*a2, *b2, *c2]);
                Some((x, y))
            }
            (
                Obj::BoundMethod {
                    receiver: r1,
                    func: f1,
                },
                Obj::BoundMethod {
                    receiver: r2,
                    func: f2,
                },
            ) => {
                return Ok(Some(r1.is(*r2) && f1.is(*f2)));
            }
            (Obj::DictView { .. }, _) | (_, Obj::DictView { .. }) => return Ok(None),
            _ => return Ok(Some(false)),
        };
        if let Some((x, y)) = pair {
            for (p, q) in x.into_iter().zip(y) {
                if p.is(q) {
                    continue;
                }
                let r = match self.native_eq(p, q, depth + 1)? {
                    Some(r) => r,
                    None => self.py_eq(p, q)?,
                };
                if !r {
                    return Ok(Some(false));
                }
            }
            return Ok(Some(true));
        }
        Ok(Some(false))
    }

    /// A rich comparison, with dunders and reflection.
    pub fn compare(&mut self, op: Cmp, a: Value, b: Value) -> RtResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(cmp_ord(op, x.cmp(&y))));
        }
        let user = self.is_user_instance(a) || self.is_user_instance(b);
        if user {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let reflected_first = !ta.is(tb) && self.is_subclass(tb, ta);
            let order: [(Value, Value, Cmp); 2] = if reflected_first {
                [(b, a, op.swapped()), (a, b, op)]
            } else {
                [(a, b, op), (b, a, op.swapped())]
            };
            for (x, y, o) in order {
                if let Some(m) = self.lookup_user_method(x, o.dunder()) {
                    let r = self.call_value(m, vec![x, y], Vec::new())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                } else if o == Cmp::Ne && self.is_user_instance(x) {
                    // object.__ne__ inverts the type's own __eq__.
                    if let Some(m) = self.lookup_user_method(x, "__eq__") {
                        let r = self.call_value(m, vec![x, y], Vec::new())?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(Value::Bool(!self.truthy(r)?));
                        }
                    }
                } else if op != Cmp::Eq && op != Cmp::Ne && self.has_native(x) {
                    let nx = self.native_of(x);
                    let ny = self.native_of(y);
                    return self.compare(o, nx, ny);
                }
            }
            return match op {
                Cmp::Eq => Ok(Value::Bool(a.is(b) || self.natives_equal(a, b)?)),
                Cmp::Ne => Ok(Value::Bool(!(a.is(b) || self.natives_equal(a, b)?))),
                _ => Err(self.order_error(op, a, b)),
            };
        }
        if let Some(r) = self.dict_view_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        match op {
            Cmp::Eq => {
                let r = self.native_eq(a, b, 0)?.unwrap_or(false);
                Ok(Value::Bool(r))
            }
            Cmp::Ne => {
                let r = self.native_eq(a, b, 0)?.unwrap_or(false);
                Ok(Value::Bool(!r))
            }
            _ => match self.native_order(a, b, 0)? {
                Some(ord) => Ok(Value::Bool(ord.map(|o| cmp_ord(op, o)).unwrap_or(false))),
                None => {
                    if let Some(r) = self.set_order(op, a, b)? {
                        return Ok(Value::Bool(r));
                    }
                    Err(self.order_error(op, a, b))
                }
            },
        }
    }

    fn natives_equal(&mut self, a: Value, b: Value) -> RtResult<bool> {
        if self.has_native(a) || self.has_native(b) {
            let (x, y) = (self.native_of(a), self.native_of(b));
            if self.is_user_instance(x) || self.is_user_instance(y) {
                return Ok(false);
            }
            return Ok(self.native_eq(x, y, 0)?.unwrap_or(false));
        }
        Ok(false)
    }

    fn order_error(&mut self, op: Cmp, a: Value, b: Value) -> RtError {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!(
            "'{}' not supported between instances of '{ta}' and '{tb}'",
            op.symbol()
        ))
    }

    /// Ordering of builtin values: Some(None) means unordered (NaN); None means the types
    /// cannot be ordered.
    pub fn native_order(
        &mut self,
        a: Value,
        b: Value,
        depth: usize,
    ) -> RtResult<Option<Option<std::cmp::Ordering>>> {
        if depth > 500 {
            return Err(self.err(
                Ty::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        if let (Some(x), Some(y)) = (self.num(a), self.num(b)) {
            if matches!(x, Num::Complex(..)) || matches!(y, Num::Complex(..)) {
                return Ok(None);
            }
            return Ok(Some(num_cmp(&x, &y)));
        }
        let (Value::Obj(ia), Value::Obj(ib)) = (a, b) else {
            return Ok(None);
        };
        let (x, y) = match (self.heap.get(ia), self.heap.get(ib)) {
            (Obj::Str(x), Obj::Str(y)) => return Ok(Some(Some(x.as_str().cmp(y.as_str())))),
            (Obj::Bytes(x) | Obj::ByteArray(x), Obj::Bytes(y) | Obj::ByteArray(y)) => {
                return Ok(Some(Some(x.cmp(y))))
            }
            (Obj::List(x), Obj::List(y)) | (Obj::Tuple(x), Obj::Tuple(y)) => (x.clone(), y.clone()),
            _ => return Ok(None),
        };
        for (p, q) in x.iter().zip(&y) {
            let eq = match self.native_eq(*p, *q, depth + 1)? {
                Some(r) => r,
                None => self.py_eq(*p, *q)?,
            };
            if !eq {
                return match self.native_order(*p, *q, depth + 1)? {
                    Some(o) => Ok(Some(o)),
                    None => {
                        // Let the element comparison raise its own error (or use dunders).
                        let lt = self.compare(Cmp::Lt, *p, *q)?;
                        let lt = self.truthy(lt)?;
                        Ok(Some(Some(if lt {
                            std::cmp::Ordering::Less
                        } else {
                            std::cmp::Ordering::Greater
                        })))
                    }
                };
            }
        }
        Ok(Some(Some(x.len().cmp(&y.len()))))
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> RtResult<i64> {
        Ok(match v {
            Value::Int(i) => int_hash(i),
            Value::Bool(b) => b as i64,
            Value::Float(f) => float_hash(f),
            Value::None => 0xFCA8_6420_C3A7_i64,
            Value::Undef => 0,
            Value::NotImplemented => 0x4E6F_74496D,
            Value::Ellipsis => 0x456C_6C69,
            Value::Builtin(b) => 0x1000 + b as i64,
            Value::Type(t) => 0x2000 + t as i64,
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => s.hash(),
                Obj::BigInt(b) => bigint_hash(b),
                Obj::Bytes(b) => str_hash(&String::from_utf8_lossy(b)),
                Obj::Complex(re, im) => {
                    let h =
                        float_hash(*re).wrapping_add(1_000_003i64.wrapping_mul(float_hash(*im)));
                    if h == -1 {
                        -2
                    } else {
                        h
                    }
                }
                Obj::Tuple(items) => {
                    let items = items.clone();
                    let mut hashes = Vec::with_capacity(items.len());
                    for it in items {
                        hashes.push(self.hash(it)?);
                    }
                    tuple_hash(&hashes)
                }
                Obj::FrozenSet(d) => {
                    let keys: Vec<i64> = d.entries().into_iter().map(|e| e.0).collect();
                    let mut h: u64 = 0;
                    for k in keys {
                        let k = k as u64;
                        h ^= (k ^ (k << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
                    }
                    h as i64
                }
                Obj::BigRange(r) => {
                    let len = r.len();
                    let (start, step) = (r.start.clone(), r.step.clone());
                    tuple_hash(&[bigint_hash(&len), bigint_hash(&start), bigint_hash(&step)])
                }
                Obj::Union(items) => {
                    let items = items.clone();
                    let mut h: i64 = 0;
                    for it in items {
                        h ^= self.hash(it)?;
                    }
                    if h == -1 {
                        -2
                    } else {
                        h
                    }
                }
                Obj::Slice { start, stop, step } => {
                    let parts = [*start, *stop, *step];
                    let mut hashes = Vec::with_capacity(3);
                    for p in parts {
                        hashes.push(self.hash(p)?);
                    }
                    tuple_hash(&hashes)
                }
                Obj::Range { start, stop, step } => tuple_hash(&[
                    int_hash(range_len(*start, *stop, *step) as i64),
                    int_hash(*start),
                    int_hash(*step),
                ]),
                Obj::List(_)
                | Obj::Dict(_)
                | Obj::Set(_)
                | Obj::ByteArray(_)
                | Obj::DictView { .. } => {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!("unhashable type: '{tn}'")));
                }
                Obj::Instance(inst) => {
                    let native = inst.native;
                    match self.user_hash_method(v) {
                        Some(Some(m)) => {
                            let r = self.call_value(m, vec![v], Vec::new())?;
                            return match self.num(r) {
                                Some(Num::Int(i)) => Ok(if i == -1 { -2 } else { i }),
                                Some(Num::Big(b)) => Ok(bigint_hash(&b)),
                                _ => {
                                    Err(self.type_error("__hash__ method should return an integer"))
                                }
                            };
                        }
                        Some(None) => {
                            let tn = self.type_name(v);
                            return Err(self.type_error(format!("unhashable type: '{tn}'")));
                        }
                        None => {
                            if !matches!(native, Value::None) {
                                return self.hash(native);
                            }
                            (id.0 as i64) << 4 | 1
                        }
                    }
                }
                _ => (id.0 as i64) << 4 | 1,
            },
        })
    }
}

/// CPython's tuple hash (xxHash-based, 3.8+).
pub fn tuple_hash(hashes: &[i64]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc: u64 = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(hashes.len() as u64 ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as u64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as u64
    } else {
        0
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        _ => BigInt::zero(),
    }
}

pub fn num_eq(x: &Num, y: &Num) -> bool {
    match (x, y) {
        (Num::Complex(a, b), Num::Complex(c, d)) => a == c && b == d,
        (Num::Complex(a, b), other) | (other, Num::Complex(a, b)) => {
            *b == 0.0 && num_cmp(&Num::Float(*a), other) == Some(std::cmp::Ordering::Equal)
        }
        _ => num_cmp(x, y) == Some(std::cmp::Ordering::Equal),
    }
}

/// Exact comparison of ints and floats (no rounding of big ints to float).
pub fn num_cmp(x: &Num, y: &Num) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (x, y) {
        (Num::Int(a), Num::Int(b)) => Some(a.cmp(b)),
        (Num::Float(a), Num::Float(b)) => a.partial_cmp(b),
        (Num::Int(_) | Num::Big(_), Num::Int(_) | Num::Big(_)) => Some(to_big(x).cmp(&to_big(y))),
        (Num::Float(f), other) => num_cmp(other, &Num::Float(*f)).map(Ordering::reverse),
        (i, Num::Float(f)) => {
            if f.is_nan() {
                return None;
            }
            if f.is_infinite() {
                return Some(if *f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            let bi = to_big(i);
            let fl = f.floor();
            let fb = BigInt::from_f64_exact(fl);
            match bi.cmp(&fb) {
                Ordering::Equal => {
                    if *f > fl {
                        Some(Ordering::Less)
                    } else {
                        Some(Ordering::Equal)
                    }
                }
                o => Some(o),
            }
        }
        _ => None,
    }
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}

impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        num_traits::FromPrimitive::from_f64(f).unwrap_or_default()
    }
}

fn cmp_ord(op: Cmp, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        Cmp::Eq => o == Equal,
        Cmp::Ne => o != Equal,
        Cmp::Lt => o == Less,
        Cmp::Le => o != Greater,
        Cmp::Gt => o == Greater,
        Cmp::Ge => o != Less,
    }
}
