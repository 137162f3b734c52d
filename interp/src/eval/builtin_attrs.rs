//! Attribute behaviour of builtin objects that CPython spells out case by case: the errors for
//! setting or deleting attributes they lack, the typed function attributes
//! (`__defaults__`, `__name__` …) and `type.__subclasses__()`.

use crate::eval::{RtError, RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::{ObjId, Value};

impl Vm<'_> {
    /// Setting `name` on a builtin value without `__dict__`: CPython's message depends on what
    /// the type has under that name (a member, a getter, a method, or nothing).
    pub(crate) fn no_attr_set_error(&mut self, obj: Value, name: &str) -> RtError {
        let tn = self.type_name(obj);
        let t = self.builtin_ty(obj);
        let member = matches!(
            (t, name),
            (Ty::Range | Ty::Slice, "start" | "stop" | "step") | (Ty::Complex, "real" | "imag")
        );
        let getter = matches!(
            (t, name),
            (
                Ty::Int | Ty::Bool | Ty::Float,
                "real" | "imag" | "numerator" | "denominator"
            )
        );
        let msg = if member {
            "readonly attribute".to_string()
        } else if getter {
            format!("attribute '{name}' of '{tn}' objects is not writable")
        } else if crate::builtins::methods::has_method(t, name) {
            format!("'{tn}' object attribute '{name}' is read-only")
        } else {
            format!("'{tn}' object has no attribute '{name}' and no __dict__ for setting new attributes")
        };
        self.err(Ty::AttributeError, msg)
    }

    /// `f.__name__ = …` and the other function attributes with a type CPython checks.
    pub(crate) fn set_function_special(&mut self, id: ObjId, name: &str, v: Value) -> RtResult<()> {
        match name {
            "__name__" | "__qualname__" => {
                let Some(s) = self.str_of(v).map(str::to_string) else {
                    return Err(self.type_error(format!("{name} must be set to a string object")));
                };
                if let Obj::Function(f) = self.heap.get_mut(id) {
                    if name == "__name__" {
                        f.name = s;
                    } else {
                        f.qualname = s;
                    }
                }
            }
            "__defaults__" => {
                let defaults = match v.as_obj().map(|o| self.heap.get(o)) {
                    _ if v.is_none() => Vec::new(),
                    Some(Obj::Tuple(items)) => items.clone(),
                    _ => return Err(self.type_error("__defaults__ must be set to a tuple object")),
                };
                if let Obj::Function(f) = self.heap.get_mut(id) {
                    f.defaults = defaults;
                }
            }
            _ => {
                let kwdefaults = if v.is_none() {
                    Vec::new()
                } else if matches!(v.as_obj().map(|o| self.heap.get(o)), Some(Obj::Dict(_))) {
                    let mut out = Vec::new();
                    for (k, val) in self.dict_items_of(v) {
                        if let Some(k) = self.str_of(k) {
                            out.push((k.to_string(), val));
                        }
                    }
                    out
                } else {
                    return Err(self.type_error("__kwdefaults__ must be set to a dict object"));
                };
                if let Obj::Function(f) = self.heap.get_mut(id) {
                    f.kwdefaults = kwdefaults;
                }
            }
        }
        Ok(())
    }

    /// `cls.__subclasses__()`: the live classes that name `cls` among their direct bases, in
    /// the order they were made.
    pub fn subclasses_of(&mut self, cls: Value) -> RtResult<Value> {
        let mut out = Vec::new();
        for i in 0..self.heap.slot_count() {
            let id = ObjId(i as u32);
            if let Obj::Class(c) = self.heap.get(id) {
                if c.bases.iter().any(|b| b.to_value().is(cls)) {
                    out.push(Value::Obj(id));
                }
            }
        }
        self.new_list(out)
    }

    /// `str.upper("x")`, `int.__add__(1, 2)`: a method taken from a builtin type, called with
    /// its receiver first (which must be an instance of the type).
    pub(crate) fn call_unbound_builtin(
        &mut self,
        receiver: Value,
        name: &str,
        args: Vec<Value>,
        kwargs: crate::eval::call::KwArgs,
    ) -> RtResult<Value> {
        let owner = match receiver {
            Value::Type(t) => t,
            _ => Ty::Object,
        };
        let Some((first, rest)) = args.split_first() else {
            let tn = owner.name();
            return Err(self.type_error(format!("unbound method {tn}.{name}() needs an argument")));
        };
        let first_ty = self.builtin_ty(*first);
        if !first_ty.is_subtype(owner) && owner != Ty::Object {
            let tn = self.type_name(*first);
            // Slot wrappers (`int.__add__`) word it differently from method descriptors.
            let msg = if name.starts_with("__") && name.ends_with("__") {
                format!(
                    "descriptor '{name}' requires a '{}' object but received a '{tn}'",
                    owner.name()
                )
            } else {
                format!(
                    "descriptor '{name}' for '{}' objects doesn't apply to a '{tn}' object",
                    owner.name()
                )
            };
            return Err(self.type_error(msg));
        }
        let comparison = matches!(
            name,
            "__eq__" | "__ne__" | "__lt__" | "__le__" | "__gt__" | "__ge__"
        );
        if owner == Ty::Object && kwargs.is_empty() && comparison {
            return crate::builtins::methods::object_method_call(self, *first, name, rest.to_vec());
        }
        crate::builtins::methods::call_method(self, *first, name, rest.to_vec(), kwargs)
    }
}
