//! `format(value, spec)`: the `__format__` of the builtin types (int, bool, float, complex, str
//! and their subclasses), with each formatting error raised as CPython's exception.

use crate::eval::{RtError, RtResult, Vm};
use crate::objects::format_number::format_complex_as;
use crate::objects::format_spec::{
    format_bool, format_float_as, format_int_as, format_str_as, FormatError, FormatErrorKind,
};
use crate::objects::int_text::DEFAULT_MAX_STR_DIGITS;
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

impl Vm<'_> {
    /// The exception a formatting error stands for.
    pub fn format_error(&mut self, e: FormatError) -> RtError {
        let ty = match e.kind {
            FormatErrorKind::Value | FormatErrorKind::Unsupported => Ty::ValueError,
            FormatErrorKind::Overflow => Ty::OverflowError,
            FormatErrorKind::Memory => Ty::MemoryError,
        };
        self.err(ty, e.message)
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: Value, spec: &str) -> RtResult<Value> {
        if let Some(method) = self.lookup_user_method(v, "__format__") {
            let s = self.new_str(spec)?;
            let r = self.call_value(method, vec![v, s], Vec::new())?;
            if self.str_of(self.native_of(r)).is_none() {
                let tn = self.type_name(r);
                return Err(self.type_error(format!("__format__ must return a str, not {tn}")));
            }
            return Ok(r);
        }
        if spec.is_empty() {
            return self.to_str_value(v);
        }
        let type_name = self.type_name(v);
        let native = self.native_of(v);
        let result = match native {
            Value::Int(i) => format_int_as(&i.into(), spec, &type_name, DEFAULT_MAX_STR_DIGITS),
            Value::Bool(b) => format_bool(b, spec),
            Value::Float(f) => format_float_as(f, spec, &type_name),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => format_str_as(s.as_str(), spec, &type_name),
                Obj::BigInt(i) => format_int_as(i, spec, &type_name, DEFAULT_MAX_STR_DIGITS),
                Obj::Complex(re, im) => format_complex_as(*re, *im, spec, &type_name),
                _ => return Err(self.unsupported_format(v)),
            },
            _ => return Err(self.unsupported_format(v)),
        };
        match result {
            Ok(s) => self.new_str(s),
            Err(e) => Err(self.format_error(e)),
        }
    }

    fn unsupported_format(&mut self, v: Value) -> RtError {
        let tn = self.type_name(v);
        self.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        ))
    }
}
