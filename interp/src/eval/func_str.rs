//! How CPython names a callable in call errors (`_PyObject_FunctionStr`: `print()`,
//! `__main__.f()`, `list.append()`), and the `f(*x)` conversion that uses it.

use crate::eval::{RtError, RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

impl Vm<'_> {
    /// `module.qualname()` of a callable, without the module for builtins.
    pub fn function_str(&self, func: Value) -> String {
        match func {
            Value::Builtin(b) => format!("{}()", b.name()),
            Value::Type(t) => format!("{}()", t.name()),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Function(f) => format!("__main__.{}()", f.qualname),
                Obj::Class(c) => format!("__main__.{}()", c.qualname),
                Obj::BoundMethod { func, .. } => self.function_str(*func),
                Obj::BuiltinMethod { receiver, name, .. } => {
                    let owner = match receiver {
                        Value::Type(t) => t.name().to_string(),
                        other => self.type_name(*other),
                    };
                    format!("{owner}.{name}()")
                }
                _ => format!("{} object", self.type_name(func)),
            },
            _ => format!("{} object", self.type_name(func)),
        }
    }

    /// `f(*x)`: the items of `x` as a tuple.
    pub fn star_args_tuple(&mut self, func: Value, v: Value) -> RtResult<Value> {
        if let Some(Obj::Tuple(_)) = v.as_obj().map(|id| self.heap.get(id)) {
            return Ok(v);
        }
        let it = match self.get_iter(v) {
            Ok(it) => it,
            Err(RtError::Exc(e)) if self.type_of(e).is(Value::Type(Ty::TypeError)) => {
                let (f, tn) = (self.function_str(func), self.type_name(v));
                return Err(self.type_error(format!(
                    "{f} argument after * must be an iterable, not {tn}"
                )));
            }
            Err(e) => return Err(e),
        };
        let items = self.collect_iterable(it)?;
        self.new_tuple(items)
    }

    /// `f(**a, **b)`: a keyword given twice is an error naming `f`.
    pub fn check_kwargs_merge(&mut self, func: Value, kwargs: Value, src: Value) -> RtResult<()> {
        let native = self.native_of(src);
        let is_dict = matches!(
            native.as_obj().map(|id| self.heap.get(id)),
            Some(Obj::Dict(_))
        );
        if !is_dict && self.lookup_user_method(src, "keys").is_none() {
            let (f, tn) = (self.function_str(func), self.type_name(src));
            return Err(
                self.type_error(format!("{f} argument after ** must be a mapping, not {tn}"))
            );
        }
        let (Some(did), true) = (kwargs.as_obj(), is_dict) else {
            return Ok(());
        };
        for (k, _) in self.dict_items_of(native) {
            if self.dict_get(did, k)?.is_some() {
                let f = self.function_str(func);
                let ks = match self.str_of(k) {
                    Some(s) => s.to_string(),
                    None => self.repr(k)?,
                };
                return Err(self.type_error(format!(
                    "{f} got multiple values for keyword argument '{ks}'"
                )));
            }
        }
        Ok(())
    }

    /// `{**x}`: `x` must be a mapping (a dict, or an object with `keys`).
    pub fn check_mapping_unpack(&mut self, src: Value) -> RtResult<()> {
        let is_dict = matches!(
            self.native_of(src).as_obj().map(|id| self.heap.get(id)),
            Some(Obj::Dict(_))
        );
        if !is_dict && self.lookup_user_method(src, "keys").is_none() {
            let tn = self.type_name(src);
            return Err(self.type_error(format!("'{tn}' object is not a mapping")));
        }
        Ok(())
    }
}
