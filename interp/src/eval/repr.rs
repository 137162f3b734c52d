//! `repr()`, `str()`, `ascii()` and `format()` of every kind of value, and the type of a value.

use crate::eval::{RtError, RtResult, Vm};
use crate::objects::float_text::float_repr;
use crate::objects::str_quote::{bytes_repr, str_ascii, str_repr_in_run};
use crate::objects::{ClassRef, DictViewKind, Obj};
use crate::types::Ty;
use crate::value::{ObjId, Value};

/// Nesting of container reprs before RecursionError, so deep structures cannot exhaust the
/// native stack.
const MAX_REPR_DEPTH: usize = 400;

fn fake_address(id: ObjId) -> String {
    format!("0x{:012x}", 0x7f00_0000_0000u64 + id.0 as u64 * 0x30)
}

impl Vm<'_> {
    /// The class of a value.
    pub fn type_of(&self, v: Value) -> Value {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Instance(i) => i.class.to_value(),
                Obj::Class(_) => Value::Type(Ty::Type),
                other => Value::Type(self.seq_iter_ty(other).unwrap_or_else(|| obj_ty(other))),
            },
            other => Value::Type(scalar_ty(other)),
        }
    }

    /// The builtin type a value is made of (for instances: their native base).
    pub fn builtin_ty(&self, v: Value) -> Ty {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Instance(i) => match i.class {
                    ClassRef::Builtin(t) => t,
                    ClassRef::User(c) => match self.heap.get(c) {
                        Obj::Class(c) => c.native_base,
                        _ => Ty::Object,
                    },
                },
                Obj::Class(_) => Ty::Type,
                other => self.seq_iter_ty(other).unwrap_or_else(|| obj_ty(other)),
            },
            other => scalar_ty(other),
        }
    }

    /// The iterator type of a sequence iterator, which depends on the sequence.
    fn seq_iter_ty(&self, o: &Obj) -> Option<Ty> {
        let Obj::Iter(crate::objects::IterState::Seq { seq, .. }) = o else {
            return None;
        };
        match self.heap.get(*seq) {
            Obj::Tuple(_) => Some(Ty::TupleIterator),
            Obj::Str(_) => Some(Ty::StrIterator),
            Obj::Bytes(_) | Obj::ByteArray(_) => Some(Ty::BytesIterator),
            _ => None,
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: Value) -> String {
        match self.type_of(v) {
            Value::Type(t) => t.name().to_string(),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => c.name.clone(),
                _ => "object".into(),
            },
            _ => "object".into(),
        }
    }

    /// The type name CPython's argument-clinic messages show ("must be str, not None"): `None`
    /// itself rather than `NoneType`.
    pub fn arg_type_name(&self, v: Value) -> String {
        if v.is_none() {
            "None".into()
        } else {
            self.type_name(v)
        }
    }

    pub fn repr(&mut self, v: Value) -> RtResult<String> {
        let mut depth = 0;
        self.repr_at(v, &mut depth)
    }

    pub fn ascii(&mut self, v: Value) -> RtResult<String> {
        let r = self.repr(v)?;
        Ok(str_ascii_of_repr(&r))
    }

    fn repr_at(&mut self, v: Value, depth: &mut usize) -> RtResult<String> {
        Ok(match v {
            Value::Undef => "<undefined>".into(),
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(f),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Builtin(b) => format!("<built-in function {}>", b.name()),
            Value::Type(t) => format!("<class '{}'>", t.name()),
            Value::Obj(id) => {
                *depth += 1;
                if *depth > MAX_REPR_DEPTH || crate::stack::low() {
                    return Err(self.err(
                        Ty::RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ));
                }
                let r = self.repr_obj(id, v, depth);
                *depth -= 1;
                r?
            }
        })
    }

    fn repr_items(&mut self, items: &[Value], depth: &mut usize) -> RtResult<Vec<String>> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr_at(*it, depth)?);
            self.tick(1)?;
        }
        Ok(parts)
    }

    fn repr_obj(&mut self, id: ObjId, v: Value, depth: &mut usize) -> RtResult<String> {
        // Containers that contain themselves print as [...] / {...}.
        if self.repr_active.contains(&id) {
            return Ok(match self.heap.get(id) {
                Obj::List(_) => "[...]".into(),
                Obj::Dict(_) => "{...}".into(),
                Obj::Tuple(_) => "(...)".into(),
                _ => "...".into(),
            });
        }
        if let Obj::BigInt(i) = self.heap.get(id) {
            let text = crate::objects::int_text::int_to_decimal(
                i,
                crate::objects::int_text::DEFAULT_MAX_STR_DIGITS,
            );
            return text.map_err(|msg| self.value_error(msg));
        }
        let obj = self.heap.get(id);
        Ok(match obj {
            Obj::Freed => "<freed>".into(),
            Obj::External(name) | Obj::AsyncExternal(name) => {
                format!("<built-in function {name}>")
            }
            Obj::AgAwait(_) => {
                format!("<{} object at {}>", self.type_name(v), fake_address(id))
            }
            Obj::HostFuture(f) => {
                let state = match f.state {
                    crate::objects::FutureState::Pending => "pending",
                    crate::objects::FutureState::Done(_) => "done",
                    crate::objects::FutureState::Failed(_) => "failed",
                };
                format!("<host_future {} #{} {state}>", f.name, f.id)
            }
            Obj::Str(s) => str_repr_in_run(s.as_str()),
            Obj::Bytes(b) => bytes_repr(b),
            Obj::ByteArray(b) => format!("bytearray({})", bytes_repr(b)),
            Obj::BigInt(i) => i.to_string(),
            Obj::Complex(re, im) => complex_repr(*re, *im),
            Obj::List(items) => {
                let items = items.clone();
                self.repr_active.push(id);
                let parts = self.repr_items(&items, depth);
                self.repr_active.pop();
                format!("[{}]", parts?.join(", "))
            }
            Obj::Tuple(items) => {
                let items = items.clone();
                self.repr_active.push(id);
                let parts = self.repr_items(&items, depth);
                self.repr_active.pop();
                let parts = parts?;
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Obj::Dict(d) => {
                let entries: Vec<(Value, Value)> = d.iter().map(|e| (e.key, e.value)).collect();
                self.repr_active.push(id);
                let r = self.repr_pairs(&entries, depth);
                self.repr_active.pop();
                format!("{{{}}}", r?)
            }
            Obj::Set(d) => {
                let keys = d.keys();
                if keys.is_empty() {
                    "set()".into()
                } else {
                    self.repr_active.push(id);
                    let parts = self.repr_items(&keys, depth);
                    self.repr_active.pop();
                    format!("{{{}}}", parts?.join(", "))
                }
            }
            Obj::FrozenSet(d) => {
                let keys = d.keys();
                if keys.is_empty() {
                    "frozenset()".into()
                } else {
                    let parts = self.repr_items(&keys, depth)?;
                    format!("frozenset({{{}}})", parts.join(", "))
                }
            }
            Obj::BigRange(_) => self.big_range_repr(v).unwrap_or_default(),
            Obj::Range { start, stop, step } => {
                if *step == 1 {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Obj::Slice { start, stop, step } => {
                let (a, b, c) = (*start, *stop, *step);
                format!(
                    "slice({}, {}, {})",
                    self.repr_at(a, depth)?,
                    self.repr_at(b, depth)?,
                    self.repr_at(c, depth)?
                )
            }
            Obj::Function(f) => format!("<function {} at {}>", f.qualname, fake_address(id)),
            Obj::BoundMethod { receiver, func } => {
                let (receiver, func) = (*receiver, *func);
                let fname = match func {
                    Value::Obj(fid) => match self.heap.get(fid) {
                        Obj::Function(f) => f.qualname.clone(),
                        _ => "?".into(),
                    },
                    _ => "?".into(),
                };
                format!(
                    "<bound method {fname} of {}>",
                    self.repr_at(receiver, depth)?
                )
            }
            Obj::BuiltinMethod { receiver, name, .. } => {
                let (receiver, name) = (*receiver, name.clone());
                let is_module = matches!(
                    receiver.as_obj().map(|r| self.heap.get(r)),
                    Some(Obj::Module(_))
                );
                match receiver {
                    _ if is_module => format!("<built-in function {name}>"),
                    Value::Type(t) => format!("<method '{name}' of '{}' objects>", t.name()),
                    _ => format!(
                        "<built-in method {name} of {} object at {}>",
                        self.type_name(receiver),
                        fake_address(id)
                    ),
                }
            }
            Obj::Class(c) => {
                if c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Obj::Instance(inst) => {
                let is_exc = inst.exc.is_some();
                let class = inst.class;
                let native = inst.native;
                if let Some(r) = self.call_dunder_repr(v, "__repr__")? {
                    return Ok(r);
                }
                if is_exc {
                    let name = match class {
                        ClassRef::Builtin(t) => t.name().to_string(),
                        ClassRef::User(c) => match self.heap.get(c) {
                            Obj::Class(c) => c.name.clone(),
                            _ => "?".into(),
                        },
                    };
                    let args = self.exc_data(v).map(|d| d.args).unwrap_or(Value::None);
                    let items = self.tuple_items(args);
                    let parts = self.repr_items(&items, depth)?;
                    format!("{name}({})", parts.join(", "))
                } else {
                    if !matches!(native, Value::None) {
                        return self.repr_at(native, depth);
                    }
                    let cls = self.type_of(v);
                    format!("<{} object at {}>", self.class_path(cls), fake_address(id))
                }
            }
            Obj::Cell(_) => format!("<cell at {}>", fake_address(id)),
            Obj::Iter(_) => format!("<{} object at {}>", self.type_name(v), fake_address(id)),
            Obj::Generator(g) => format!(
                "<{} object {} at {}>",
                if g.is_coroutine {
                    "coroutine"
                } else if g.is_async_gen {
                    "async_generator"
                } else {
                    "generator"
                },
                g.qualname,
                fake_address(id)
            ),
            Obj::Property { .. } => format!("<property object at {}>", fake_address(id)),
            Obj::StaticMethod(_) => format!("<staticmethod object at {}>", fake_address(id)),
            Obj::ClassMethod(_) => format!("<classmethod object at {}>", fake_address(id)),
            Obj::DictView { dict, kind } => {
                let (dict, kind) = (*dict, *kind);
                let entries: Vec<(Value, Value)> = match self.heap.get(dict) {
                    Obj::Dict(d) => d.iter().map(|e| (e.key, e.value)).collect(),
                    _ => Vec::new(),
                };
                let (name, body) = match kind {
                    DictViewKind::Keys => {
                        let ks: Vec<Value> = entries.iter().map(|e| e.0).collect();
                        ("dict_keys", self.repr_items(&ks, depth)?.join(", "))
                    }
                    DictViewKind::Values => {
                        let vs: Vec<Value> = entries.iter().map(|e| e.1).collect();
                        ("dict_values", self.repr_items(&vs, depth)?.join(", "))
                    }
                    DictViewKind::Items => {
                        let mut parts = Vec::new();
                        for (k, val) in entries {
                            parts.push(format!(
                                "({}, {})",
                                self.repr_at(k, depth)?,
                                self.repr_at(val, depth)?
                            ));
                        }
                        ("dict_items", parts.join(", "))
                    }
                };
                format!("{name}([{body}])")
            }
            Obj::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Obj::Union(items) => {
                let items = items.clone();
                self.union_repr(&items)?
            }
            Obj::MemoryView(_) => format!("<memory at {}>", fake_address(id)),
            Obj::MappingProxy(d) => {
                let d = *d;
                format!("mappingproxy({})", self.repr_at(Value::Obj(d), depth)?)
            }
            Obj::Code(c) => {
                let (name, file, line) = match self.program.codes.get(*c as usize) {
                    Some(code) => (code.name.clone(), code.filename.clone(), code.first_line),
                    None => (String::new(), String::new(), 0),
                };
                format!(
                    "<code object {name} at {}, file \"{file}\", line {line}>",
                    fake_address(id)
                )
            }
            Obj::Super { start, obj } => {
                let (start, obj) = (*start, *obj);
                format!(
                    "<super: {}, <{} object>>",
                    self.repr(start)?,
                    self.type_name(obj)
                )
            }
        })
    }

    fn repr_pairs(&mut self, entries: &[(Value, Value)], depth: &mut usize) -> RtResult<String> {
        let mut parts = Vec::with_capacity(entries.len());
        for (k, v) in entries {
            let k = self.repr_at(*k, depth)?;
            let v = self.repr_at(*v, depth)?;
            parts.push(format!("{k}: {v}"));
            self.tick(1)?;
        }
        Ok(parts.join(", "))
    }

    /// `module.qualname` of a class, as default reprs print it.
    pub fn class_path(&self, cls: Value) -> String {
        match cls {
            Value::Type(t) => t.name().to_string(),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => format!("{}.{}", c.module, c.qualname),
                _ => "object".into(),
            },
            _ => "object".into(),
        }
    }

    /// Calls a user-defined `__repr__`/`__str__` if the instance's class defines one.
    fn call_dunder_repr(&mut self, v: Value, name: &str) -> RtResult<Option<String>> {
        let Some(method) = self.lookup_user_method(v, name) else {
            return Ok(None);
        };
        let r = self.call_value(method, vec![v], Vec::new())?;
        match self.str_of(r) {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let tn = self.type_name(r);
                Err(self.type_error(format!("{name} returned non-string (type {tn})")))
            }
        }
    }

    /// `str(v)` as a str value.
    pub fn to_str_value(&mut self, v: Value) -> RtResult<Value> {
        if let Value::Obj(id) = v {
            match self.heap.get(id) {
                Obj::Str(_) => return Ok(v),
                Obj::Instance(inst) => {
                    let is_exc = inst.exc.is_some();
                    let native = inst.native;
                    if let Some(s) = self.call_dunder_repr(v, "__str__")? {
                        return self.new_str(s);
                    }
                    if is_exc {
                        let s = self.exception_message(v)?;
                        return self.new_str(s);
                    }
                    if !matches!(native, Value::None)
                        && self.lookup_user_method(v, "__repr__").is_none()
                    {
                        return self.to_str_value(native);
                    }
                }
                _ => {}
            }
        }
        let s = self.repr(v)?;
        self.new_str(s)
    }

    /// `str(exc)`: the single arg's str, the args tuple's repr, or ''. KeyError shows the repr.
    fn exception_message(&mut self, e: Value) -> RtResult<String> {
        if let Some(m) = self.os_error_message(e)? {
            return Ok(m);
        }
        if let Some(m) = self.exc_group_str(e) {
            return Ok(m);
        }
        let args = self.exc_data(e).map(|d| d.args).unwrap_or(Value::None);
        let items = self.tuple_items(args);
        let is_key_error = {
            let ty = self.type_of(e);
            self.is_subclass(ty, Value::Type(Ty::KeyError))
        };
        match items.len() {
            0 => Ok(String::new()),
            1 => {
                if is_key_error {
                    self.repr(items[0])
                } else {
                    let s = self.to_str_value(items[0])?;
                    Ok(self.str_of(s).unwrap_or("").to_string())
                }
            }
            _ => self.repr(args),
        }
    }

    /// Items of a tuple or list value (empty for anything else).
    pub fn tuple_items(&self, v: Value) -> Vec<Value> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Tuple(items) | Obj::List(items) => items.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    pub fn internal(&self, msg: impl Into<String>) -> RtError {
        RtError::Internal(msg.into())
    }
}

fn str_ascii_of_repr(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    let _ = str_ascii;
    out
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| {
        let s = float_repr(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", fmt(im))
    } else {
        // CPython never writes a minus sign before a NaN.
        let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) {
            "-"
        } else {
            "+"
        };
        format!("({}{sign}{}j)", fmt(re), fmt(im.abs()))
    }
}

pub fn scalar_ty(v: Value) -> Ty {
    match v {
        Value::Undef | Value::None => Ty::NoneType,
        Value::Bool(_) => Ty::Bool,
        Value::Int(_) => Ty::Int,
        Value::Float(_) => Ty::Float,
        Value::NotImplemented => Ty::NotImplementedType,
        Value::Ellipsis => Ty::Ellipsis,
        Value::Builtin(_) => Ty::BuiltinFunction,
        Value::Type(_) => Ty::Type,
        Value::Obj(_) => Ty::Object,
    }
}

pub fn obj_ty(o: &Obj) -> Ty {
    match o {
        Obj::Freed => Ty::NoneType,
        Obj::Str(_) => Ty::Str,
        Obj::Bytes(_) => Ty::Bytes,
        Obj::ByteArray(_) => Ty::ByteArray,
        Obj::BigInt(_) => Ty::Int,
        Obj::Complex(..) => Ty::Complex,
        Obj::List(_) => Ty::List,
        Obj::Tuple(_) => Ty::Tuple,
        Obj::Dict(_) => Ty::Dict,
        Obj::Set(_) => Ty::Set,
        Obj::FrozenSet(_) => Ty::FrozenSet,
        Obj::Range { .. } | Obj::BigRange(_) => Ty::Range,
        Obj::Slice { .. } => Ty::Slice,
        Obj::Function(_) => Ty::Function,
        Obj::BoundMethod { .. } => Ty::Method,
        Obj::BuiltinMethod { unbound: true, .. } => Ty::MethodDescriptor,
        Obj::BuiltinMethod { .. } | Obj::External(_) | Obj::AsyncExternal(_) => Ty::BuiltinFunction,
        Obj::HostFuture(_) => Ty::HostFuture,
        Obj::AgAwait(a) => match a.op {
            crate::objects::AgOp::Send(_) | crate::objects::AgOp::AwaitDefault => Ty::AsyncGenASend,
            _ => Ty::AsyncGenAThrow,
        },
        Obj::Class(_) => Ty::Type,
        Obj::Instance(_) => Ty::Object,
        Obj::Cell(_) => Ty::Cell,
        Obj::Iter(it) => iter_ty(it),
        Obj::Generator(g) => {
            if g.is_coroutine {
                Ty::Coroutine
            } else if g.is_async_gen {
                Ty::AsyncGenerator
            } else {
                Ty::Generator
            }
        }
        Obj::Property { .. } => Ty::Property,
        Obj::StaticMethod(_) => Ty::StaticMethod,
        Obj::ClassMethod(_) => Ty::ClassMethod,
        Obj::DictView { kind, .. } => match kind {
            DictViewKind::Keys => Ty::DictKeys,
            DictViewKind::Values => Ty::DictValues,
            DictViewKind::Items => Ty::DictItems,
        },
        Obj::Module(_) => Ty::Module,
        Obj::Super { .. } => Ty::Super,
        Obj::Union(_) => Ty::UnionType,
        Obj::MemoryView(_) => Ty::MemoryView,
        Obj::Code(_) => Ty::Code,
        Obj::MappingProxy(_) => Ty::MappingProxy,
    }
}

fn iter_ty(it: &crate::objects::IterState) -> Ty {
    use crate::objects::iter::{DictIterKind, IterState};
    match it {
        IterState::Seq { .. } => Ty::ListIterator,
        IterState::SeqReverse { .. } => Ty::ListReverseIterator,
        IterState::Range { .. } => Ty::RangeIterator,
        IterState::Dict { kind, .. } => match kind {
            DictIterKind::Keys => Ty::DictKeyIterator,
            DictIterKind::Values => Ty::DictValueIterator,
            DictIterKind::Items => Ty::DictItemIterator,
        },
        IterState::Set { .. } => Ty::SetIterator,
        IterState::GetItem { .. } => Ty::Iterator,
        IterState::Map { .. } => Ty::Map,
        IterState::Filter { .. } => Ty::Filter,
        IterState::Zip { .. } => Ty::Zip,
        IterState::Enumerate { .. } => Ty::Enumerate,
        IterState::BigRange(_) => Ty::RangeIterator,
        IterState::Callable { .. } => Ty::CallableIterator,
        IterState::Done => Ty::Iterator,
    }
}
