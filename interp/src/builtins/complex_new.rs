//! `complex(real, imag)`: from a string, from numbers (or objects with `__complex__`,
//! `__float__` or `__index__`), with CPython's messages.

use crate::eval::ops::Num;
use crate::eval::{RtResult, Vm};
use crate::objects::complex_ops::parse_complex;
use crate::types::Ty;
use crate::value::Value;

/// A number argument as (real, imag, was it complex), or None when it is not a number.
fn as_complex(vm: &mut Vm, v: Value) -> RtResult<Option<(f64, f64, bool)>> {
    if let Some(m) = vm.lookup_user_method(v, "__complex__") {
        let r = vm.call_value(m, vec![v], Vec::new())?;
        return match vm.num(r) {
            Some(Num::Complex(re, im)) => Ok(Some((re, im, true))),
            _ => {
                let tn = vm.type_name(r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {tn})")))
            }
        };
    }
    match vm.num(v) {
        Some(Num::Complex(re, im)) => Ok(Some((re, im, true))),
        Some(_) => Ok(Some((crate::modules::math::float_arg(vm, v)?, 0.0, false))),
        None => {
            let numeric = ["__float__", "__index__"]
                .iter()
                .any(|m| vm.lookup_user_method(v, m).is_some());
            if numeric {
                Ok(Some((crate::modules::math::float_arg(vm, v)?, 0.0, false)))
            } else {
                Ok(None)
            }
        }
    }
}

/// The (real, imag) parts of `complex(real, imag)`.
pub fn complex_parts(
    vm: &mut Vm,
    real: Option<Value>,
    imag: Option<Value>,
) -> RtResult<(f64, f64)> {
    let Some(real) = real else {
        return match imag {
            None => Ok((0.0, 0.0)),
            Some(i) => complex_parts(vm, Some(Value::Int(0)), Some(i)),
        };
    };
    if let Some(s) = vm.str_of(real).map(str::to_string) {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(&s) {
            Some((re, im)) => Ok((re, im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(i) = imag {
        if vm.str_of(i).is_some() {
            return Err(vm.type_error("complex() second arg can't be a string"));
        }
    }
    let Some((rr, ri, r_complex)) = as_complex(vm, real)? else {
        let tn = vm.type_name(real);
        return Err(vm.type_error(format!(
            "complex() first argument must be a string or a number, not '{tn}'"
        )));
    };
    let Some(imag) = imag else {
        return Ok((rr, ri));
    };
    let Some((ir, ii, i_complex)) = as_complex(vm, imag)? else {
        let tn = vm.type_name(imag);
        return Err(vm.err(
            Ty::TypeError,
            format!("complex() second argument must be a number, not '{tn}'"),
        ));
    };
    let mut re = rr;
    let mut im = ir;
    if i_complex {
        re -= ii;
    }
    if r_complex {
        im += ri;
    }
    Ok((re, im))
}
