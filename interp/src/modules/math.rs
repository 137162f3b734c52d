//! The `math` module.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::numeric::int_arg;
use crate::builtins::Args;
use crate::eval::call::KwArgs;
use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::types::Ty;
use crate::value::Value;

pub const FUNCTIONS: &[&str] = &[
    "sqrt",
    "floor",
    "ceil",
    "trunc",
    "gcd",
    "lcm",
    "isqrt",
    "factorial",
    "comb",
    "perm",
    "isclose",
    "log",
    "log2",
    "log10",
    "log1p",
    "exp",
    "expm1",
    "pow",
    "fabs",
    "prod",
    "fsum",
    "copysign",
    "sin",
    "cos",
    "tan",
    "asin",
    "acos",
    "atan",
    "atan2",
    "sinh",
    "cosh",
    "tanh",
    "asinh",
    "acosh",
    "atanh",
    "hypot",
    "degrees",
    "radians",
    "isfinite",
    "isinf",
    "isnan",
    "modf",
    "fmod",
    "frexp",
    "ldexp",
    "dist",
    "remainder",
    "cbrt",
    "exp2",
];

pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("tau", Value::Float(std::f64::consts::TAU)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
    ]
}

/// `PyFloat_AsDouble`: a real number as a float ("must be real number, not str").
pub(crate) fn float_arg(vm: &mut Vm, v: Value) -> RtResult<f64> {
    match vm.num(v) {
        Some(Num::Int(i)) => Ok(i as f64),
        Some(Num::Float(f)) => Ok(f),
        Some(Num::Big(b)) => b
            .to_f64()
            .filter(|f| f.is_finite())
            .ok_or_else(|| vm.err(Ty::OverflowError, "int too large to convert to float")),
        _ => {
            if let Some(m) = vm.lookup_user_method(v, "__float__") {
                let r = vm.call_value(m, vec![v], Vec::new())?;
                if !matches!(vm.native_of(r), Value::Float(_)) {
                    let (tn, rn) = (vm.type_name(v), vm.type_name(r));
                    return Err(
                        vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})"))
                    );
                }
                return float_arg(vm, r);
            }
            if vm.lookup_user_method(v, "__index__").is_some() {
                let i = crate::builtins::numeric::int_arg(vm, v)?;
                return match i.to_f64().filter(|f| f.is_finite()) {
                    Some(f) => Ok(f),
                    None => Err(vm.err(Ty::OverflowError, "int too large to convert to float")),
                };
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

fn domain(vm: &mut Vm) -> crate::eval::RtError {
    vm.value_error("math domain error")
}

fn result(vm: &mut Vm, x: f64, input_finite: bool) -> RtResult<Value> {
    if x.is_nan() && input_finite {
        return Err(domain(vm));
    }
    if x.is_infinite() && input_finite {
        return Err(vm.err(Ty::OverflowError, "math range error"));
    }
    Ok(Value::Float(x))
}

/// A one-argument float function with CPython's domain and range errors.
fn unary(
    vm: &mut Vm,
    args: &Args,
    f: fn(f64) -> f64,
    domain_check: fn(f64) -> bool,
) -> RtResult<Value> {
    args.exact(vm, 1)?;
    let x = float_arg(vm, args.pos[0])?;
    if !domain_check(x) {
        return Err(domain(vm));
    }
    result(vm, f(x), x.is_finite())
}

fn rounding(vm: &mut Vm, args: &Args, name: &str, op: fn(f64) -> f64) -> RtResult<Value> {
    args.exact(vm, 1)?;
    let v = args.pos[0];
    match vm.num(v) {
        Some(Num::Int(_) | Num::Big(_)) if !vm.is_user_instance_pub(v) => Ok(vm.native_of(v)),
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
            let r: BigInt = num_traits::FromPrimitive::from_f64(op(f)).unwrap_or_default();
            vm.new_int(r)
        }
        _ => {
            let dunder = format!("__{name}__");
            if let Some(m) = vm.lookup_user_method(v, &dunder) {
                return vm.call_value(m, vec![v], Vec::new());
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

/// An int argument that must be >= 0; `what` is the ValueError message for negatives.
fn nonneg_int(vm: &mut Vm, v: Value, what: &str) -> RtResult<BigInt> {
    if matches!(v, Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = int_arg(vm, v)?;
    if i.is_negative() {
        return Err(vm.value_error(what.to_string()));
    }
    Ok(i)
}

pub fn call(vm: &mut Vm, name: &str, pos: Vec<Value>, kw: KwArgs) -> RtResult<Value> {
    let mut args = Args::method("math", name, pos, kw);
    match name {
        "sqrt" => unary(vm, &args, f64::sqrt, |x| x >= 0.0 || x.is_nan()),
        "exp" => unary(vm, &args, f64::exp, |_| true),
        "exp2" => unary(vm, &args, f64::exp2, |_| true),
        "expm1" => unary(vm, &args, f64::exp_m1, |_| true),
        "cbrt" => unary(vm, &args, f64::cbrt, |_| true),
        "sin" => unary(vm, &args, f64::sin, |x| !x.is_infinite()),
        "cos" => unary(vm, &args, f64::cos, |x| !x.is_infinite()),
        "tan" => unary(vm, &args, f64::tan, |x| !x.is_infinite()),
        "asin" => unary(vm, &args, f64::asin, |x| {
            (-1.0..=1.0).contains(&x) || x.is_nan()
        }),
        "acos" => unary(vm, &args, f64::acos, |x| {
            (-1.0..=1.0).contains(&x) || x.is_nan()
        }),
        "atan" => unary(vm, &args, f64::atan, |_| true),
        "sinh" => unary(vm, &args, f64::sinh, |_| true),
        "cosh" => unary(vm, &args, f64::cosh, |_| true),
        "tanh" => unary(vm, &args, f64::tanh, |_| true),
        "asinh" => unary(vm, &args, f64::asinh, |_| true),
        "acosh" => unary(vm, &args, f64::acosh, |x| x >= 1.0 || x.is_nan()),
        "atanh" => unary(vm, &args, f64::atanh, |x| {
            (-1.0 < x && x < 1.0) || x.is_nan()
        }),
        "log2" => unary(vm, &args, f64::log2, |x| x > 0.0 || x.is_nan()),
        "log10" => unary(vm, &args, f64::log10, |x| x > 0.0 || x.is_nan()),
        "log1p" => unary(vm, &args, f64::ln_1p, |x| x > -1.0 || x.is_nan()),
        "fabs" => unary(vm, &args, f64::abs, |_| true),
        "degrees" => unary(vm, &args, f64::to_degrees, |_| true),
        "radians" => unary(vm, &args, f64::to_radians, |_| true),
        "floor" => rounding(vm, &args, "floor", f64::floor),
        "ceil" => rounding(vm, &args, "ceil", f64::ceil),
        "trunc" => rounding(vm, &args, "trunc", f64::trunc),
        "isfinite" | "isinf" | "isnan" => {
            args.exact(vm, 1)?;
            let x = float_arg(vm, args.pos[0])?;
            Ok(Value::Bool(match name {
                "isfinite" => x.is_finite(),
                "isinf" => x.is_infinite(),
                _ => x.is_nan(),
            }))
        }
        "log" => {
            args.range(vm, 1, 2)?;
            let ln = |vm: &mut Vm, v: Value| -> RtResult<f64> {
                // Big ints: log of the exact value, not of an overflowing float.
                if let Some(Num::Big(b)) = vm.num(v) {
                    if b.is_positive() {
                        let bits = b.bits();
                        let shift = bits.saturating_sub(60);
                        let top = (&b >> shift).to_f64().unwrap_or(1.0);
                        return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
                    }
                    return Err(domain(vm));
                }
                let x = float_arg(vm, v)?;
                if x <= 0.0 {
                    return Err(domain(vm));
                }
                Ok(x.ln())
            };
            let a = ln(vm, args.pos[0])?;
            match args.pos.get(1) {
                None => Ok(Value::Float(a)),
                Some(b) => {
                    let b = ln(vm, *b)?;
                    if b == 0.0 {
                        return Err(vm.err(Ty::ZeroDivisionError, "float division by zero"));
                    }
                    Ok(Value::Float(a / b))
                }
            }
        }
        "pow" => {
            args.exact(vm, 2)?;
            let x = float_arg(vm, args.pos[0])?;
            let y = float_arg(vm, args.pos[1])?;
            if x == 0.0 && y < 0.0 {
                return Err(domain(vm));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return Err(domain(vm));
            }
            result(vm, x.powf(y), x.is_finite() && y.is_finite())
        }
        "atan2" | "copysign" | "fmod" | "remainder" => {
            args.exact(vm, 2)?;
            let x = float_arg(vm, args.pos[0])?;
            let y = float_arg(vm, args.pos[1])?;
            let r = match name {
                "atan2" => x.atan2(y),
                "copysign" => x.copysign(y),
                "fmod" => {
                    if y == 0.0 || x.is_infinite() {
                        return Err(domain(vm));
                    }
                    x % y
                }
                _ => {
                    if y == 0.0 || x.is_infinite() {
                        return Err(domain(vm));
                    }
                    let n = (x / y).round();
                    let n = if ((x / y) - (x / y).trunc()).abs() == 0.5 {
                        2.0 * ((x / y) / 2.0).round()
                    } else {
                        n
                    };
                    x - n * y
                }
            };
            Ok(Value::Float(r))
        }
        "hypot" => {
            args.no_kw(vm)?;
            let mut acc = 0.0f64;
            for v in args.pos.clone() {
                let x = float_arg(vm, v)?;
                acc = acc.hypot(x);
            }
            Ok(Value::Float(acc))
        }
        "dist" => {
            args.exact(vm, 2)?;
            let p = vm.collect_iterable(args.pos[0])?;
            let q = vm.collect_iterable(args.pos[1])?;
            if p.len() != q.len() {
                return Err(vm.value_error("both points must have the same number of dimensions"));
            }
            let mut acc = 0.0f64;
            for (a, b) in p.into_iter().zip(q) {
                let d = float_arg(vm, a)? - float_arg(vm, b)?;
                acc = acc.hypot(d);
            }
            Ok(Value::Float(acc))
        }
        "modf" => {
            args.exact(vm, 1)?;
            let x = float_arg(vm, args.pos[0])?;
            let i = x.trunc();
            let f = if x.is_infinite() {
                0.0f64.copysign(x)
            } else {
                x - i
            };
            vm.new_tuple(vec![Value::Float(f), Value::Float(i)])
        }
        "frexp" => {
            args.exact(vm, 1)?;
            let x = float_arg(vm, args.pos[0])?;
            if x == 0.0 || !x.is_finite() {
                return vm.new_tuple(vec![Value::Float(x), Value::Int(0)]);
            }
            let e = x.abs().log2().floor() as i32 + 1;
            let mut m = x / 2f64.powi(e);
            let mut e = e;
            if m.abs() >= 1.0 {
                m /= 2.0;
                e += 1;
            } else if m.abs() < 0.5 {
                m *= 2.0;
                e -= 1;
            }
            vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)])
        }
        "ldexp" => {
            args.exact(vm, 2)?;
            let x = float_arg(vm, args.pos[0])?;
            let i = vm.index_of(args.pos[1])?;
            let r = x * 2f64.powi(i.clamp(-2000, 2000) as i32);
            result(vm, r, x.is_finite())
        }
        "isclose" => {
            let rel = args.take_kw(vm, "rel_tol");
            let abs = args.take_kw(vm, "abs_tol");
            args.no_more_kw(vm)?;
            args.exact(vm, 2)?;
            let a = float_arg(vm, args.pos[0])?;
            let b = float_arg(vm, args.pos[1])?;
            let rel = match rel {
                Some(v) => float_arg(vm, v)?,
                None => 1e-9,
            };
            let abs = match abs {
                Some(v) => float_arg(vm, v)?,
                None => 0.0,
            };
            if rel < 0.0 || abs < 0.0 {
                return Err(vm.value_error("tolerances must be non-negative"));
            }
            if a == b {
                return Ok(Value::Bool(true));
            }
            if a.is_infinite() || b.is_infinite() {
                return Ok(Value::Bool(false));
            }
            let diff = (b - a).abs();
            Ok(Value::Bool(
                diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
            ))
        }
        "gcd" | "lcm" => {
            args.no_kw(vm)?;
            let mut acc: BigInt = if name == "gcd" {
                BigInt::zero()
            } else {
                BigInt::one()
            };
            for v in args.pos.clone() {
                if matches!(v, Value::Float(_)) {
                    return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
                }
                let i = int_arg(vm, v)?;
                acc = if name == "gcd" {
                    acc.gcd(&i)
                } else if acc.is_zero() || i.is_zero() {
                    BigInt::zero()
                } else {
                    (&acc / acc.gcd(&i) * &i).abs()
                };
            }
            vm.new_int(acc)
        }
        "isqrt" => {
            args.exact(vm, 1)?;
            let n = nonneg_int(vm, args.pos[0], "isqrt() argument must be nonnegative")?;
            vm.new_int(n.sqrt())
        }
        "factorial" => {
            args.exact(vm, 1)?;
            let n = nonneg_int(
                vm,
                args.pos[0],
                "factorial() not defined for negative values",
            )?;
            let Some(n) = n.to_u64() else {
                return Err(vm.err(
                    Ty::OverflowError,
                    "factorial() argument should not exceed 9223372036854775807",
                ));
            };
            vm.heap
                .check_fits(n.saturating_mul(64 - n.leading_zeros() as u64) / 8)?;
            let mut acc = BigInt::one();
            for k in 2..=n {
                acc *= k;
                if k % 256 == 0 {
                    vm.tick(1)?;
                    vm.check_time()?;
                }
            }
            vm.new_int(acc)
        }
        "comb" | "perm" => {
            args.range(vm, 1, 2)?;
            let n = nonneg_int(vm, args.pos[0], "n must be a non-negative integer")?;
            let k = match args.pos.get(1) {
                Some(v) if !v.is_none() => nonneg_int(vm, *v, "k must be a non-negative integer")?,
                _ if name == "perm" => n.clone(),
                _ => return Err(vm.type_error("comb expected 2 arguments, got 1")),
            };
            if k > n {
                return Ok(Value::Int(0));
            }
            let k = k.to_u64().unwrap_or(0);
            let mut acc = BigInt::one();
            for i in 0..k {
                acc *= &n - i;
                if name == "comb" {
                    acc /= i + 1;
                }
                if i % 256 == 0 {
                    vm.tick(1)?;
                }
            }
            vm.new_int(acc)
        }
        "prod" => {
            let start = args.take_kw(vm, "start").unwrap_or(Value::Int(1));
            args.no_more_kw(vm)?;
            args.exact(vm, 1)?;
            let items = vm.collect_iterable(args.pos[0])?;
            let mut acc = start;
            for it in items {
                acc = vm.binary_op(crate::compile::code::BinOp::Mul, acc, it)?;
            }
            Ok(acc)
        }
        "fsum" => {
            args.exact(vm, 1)?;
            let items = vm.collect_iterable(args.pos[0])?;
            // Shewchuk's exact summation, as CPython's fsum.
            let mut partials: Vec<f64> = Vec::new();
            for it in items {
                let mut x = float_arg(vm, it)?;
                let mut i = 0;
                for j in 0..partials.len() {
                    let mut y = partials[j];
                    if x.abs() < y.abs() {
                        std::mem::swap(&mut x, &mut y);
                    }
                    let hi = x + y;
                    let lo = y - (hi - x);
                    if lo != 0.0 {
                        partials[i] = lo;
                        i += 1;
                    }
                    x = hi;
                }
                partials.truncate(i);
                partials.push(x);
            }
            let mut hi = 0.0;
            if let Some(mut n) = partials.len().checked_sub(1) {
                hi = partials[n];
                let mut lo = 0.0;
                while n > 0 {
                    let x = hi;
                    n -= 1;
                    let y = partials[n];
                    hi = x + y;
                    let yr = hi - x;
                    lo = y - yr;
                    if lo != 0.0 {
                        break;
                    }
                }
                if n > 0
                    && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))
                {
                    let y = lo * 2.0;
                    let x = hi + y;
                    let yr = x - hi;
                    if y == yr {
                        hi = x;
                    }
                }
            }
            Ok(Value::Float(hi))
        }
        _ => Err(vm.err(
            Ty::AttributeError,
            format!("module 'math' has no attribute '{name}'"),
        )),
    }
}
