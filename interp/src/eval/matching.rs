//! The run-time side of `match`: sequence and mapping checks, key lookup, class patterns with
//! `__match_args__`.

use crate::eval::{RtResult, Vm};
use crate::objects::{ClassRef, Dict, Obj};
use crate::types::Ty;
use crate::value::{ObjId, Value};

/// Builtin types whose single positional sub-pattern matches the subject itself.
fn self_matching(t: Ty) -> bool {
    matches!(
        t,
        Ty::Bool
            | Ty::ByteArray
            | Ty::Bytes
            | Ty::Dict
            | Ty::Float
            | Ty::FrozenSet
            | Ty::Int
            | Ty::List
            | Ty::Set
            | Ty::Str
            | Ty::Tuple
    )
}

impl Vm<'_> {
    pub(crate) fn match_is_sequence(&self, v: Value) -> bool {
        let t = self.builtin_ty(v);
        matches!(t, Ty::List | Ty::Tuple | Ty::Range)
    }

    pub(crate) fn match_is_mapping(&self, v: Value) -> bool {
        self.builtin_ty(v) == Ty::Dict
    }

    /// `[v, keys] -> [v, keys, values-or-None]`.
    pub(crate) fn match_keys(&mut self, v: Value, keys: Value) -> RtResult<Value> {
        let keys = self.tuple_items(keys);
        let mut values = Vec::with_capacity(keys.len());
        // A class overriding get() is asked through it (CPython looks keys up with get()).
        if let Some(get) = self.lookup_user_method(v, "get") {
            let missing = self.new_list(Vec::new())?;
            self.temp_roots.push(missing);
            let r = (|| {
                for k in keys {
                    let val = self.call_value(get, vec![v, k, missing], Vec::new())?;
                    if val.is(missing) {
                        return Ok(Value::None);
                    }
                    values.push(val);
                }
                self.new_tuple(values)
            })();
            self.temp_roots.pop();
            return r;
        }
        let native = self.native_of(v);
        let Some(did) = native.as_obj() else {
            return Ok(Value::None);
        };
        for k in keys {
            match self.dict_get(did, k)? {
                Some(val) => values.push(val),
                None => {
                    // A dict subclass with __missing__ is not consulted (CPython uses get()).
                    return Ok(Value::None);
                }
            }
        }
        self.new_tuple(values)
    }

    /// `[v, keys] -> [copy of v without keys]`.
    pub(crate) fn copy_dict_without_keys(&mut self, v: Value, keys: Value) -> RtResult<Value> {
        let native = self.native_of(v);
        let entries = self.dict_items_of(native);
        let d = self.alloc(Obj::Dict(Dict::with_capacity(entries.len())))?;
        let id = d.as_obj().unwrap_or(ObjId(0));
        for (k, val) in entries {
            self.dict_set(id, k, val)?;
        }
        for k in self.tuple_items(keys) {
            self.dict_remove(id, k)?;
        }
        Ok(d)
    }

    /// `[v, cls, names] -> [attributes-or-None]`.
    pub(crate) fn match_class(
        &mut self,
        v: Value,
        cls: Value,
        names: Value,
        nargs: usize,
    ) -> RtResult<Value> {
        let is_class = matches!(cls, Value::Type(_))
            || matches!(
                cls.as_obj().map(|id| self.heap.get(id)),
                Some(Obj::Class(_))
            );
        if !is_class {
            return Err(self.type_error("called match pattern must be a class"));
        }
        let ty = self.type_of(v);
        if !self.is_subclass(ty, cls) {
            return Ok(Value::None);
        }
        let mut attrs = Vec::new();
        // Attribute names matched so far: each may be matched once.
        let mut seen: Vec<String> = Vec::new();
        if nargs > 0 {
            let match_args = self.lookup_class_attr(cls, "__match_args__");
            match match_args {
                None => {
                    let builtin = match cls {
                        Value::Type(t) => Some(t),
                        Value::Obj(id) => match self.heap.get(id) {
                            Obj::Class(c) => c.mro.iter().find_map(|c| match c {
                                ClassRef::Builtin(t) if *t != Ty::Object => Some(*t),
                                _ => None,
                            }),
                            _ => None,
                        },
                        _ => None,
                    };
                    let self_match = builtin.is_some_and(self_matching);
                    if self_match && nargs == 1 {
                        attrs.push(v);
                    } else if self_match {
                        let name = self.class_name_of(cls);
                        return Err(self.type_error(format!(
                            "{name}() accepts 1 positional sub-pattern ({nargs} given)"
                        )));
                    } else {
                        let name = self.class_name_of(cls);
                        let (n, s) = if self_match { (1, "") } else { (0, "s") };
                        return Err(self.type_error(format!(
                            "{name}() accepts {n} positional sub-pattern{s} ({nargs} given)"
                        )));
                    }
                }
                Some(ma) => {
                    if !matches!(ma.as_obj().map(|id| self.heap.get(id)), Some(Obj::Tuple(_))) {
                        let name = self.class_name_of(cls);
                        let tn = self.type_name(ma);
                        return Err(self.type_error(format!(
                            "{name}.__match_args__ must be a tuple (got {tn})"
                        )));
                    }
                    let names_list = self.tuple_items(ma);
                    if nargs > names_list.len() {
                        let name = self.class_name_of(cls);
                        let n = names_list.len();
                        return Err(self.type_error(format!(
                            "{name}() accepts {n} positional sub-pattern{} ({nargs} given)",
                            if n == 1 { "" } else { "s" }
                        )));
                    }
                    for a in names_list.into_iter().take(nargs) {
                        let Some(an) = self.str_of(a).map(str::to_string) else {
                            let tn = self.type_name(a);
                            return Err(self.type_error(format!(
                                "__match_args__ elements must be strings (got {tn})"
                            )));
                        };
                        if seen.contains(&an) {
                            let name = self.class_name_of(cls);
                            return Err(self.type_error(format!(
                                "{name}() got multiple sub-patterns for attribute '{an}'"
                            )));
                        }
                        seen.push(an.clone());
                        match self.get_attr(v, &an) {
                            Ok(x) => attrs.push(x),
                            Err(crate::eval::RtError::Exc(e)) if self.is_attribute_error(e) => {
                                return Ok(Value::None)
                            }
                            Err(e) => return Err(e),
                        }
                    }
                }
            }
        }
        for n in self.tuple_items(names) {
            let an = self.str_of(n).unwrap_or("").to_string();
            if seen.contains(&an) {
                let name = self.class_name_of(cls);
                return Err(self.type_error(format!(
                    "{name}() got multiple sub-patterns for attribute '{an}'"
                )));
            }
            match self.get_attr(v, &an) {
                Ok(x) => attrs.push(x),
                Err(crate::eval::RtError::Exc(e)) if self.is_attribute_error(e) => {
                    return Ok(Value::None)
                }
                Err(e) => return Err(e),
            }
        }
        self.new_tuple(attrs)
    }

    fn class_name_of(&self, cls: Value) -> String {
        match cls {
            Value::Type(t) => t.name().to_string(),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => c.name.clone(),
                _ => "?".into(),
            },
            _ => "?".into(),
        }
    }

    pub fn is_attribute_error(&self, e: Value) -> bool {
        let t = self.type_of(e);
        self.is_subclass(t, Value::Type(Ty::AttributeError))
    }
}
