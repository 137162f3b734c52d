//! Formatting: format specs for int/float/str, `str.format`/`format_map`, and `%` formatting.

use num_bigint::BigInt;

use crate::eval::call::KwArgs;
use crate::eval::{RtResult, Vm};
use crate::value::Value;

/// `format(int, spec)`.
pub fn format_int(i: &BigInt, spec: &str) -> Result<String, String> {
    crate::objects::format_spec::format_int(i, spec)
}

/// `format(float, spec)`.
pub fn format_float(f: f64, spec: &str) -> Result<String, String> {
    crate::objects::format_spec::format_float(f, spec)
}

/// `format(str, spec)`.
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    crate::objects::format_spec::format_str(s, spec)
}

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: Value) -> RtResult<String> {
    crate::builtins::percent::percent_format(vm, fmt, args)
}

/// `bytes_fmt % args`.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: Value) -> RtResult<Vec<u8>> {
    crate::builtins::percent::percent_format_bytes(vm, fmt, args)
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &KwArgs,
) -> RtResult<String> {
    crate::builtins::str_format::format(vm, template, args, kwargs, None)
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: Value) -> RtResult<String> {
    crate::builtins::str_format::format(vm, template, &[], &Vec::new(), Some(mapping))
}
