//! `Object`: the owned value tree that crosses the host boundary (inputs, results, external
//! call arguments and return values). It never holds heap ids; the conversions below copy, bound
//! their nesting, and turn cycles and values with no host form into `Object::Repr`.

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

/// How deeply host values may nest (deeper input is refused, deeper output is cut to a repr).
pub const MAX_OBJECT_DEPTH: usize = 200;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Object {
    None,
    Bool(bool),
    Int(i64),
    /// An int outside the i64 range.
    BigInt(BigInt),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    List(Vec<Object>),
    Tuple(Vec<Object>),
    /// Insertion order kept.
    Dict(Vec<(Object, Object)>),
    Set(Vec<Object>),
    FrozenSet(Vec<Object>),
    Ellipsis,
    /// A value with no host form (an instance, a function, a cycle back to a container being
    /// converted): its type name and its repr.
    Repr {
        type_name: String,
        repr: String,
    },
}

impl Object {
    /// An int, as `Int` when it fits in i64.
    pub fn int(i: impl Into<BigInt>) -> Object {
        let i = i.into();
        match i64::try_from(&i) {
            Ok(small) => Object::Int(small),
            Err(_) => Object::BigInt(i),
        }
    }
}

impl From<&str> for Object {
    fn from(s: &str) -> Object {
        Object::Str(s.to_string())
    }
}

impl From<String> for Object {
    fn from(s: String) -> Object {
        Object::Str(s)
    }
}

impl From<i64> for Object {
    fn from(i: i64) -> Object {
        Object::Int(i)
    }
}

impl From<f64> for Object {
    fn from(f: f64) -> Object {
        Object::Float(f)
    }
}

impl From<bool> for Object {
    fn from(b: bool) -> Object {
        Object::Bool(b)
    }
}

impl Vm<'_> {
    /// A heap value for a host object. Dict keys and set members must be hashable.
    pub fn object_to_value(&mut self, obj: &Object) -> RtResult<Value> {
        self.object_to_value_at(obj, 0)
    }

    fn object_to_value_at(&mut self, obj: &Object, depth: usize) -> RtResult<Value> {
        if depth > MAX_OBJECT_DEPTH {
            return Err(self.value_error(format!(
                "host value nested deeper than {MAX_OBJECT_DEPTH} levels"
            )));
        }
        self.tick(1)?;
        Ok(match obj {
            Object::None => Value::None,
            Object::Bool(b) => Value::Bool(*b),
            Object::Int(i) => Value::Int(*i),
            Object::BigInt(i) => self.new_int(i.clone())?,
            Object::Float(f) => Value::Float(*f),
            Object::Ellipsis => Value::Ellipsis,
            Object::Str(s) => self.new_str(s.as_str())?,
            Object::Bytes(b) => {
                self.heap.check_fits(b.len() as u64)?;
                self.alloc(Obj::Bytes(b.clone()))?
            }
            Object::List(items) | Object::Tuple(items) => {
                let values = self.objects_to_values(items, depth)?;
                if matches!(obj, Object::List(_)) {
                    self.new_list(values)?
                } else {
                    self.new_tuple(values)?
                }
            }
            Object::Set(items) | Object::FrozenSet(items) => {
                let values = self.objects_to_values(items, depth)?;
                let set = self.new_set(values)?;
                if matches!(obj, Object::FrozenSet(_)) {
                    if let Value::Obj(id) = set {
                        if let Obj::Set(s) = std::mem::replace(self.heap.get_mut(id), Obj::Freed) {
                            *self.heap.get_mut(id) = Obj::FrozenSet(s);
                        }
                    }
                }
                set
            }
            Object::Dict(pairs) => {
                let d = self.alloc(Obj::Dict(crate::objects::Dict::new()))?;
                let Value::Obj(id) = d else {
                    return Err(RtError::Internal("a dict is a heap object".into()));
                };
                self.temp_roots.push(d);
                let r: RtResult<()> = (|| {
                    for (k, v) in pairs {
                        let kv = self.object_to_value_at(k, depth + 1)?;
                        self.temp_roots.push(kv);
                        let vv = self.object_to_value_at(v, depth + 1);
                        self.temp_roots.pop();
                        let vv = vv?;
                        self.dict_set(id, kv, vv)?;
                    }
                    Ok(())
                })();
                self.temp_roots.pop();
                r?;
                d
            }
            Object::Repr { type_name, repr } => {
                return Err(self.type_error(format!(
                    "a host value of type {type_name} ({repr}) cannot be passed into the sandbox"
                )))
            }
        })
    }

    fn objects_to_values(&mut self, items: &[Object], depth: usize) -> RtResult<Vec<Value>> {
        let start = self.temp_roots.len();
        let r: RtResult<()> = (|| {
            for item in items {
                let v = self.object_to_value_at(item, depth + 1)?;
                self.temp_roots.push(v);
            }
            Ok(())
        })();
        let values = self.temp_roots.split_off(start.min(self.temp_roots.len()));
        r.map(|()| values)
    }

    /// The host form of a value. Cycles and values nested too deeply become `Repr`.
    pub fn value_to_object(&mut self, v: Value) -> RtResult<Object> {
        let mut active = Vec::new();
        self.value_to_object_at(v, 0, &mut active)
    }

    fn value_to_object_at(
        &mut self,
        v: Value,
        depth: usize,
        active: &mut Vec<crate::value::ObjId>,
    ) -> RtResult<Object> {
        self.tick(1)?;
        let id = match v {
            Value::None => return Ok(Object::None),
            Value::Bool(b) => return Ok(Object::Bool(b)),
            Value::Int(i) => return Ok(Object::Int(i)),
            Value::Float(f) => return Ok(Object::Float(f)),
            Value::Ellipsis => return Ok(Object::Ellipsis),
            Value::Obj(id) => id,
            _ => return self.opaque(v),
        };
        if depth > MAX_OBJECT_DEPTH || active.contains(&id) {
            return Ok(Object::Repr {
                type_name: self.type_name(v),
                repr: "...".to_string(),
            });
        }
        let items = match self.heap.get(id) {
            Obj::Str(s) => return Ok(Object::Str(s.as_str().to_string())),
            Obj::Bytes(b) => return Ok(Object::Bytes(b.clone())),
            Obj::BigInt(i) => return Ok(Object::int(i.clone())),
            Obj::List(items) | Obj::Tuple(items) => items.clone(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.keys(),
            Obj::Dict(d) => d.iter().flat_map(|e| [e.key, e.value]).collect(),
            _ => return self.opaque(v),
        };
        active.push(id);
        let mut out = Vec::with_capacity(items.len());
        let mut failed = None;
        for item in items {
            match self.value_to_object_at(item, depth + 1, active) {
                Ok(o) => out.push(o),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        active.pop();
        if let Some(e) = failed {
            return Err(e);
        }
        Ok(match self.heap.get(id) {
            Obj::List(_) => Object::List(out),
            Obj::Tuple(_) => Object::Tuple(out),
            Obj::Set(_) => Object::Set(out),
            Obj::FrozenSet(_) => Object::FrozenSet(out),
            _ => {
                let mut pairs = Vec::with_capacity(out.len() / 2);
                let mut it = out.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    pairs.push((k, v));
                }
                Object::Dict(pairs)
            }
        })
    }

    /// `Repr` of a value with no host form.
    fn opaque(&mut self, v: Value) -> RtResult<Object> {
        let type_name = self.type_name(v);
        let repr = self.repr(v)?;
        Ok(Object::Repr { type_name, repr })
    }

    /// The exception a host reports, as a Python exception value: a builtin exception type by
    /// name (`ValueError`, `KeyError`, …), anything else a RuntimeError naming it.
    pub fn host_exception(&mut self, type_name: &str, message: &str) -> RtResult<Value> {
        let ty = match crate::builtins::lookup(type_name) {
            Some(Value::Type(t)) if t.is_exception() => t,
            _ => {
                let text = format!("{type_name}: {message}");
                let msg = self.new_str(text)?;
                return self.new_exception(Ty::RuntimeError, vec![msg]);
            }
        };
        if ty.is_subtype(Ty::OSError) {
            if let Some((errno, strerror, filename)) = parse_errno_message(message) {
                let mut args = vec![Value::Int(errno), self.new_str(strerror)?];
                if let Some(f) = filename {
                    args.push(self.new_str(f)?);
                }
                return self.new_os_error(ty, args);
            }
        }
        let msg = self.new_str(message)?;
        self.new_exception(ty, vec![msg])
    }
}

use crate::eval::RtError;

/// `[Errno 2] No such file or directory: 'x'` → (2, "No such file or directory", Some("x")), so
/// an OS error from the host gets CPython's `errno`, `strerror`, `filename` and `args`.
fn parse_errno_message(message: &str) -> Option<(i64, &str, Option<&str>)> {
    let rest = message.strip_prefix("[Errno ")?;
    let (num, rest) = rest.split_once("] ")?;
    let errno: i64 = num.parse().ok()?;
    match rest.split_once(": '") {
        Some((text, quoted)) => {
            let name = quoted.strip_suffix('\'')?;
            if name.contains(['\\', '\'']) {
                return None;
            }
            Some((errno, text, Some(name)))
        }
        None => Some((errno, rest, None)),
    }
}
