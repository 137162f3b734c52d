//! Attribute access: instances (descriptors, instance dict, class attributes, `__getattr__`),
//! classes, modules, functions and builtin values; method lookup through the MRO.

use crate::eval::{RtError, RtResult, Vm};
use crate::objects::{ClassRef, Dict, Obj};
use crate::types::Ty;
use crate::value::{ObjId, Value};

impl Vm<'_> {
    /// The MRO of a class value.
    pub fn mro_of(&self, cls: Value) -> Vec<ClassRef> {
        match cls {
            Value::Type(t) => t.mro().into_iter().map(ClassRef::Builtin).collect(),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => c.mro.clone(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// `issubclass(a, b)` for class values.
    pub fn is_subclass(&self, a: Value, b: Value) -> bool {
        if a.is(b) {
            return true;
        }
        let target = match b {
            Value::Type(t) => ClassRef::Builtin(t),
            Value::Obj(id) => ClassRef::User(id),
            _ => return false,
        };
        match a {
            Value::Type(t) => matches!(target, ClassRef::Builtin(bt) if t.is_subtype(bt)),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => c.mro.iter().any(|c| match (c, target) {
                    (ClassRef::Builtin(x), ClassRef::Builtin(y)) => x.is_subtype(y),
                    (x, y) => *x == y,
                }),
                _ => false,
            },
            _ => false,
        }
    }

    /// A name looked up in the dicts of the user classes of `cls`'s MRO.
    pub fn lookup_class_attr(&self, cls: Value, name: &str) -> Option<Value> {
        // Builtin types have no user dicts: only user classes can hold the name.
        let Value::Obj(id) = cls else {
            return None;
        };
        let Obj::Class(c) = self.heap.get(id) else {
            return None;
        };
        let h = crate::objects::str::str_hash(name);
        for r in &c.mro {
            if let ClassRef::User(cid) = r {
                if let Obj::Class(class) = self.heap.get(*cid) {
                    if let Some(v) = self.dict_get_str_hashed(&class.dict, name, h) {
                        return Some(v);
                    }
                }
            }
        }
        None
    }

    /// Looks a str key up without allocating.
    pub fn dict_get_str(&self, d: &Dict, name: &str) -> Option<Value> {
        self.dict_get_str_hashed(d, name, crate::objects::str::str_hash(name))
    }

    /// [`Vm::dict_get_str`] with the hash of `name` already known.
    fn dict_get_str_hashed(&self, d: &Dict, name: &str, h: i64) -> Option<Value> {
        match d.probe(h, |k| match self.str_of(k) {
            Some(s) if s == name => crate::objects::dict::KeyEq::Equal,
            _ => crate::objects::dict::KeyEq::NotEqual,
        }) {
            crate::objects::dict::Probe::Found(p) => d.entry(p).map(|e| e.value),
            _ => None,
        }
    }

    /// A method defined by a user class of `v`'s type (unbound), for dunder dispatch.
    pub fn lookup_user_method(&self, v: Value, name: &str) -> Option<Value> {
        let Value::Obj(id) = v else { return None };
        let cls = match self.heap.get(id) {
            Obj::Instance(i) => match i.class {
                ClassRef::User(c) => Value::Obj(c),
                ClassRef::Builtin(_) => return None,
            },
            _ => return None,
        };
        let found = self.lookup_class_attr(cls, name)?;
        if found.is_none() {
            return None;
        }
        Some(found)
    }

    /// How hashing works for a user instance: None = default identity hash, Some(None) =
    /// unhashable, Some(Some(f)) = call f.
    pub fn user_hash_method(&self, v: Value) -> Option<Option<Value>> {
        let Value::Obj(id) = v else { return None };
        let cls = match self.heap.get(id) {
            Obj::Instance(i) => match i.class {
                ClassRef::User(c) => c,
                _ => return None,
            },
            _ => return None,
        };
        for c in self.mro_of(Value::Obj(cls)) {
            if let ClassRef::User(cid) = c {
                if let Obj::Class(class) = self.heap.get(cid) {
                    if let Some(h) = self.dict_get_str(&class.dict, "__hash__") {
                        return Some(if h.is_none() { None } else { Some(h) });
                    }
                    if self.dict_get_str(&class.dict, "__eq__").is_some() {
                        return Some(None);
                    }
                }
            }
        }
        None
    }

    fn instance_dict(&self, id: ObjId) -> Option<ObjId> {
        match self.heap.get(id) {
            Obj::Instance(i) => i.dict,
            _ => None,
        }
    }

    /// The instance's attribute dict, created on first use.
    pub fn ensure_instance_dict(&mut self, id: ObjId) -> RtResult<ObjId> {
        if let Some(d) = self.instance_dict(id) {
            return Ok(d);
        }
        let d = self.heap.alloc(Obj::Dict(Dict::new()))?;
        if let Obj::Instance(i) = self.heap.get_mut(id) {
            i.dict = Some(d);
        }
        Ok(d)
    }

    fn attr_error(&mut self, obj: Value, name: &str) -> crate::eval::RtError {
        let tn = self.type_name(obj);
        let n = match self.new_str(name) {
            Ok(n) => n,
            Err(e) => return e,
        };
        self.err_with_attrs(
            Ty::AttributeError,
            format!("'{tn}' object has no attribute '{name}'"),
            &[("name", n), ("obj", obj)],
        )
    }

    /// Binds a class attribute found for an instance (functions become bound methods).
    fn bind_for_instance(&mut self, attr: Value, obj: Value, cls: Value) -> RtResult<Value> {
        match attr.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::Function(_)) => self.alloc(Obj::BoundMethod {
                receiver: obj,
                func: attr,
            }),
            Some(Obj::ClassMethod(f)) => {
                let f = *f;
                self.alloc(Obj::BoundMethod {
                    receiver: cls,
                    func: f,
                })
            }
            Some(Obj::StaticMethod(f)) => Ok(*f),
            Some(Obj::Property { fget, .. }) => {
                let fget = *fget;
                if fget.is_none() {
                    let tn = self.type_name(obj);
                    return Err(self.err(
                        Ty::AttributeError,
                        format!("property '{}' of '{tn}' object has no getter", "?"),
                    ));
                }
                self.call_value(fget, vec![obj], Vec::new())
            }
            _ => Ok(attr),
        }
    }

    pub fn get_attr(&mut self, obj: Value, name: &str) -> RtResult<Value> {
        if let Value::Obj(id) = obj {
            match self.heap.get(id) {
                Obj::Instance(inst) => {
                    let class = inst.class;
                    if let ClassRef::User(cid) = class {
                        let cls = Value::Obj(cid);
                        if let Some(m) = self.lookup_class_attr(cls, "__getattribute__") {
                            let n = self.new_str(name)?;
                            return self.call_value(m, vec![obj, n], Vec::new());
                        }
                        let class_attr = self.lookup_class_attr(cls, name);
                        // User descriptors: data descriptors (with __set__) win over the
                        // instance dict; others only when the dict has no entry.
                        if let Some(a) = class_attr {
                            if let Some(get) = self.lookup_user_method(a, "__get__") {
                                let is_data = self.lookup_user_method(a, "__set__").is_some()
                                    || self.lookup_user_method(a, "__delete__").is_some();
                                let in_dict = self.instance_dict(id).is_some_and(|d| {
                                    match self.heap.get(d) {
                                        Obj::Dict(dict) => self.dict_get_str(dict, name).is_some(),
                                        _ => false,
                                    }
                                });
                                if is_data || !in_dict {
                                    return self.call_value(get, vec![a, obj, cls], Vec::new());
                                }
                            }
                        }
                        // Data descriptors (properties) win over the instance dict.
                        if let Some(a) = class_attr {
                            if let Some(Obj::Property { fget, .. }) =
                                a.as_obj().map(|i| self.heap.get(i))
                            {
                                let fget = *fget;
                                if fget.is_none() {
                                    let tn = self.type_name(obj);
                                    return Err(self.err(
                                        Ty::AttributeError,
                                        format!("property '{name}' of '{tn}' object has no getter"),
                                    ));
                                }
                                return self.call_value(fget, vec![obj], Vec::new());
                            }
                        }
                        if let Some(d) = self.instance_dict(id) {
                            if let Obj::Dict(dict) = self.heap.get(d) {
                                if let Some(v) = self.dict_get_str(dict, name) {
                                    return Ok(v);
                                }
                            }
                        }
                        if let Some(a) = class_attr {
                            return self.bind_for_instance(a, obj, cls);
                        }
                    }
                    if !matches!(class, ClassRef::User(_)) {
                        if let Some(d) = self.instance_dict(id) {
                            if let Obj::Dict(dict) = self.heap.get(d) {
                                if let Some(v) = self.dict_get_str(dict, name) {
                                    return Ok(v);
                                }
                            }
                        }
                    }
                    if let Some(v) =
                        crate::builtins::methods::instance_builtin_attr(self, obj, name)?
                    {
                        return Ok(v);
                    }
                    if let ClassRef::User(cid) = class {
                        if let Some(ga) = self.lookup_class_attr(Value::Obj(cid), "__getattr__") {
                            let n = self.new_str(name)?;
                            return self.call_value(ga, vec![obj, n], Vec::new());
                        }
                    }
                    return Err(self.attr_error(obj, name));
                }
                Obj::Class(_) => return self.class_get_attr(obj, name),
                Obj::Super { start, obj: inner } => {
                    let (start, inner) = (*start, *inner);
                    return self.super_attr(obj, start, inner, name);
                }
                Obj::Module(m) => {
                    let mut found = self.dict_get_str(&m.dict, name);
                    if found.is_none() {
                        if let Some(prefix) = &m.prefix {
                            let key = format!("{prefix}{name}");
                            found = self
                                .global_index
                                .get(&key)
                                .map(|&s| self.globals[s as usize])
                                .filter(|v| !matches!(v, Value::Undef));
                        }
                    }
                    let mname = m.name.clone();
                    return match found {
                        Some(v) => Ok(v),
                        None => Err(self.err(
                            Ty::AttributeError,
                            format!("module '{mname}' has no attribute '{name}'"),
                        )),
                    };
                }
                _ => {}
            }
        }
        if let Value::Type(_) = obj {
            return self.class_get_attr(obj, name);
        }
        match crate::builtins::methods::builtin_attr(self, obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attr_error(obj, name)),
        }
    }

    /// `super().name`: the MRO of `obj`'s class after `start`.
    fn super_attr(&mut self, sup: Value, start: Value, obj: Value, name: &str) -> RtResult<Value> {
        let obj_is_class = matches!(obj, Value::Type(_))
            || matches!(obj.as_obj().map(|i| self.heap.get(i)), Some(Obj::Class(_)));
        let cls = if obj_is_class { obj } else { self.type_of(obj) };
        let mro = self.mro_of(cls);
        let start_ref = match start {
            Value::Type(t) => ClassRef::Builtin(t),
            Value::Obj(id) => ClassRef::User(id),
            _ => ClassRef::Builtin(Ty::Object),
        };
        let pos = mro
            .iter()
            .position(|c| *c == start_ref)
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for c in &mro[pos..] {
            match c {
                ClassRef::User(id) => {
                    let found = match self.heap.get(*id) {
                        Obj::Class(class) => self.dict_get_str(&class.dict, name),
                        _ => None,
                    };
                    if let Some(a) = found {
                        return match a.as_obj().map(|i| self.heap.get(i)) {
                            Some(Obj::Function(_)) if !obj_is_class => {
                                self.alloc(Obj::BoundMethod {
                                    receiver: obj,
                                    func: a,
                                })
                            }
                            Some(Obj::ClassMethod(f)) => {
                                let f = *f;
                                self.alloc(Obj::BoundMethod {
                                    receiver: cls,
                                    func: f,
                                })
                            }
                            Some(Obj::StaticMethod(f)) => Ok(*f),
                            Some(Obj::Property { fget, .. }) if !obj_is_class => {
                                let fget = *fget;
                                self.call_value(fget, vec![obj], Vec::new())
                            }
                            _ => Ok(a),
                        };
                    }
                }
                ClassRef::Builtin(t) => {
                    let t = *t;
                    if crate::builtins::methods::has_method(t, name)
                        || crate::builtins::methods::has_method(self.builtin_ty(obj), name)
                            && t != Ty::Object
                        || matches!(
                            name,
                            "__init__"
                                | "__new__"
                                | "__repr__"
                                | "__str__"
                                | "__eq__"
                                | "__ne__"
                                | "__hash__"
                                | "__setattr__"
                                | "__getattribute__"
                                | "__delattr__"
                                | "__format__"
                                | "__init_subclass__"
                                | "__lt__"
                                | "__le__"
                                | "__gt__"
                                | "__ge__"
                        )
                        || (t.is_exception() && matches!(name, "add_note" | "with_traceback"))
                    {
                        return self.alloc(Obj::BuiltinMethod {
                            receiver: sup,
                            name: name.to_string(),
                            unbound: false,
                        });
                    }
                }
            }
        }
        Err(self.err(
            Ty::AttributeError,
            format!("'super' object has no attribute '{name}'"),
        ))
    }

    fn class_get_attr(&mut self, cls: Value, name: &str) -> RtResult<Value> {
        match name {
            "__name__" | "__qualname__" => {
                let n = match cls {
                    Value::Type(t) => t.name().to_string(),
                    Value::Obj(id) => match self.heap.get(id) {
                        Obj::Class(c) => {
                            if name == "__name__" {
                                c.name.clone()
                            } else {
                                c.qualname.clone()
                            }
                        }
                        _ => String::new(),
                    },
                    _ => String::new(),
                };
                return self.new_str(n);
            }
            "__mro__" => {
                let mro: Vec<Value> = self.mro_of(cls).into_iter().map(|c| c.to_value()).collect();
                return self.new_tuple(mro);
            }
            "__subclasses__" | "mro" if self.lookup_class_attr(cls, name).is_none() => {
                return self.alloc(Obj::BuiltinMethod {
                    receiver: cls,
                    name: name.to_string(),
                    unbound: false,
                });
            }
            "__bases__" => {
                let bases: Vec<Value> = match cls {
                    Value::Type(t) => t.bases().into_iter().map(Value::Type).collect(),
                    Value::Obj(id) => match self.heap.get(id) {
                        Obj::Class(c) => c.bases.iter().map(|b| b.to_value()).collect(),
                        _ => vec![],
                    },
                    _ => vec![],
                };
                return self.new_tuple(bases);
            }
            "__base__" => {
                return Ok(match cls {
                    Value::Type(t) => {
                        if t == Ty::Object {
                            Value::None
                        } else {
                            Value::Type(t.base())
                        }
                    }
                    Value::Obj(id) => match self.heap.get(id) {
                        Obj::Class(c) => {
                            c.bases.first().map(|b| b.to_value()).unwrap_or(Value::None)
                        }
                        _ => Value::None,
                    },
                    _ => Value::None,
                });
            }
            "__class__" => return Ok(Value::Type(Ty::Type)),
            "__module__" if matches!(cls, Value::Type(_)) => return self.new_str("builtins"),
            "__dict__" => {
                if let Value::Obj(id) = cls {
                    let d = match self.heap.get(id) {
                        Obj::Class(c) => c.dict.clone(),
                        _ => Dict::new(),
                    };
                    let d = self.heap.alloc(Obj::Dict(d))?;
                    return self.alloc(Obj::MappingProxy(d));
                }
            }
            _ => {}
        }
        if let Some(a) = self.lookup_class_attr(cls, name) {
            if let Some(get) = self.lookup_user_method(a, "__get__") {
                return self.call_value(get, vec![a, Value::None, cls], Vec::new());
            }
            return match a.as_obj().map(|id| self.heap.get(id)) {
                Some(Obj::ClassMethod(f)) => {
                    let f = *f;
                    self.alloc(Obj::BoundMethod {
                        receiver: cls,
                        func: f,
                    })
                }
                Some(Obj::StaticMethod(f)) => Ok(*f),
                _ => Ok(a),
            };
        }
        if let Some(v) = crate::builtins::methods::type_attr(self, cls, name)? {
            return Ok(v);
        }
        let n = self.class_display_name(cls);
        let n = match cls {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => c.name.clone(),
                _ => n,
            },
            _ => n,
        };
        Err(self.err(
            Ty::AttributeError,
            format!("type object '{n}' has no attribute '{name}'"),
        ))
    }

    pub fn set_attr(&mut self, obj: Value, name: &str, v: Value) -> RtResult<()> {
        let Value::Obj(id) = obj else {
            return Err(self.no_attr_set_error(obj, name));
        };
        match self.heap.get(id) {
            Obj::Instance(inst) if inst.class == ClassRef::Builtin(Ty::Object) => {
                Err(self.no_attr_set_error(obj, name))
            }
            Obj::Instance(inst) => {
                if let ClassRef::User(cid) = inst.class {
                    let cls = Value::Obj(cid);
                    if let Some(m) = self.lookup_class_attr(cls, "__setattr__") {
                        let n = self.new_str(name)?;
                        self.call_value(m, vec![obj, n, v], Vec::new())?;
                        return Ok(());
                    }
                    if let Some(a) = self.lookup_class_attr(cls, name) {
                        if let Some(set) = self.lookup_user_method(a, "__set__") {
                            self.call_value(set, vec![a, obj, v], Vec::new())?;
                            return Ok(());
                        }
                        if let Some(Obj::Property { fset, .. }) =
                            a.as_obj().map(|i| self.heap.get(i))
                        {
                            let fset = *fset;
                            if fset.is_none() {
                                let tn = self.type_name(obj);
                                return Err(self.err(
                                    Ty::AttributeError,
                                    format!("property '{name}' of '{tn}' object has no setter"),
                                ));
                            }
                            self.call_value(fset, vec![obj, v], Vec::new())?;
                            return Ok(());
                        }
                    }
                    if let Some(allowed) = self.slots_only(cls) {
                        if !allowed.iter().any(|s| s == name) {
                            let tn = self.type_name(obj);
                            return Err(self.err(
                                Ty::AttributeError,
                                format!("'{tn}' object has no attribute '{name}' and no __dict__ for setting new attributes"),
                            ));
                        }
                    }
                }
                if crate::builtins::methods::set_exception_attr(self, obj, name, v)? {
                    return Ok(());
                }
                let d = self.ensure_instance_dict(id)?;
                let k = self.new_str(name)?;
                self.dict_set(d, k, v)
            }
            Obj::Class(_) if matches!(name, "__name__" | "__qualname__") => {
                let Some(s) = self.str_of(v).map(str::to_string) else {
                    let (cn, tn) = (self.class_display_name(obj), self.type_name(v));
                    return Err(self
                        .type_error(format!("can only assign string to {cn}.{name}, not '{tn}'")));
                };
                if let Obj::Class(c) = self.heap.get_mut(id) {
                    if name == "__name__" {
                        c.name = s;
                    } else {
                        c.qualname = s;
                    }
                }
                Ok(())
            }
            Obj::Class(_) => {
                let k = self.new_str(name)?;
                let h = self.hash(k)?;
                let pos = {
                    let Obj::Class(c) = self.heap.get(id) else {
                        return Ok(());
                    };
                    c.dict.probe(h, |key| match self.str_of(key) {
                        Some(s) if s == name => crate::objects::dict::KeyEq::Equal,
                        _ => crate::objects::dict::KeyEq::NotEqual,
                    })
                };
                if let Obj::Class(c) = self.heap.get_mut(id) {
                    match pos {
                        crate::objects::dict::Probe::Found(p) => c.dict.set_value(p, v),
                        _ => c.dict.insert_new(h, k, v),
                    }
                }
                Ok(())
            }
            Obj::Function(f) => {
                let existing = f.dict;
                let d = match existing {
                    Some(d) => d,
                    None => {
                        let d = self.heap.alloc(Obj::Dict(Dict::new()))?;
                        if let Obj::Function(f) = self.heap.get_mut(id) {
                            f.dict = Some(d);
                        }
                        d
                    }
                };
                if name == "__doc__" {
                    if let Obj::Function(f) = self.heap.get_mut(id) {
                        f.doc = v;
                    }
                    return Ok(());
                }
                if matches!(
                    name,
                    "__name__" | "__qualname__" | "__defaults__" | "__kwdefaults__"
                ) {
                    return self.set_function_special(id, name, v);
                }
                let k = self.new_str(name)?;
                self.dict_set(d, k, v)
            }
            Obj::Cell(_) if name == "cell_contents" => {
                if let Obj::Cell(c) = self.heap.get_mut(id) {
                    *c = v;
                }
                Ok(())
            }
            _ => Err(self.no_attr_set_error(obj, name)),
        }
    }

    /// Whether `v` is a class (builtin type or user class).
    pub fn is_class_value(&self, v: Value) -> bool {
        match v {
            Value::Type(_) => true,
            Value::Obj(id) => matches!(self.heap.get(id), Obj::Class(_)),
            _ => false,
        }
    }

    /// For instances of `cls` with no `__dict__` (every user class of the MRO declares
    /// `__slots__`, none of them `'__dict__'`): the attribute names the slots allow.
    pub fn slots_only(&self, cls: Value) -> Option<Vec<String>> {
        let Value::Obj(id) = cls else {
            return None;
        };
        let Obj::Class(c) = self.heap.get(id) else {
            return None;
        };
        let mut names = Vec::new();
        for r in &c.mro {
            let ClassRef::User(cid) = r else { continue };
            let Obj::Class(class) = self.heap.get(*cid) else {
                return None;
            };
            let slots = self.dict_get_str(&class.dict, "__slots__")?;
            names.extend(self.slot_names(slots));
        }
        if names.iter().any(|n| n == "__dict__") {
            return None;
        }
        Some(names)
    }

    fn slot_names(&self, slots: Value) -> Vec<String> {
        if let Some(s) = self.str_of(slots) {
            return vec![s.to_string()];
        }
        self.tuple_items(slots)
            .into_iter()
            .filter_map(|v| self.str_of(v).map(str::to_string))
            .collect()
    }

    pub fn del_attr(&mut self, obj: Value, name: &str) -> RtResult<()> {
        let Value::Obj(id) = obj else {
            return Err(self.no_attr_set_error(obj, name));
        };
        match self.heap.get(id) {
            Obj::Instance(inst) => {
                if let ClassRef::User(cid) = inst.class {
                    let cls = Value::Obj(cid);
                    if let Some(m) = self.lookup_class_attr(cls, "__delattr__") {
                        let n = self.new_str(name)?;
                        self.call_value(m, vec![obj, n], Vec::new())?;
                        return Ok(());
                    }
                    if let Some(a) = self.lookup_class_attr(cls, name) {
                        if let Some(Obj::Property { fdel, .. }) =
                            a.as_obj().map(|i| self.heap.get(i))
                        {
                            let fdel = *fdel;
                            if fdel.is_none() {
                                let tn = self.type_name(obj);
                                return Err(self.err(
                                    Ty::AttributeError,
                                    format!("property '{name}' of '{tn}' object has no deleter"),
                                ));
                            }
                            self.call_value(fdel, vec![obj], Vec::new())?;
                            return Ok(());
                        }
                    }
                }
                if let Some(d) = self.instance_dict(id) {
                    let k = self.new_str(name)?;
                    if self.dict_remove(d, k)?.is_some() {
                        return Ok(());
                    }
                }
                Err(self.attr_error(obj, name))
            }
            Obj::Cell(_) if name == "cell_contents" => {
                *self.heap.get_mut(id) = Obj::Cell(Value::Undef);
                Ok(())
            }
            Obj::Class(_) if matches!(name, "__name__" | "__qualname__") => {
                let cls = self.class_display_name(obj);
                Err(self.type_error(format!(
                    "cannot delete '{name}' attribute of immutable type '{cls}'"
                )))
            }
            Obj::Class(_) => {
                let k = self.new_str(name)?;
                let h = self.hash(k)?;
                let pos = match self.heap.get(id) {
                    Obj::Class(c) => c.dict.probe(h, |key| match self.str_of(key) {
                        Some(s) if s == name => crate::objects::dict::KeyEq::Equal,
                        _ => crate::objects::dict::KeyEq::NotEqual,
                    }),
                    _ => crate::objects::dict::Probe::Missing,
                };
                if let crate::objects::dict::Probe::Found(p) = pos {
                    if let Obj::Class(c) = self.heap.get_mut(id) {
                        c.dict.remove_at(p);
                    }
                    return Ok(());
                }
                let n = self.class_display_name(obj);
                Err(self.err(
                    Ty::AttributeError,
                    format!("type object '{n}' has no attribute '{name}'"),
                ))
            }
            Obj::Function(_) | Obj::Module(_) => Err(self.attr_error(obj, name)),
            Obj::Cell(_) if name == "cell_contents" => {
                if let Obj::Cell(c) = self.heap.get_mut(id) {
                    *c = Value::Undef;
                }
                Ok(())
            }
            _ => Err(self.no_attr_set_error(obj, name)),
        }
    }

    /// For `obj.name(...)`: `(function, obj)` for plain methods (no bound-method object), else
    /// `(callable, Undef)`.
    pub fn load_method(&mut self, obj: Value, name: &str) -> RtResult<(Value, Value)> {
        if let Value::Obj(id) = obj {
            if let Obj::Instance(inst) = self.heap.get(id) {
                if let ClassRef::User(cid) = inst.class {
                    let cls = Value::Obj(cid);
                    if self.lookup_class_attr(cls, "__getattribute__").is_none() {
                        if let Some(a) = self.lookup_class_attr(cls, name) {
                            if matches!(
                                a.as_obj().map(|i| self.heap.get(i)),
                                Some(Obj::Function(_))
                            ) {
                                let shadowed = self.instance_dict(id).is_some_and(|d| {
                                    match self.heap.get(d) {
                                        Obj::Dict(dict) => self.dict_get_str(dict, name).is_some(),
                                        _ => false,
                                    }
                                });
                                if !shadowed {
                                    return Ok((a, obj));
                                }
                            }
                        }
                    }
                }
            }
        }
        let v = self.get_attr(obj, name)?;
        Ok((v, Value::Undef))
    }

    /// `LoadName` in a class body: the namespace, then globals, then builtins.
    pub fn load_name(&mut self, fi: usize, name: &str) -> RtResult<Value> {
        if let Some(ns) = self.frames[fi].namespace {
            if let Obj::Dict(d) = self.heap.get(ns) {
                if let Some(v) = self.dict_get_str(d, name) {
                    return Ok(v);
                }
            }
        }
        let prefix = &self.program.codes[self.frames[fi].code as usize].prefix;
        let key = format!("{prefix}{name}");
        if let Some(&slot) = self.global_index.get(&key) {
            let v = self.globals[slot as usize];
            if !matches!(v, Value::Undef) {
                return Ok(v);
            }
        }
        if let Some(b) = crate::builtins::lookup(name) {
            return Ok(b);
        }
        Err(self.name_error(name))
    }

    pub fn set_global(&mut self, name: &str, v: Value) {
        if let Some(&slot) = self.global_index.get(name) {
            self.globals[slot as usize] = v;
        }
    }

    pub fn import_module(&mut self, name: &str) -> RtResult<Value> {
        if let Some(m) = self.modules.get(name) {
            return Ok(*m);
        }
        let lib = self.program.libs.iter().find(|l| l.name == name).cloned();
        if let Some(lib) = lib {
            let m = self.alloc(Obj::Module(Box::new(crate::objects::Module {
                name: name.to_string(),
                dict: Dict::new(),
                prefix: Some(lib.prefix.clone()),
            })))?;
            // Registered first, so circular imports see the module.
            self.modules.insert(name.to_string(), m);
            let prog = self.program.clone();
            let code = &prog.codes[lib.code as usize];
            let frame = self.new_frame(lib.code, code);
            if let Err(e) = self.run_prepared_frame(frame) {
                self.modules.remove(name);
                return Err(e);
            }
            let n = self.new_str(name)?;
            let key = self.new_str("__name__")?;
            if let Some(id) = m.as_obj() {
                if let Obj::Module(md) = self.heap.get_mut(id) {
                    let h = crate::objects::str::str_hash("__name__");
                    md.dict.insert_new(h, key, n);
                }
            }
            return Ok(m);
        }
        match crate::modules::create(self, name)? {
            Some(m) => {
                self.modules.insert(name.to_string(), m);
                Ok(m)
            }
            None => {
                let top = name.split('.').next().unwrap_or(name).to_string();
                let e = self.err(Ty::ModuleNotFoundError, format!("No module named '{top}'"));
                if let RtError::Exc(exc) = e {
                    let n = self.new_str(top)?;
                    self.set_exc_attrs(exc, &[("name", n)])?;
                }
                Err(e)
            }
        }
    }

    pub fn import_from(&mut self, m: Value, name: &str) -> RtResult<Value> {
        match self.get_attr(m, name) {
            Ok(v) => Ok(v),
            Err(_) => {
                let mname = match m.as_obj().map(|id| self.heap.get(id)) {
                    Some(Obj::Module(md)) => md.name.clone(),
                    _ => "?".into(),
                };
                let e = self.err(
                    Ty::ImportError,
                    format!("cannot import name '{name}' from '{mname}' (unknown location)"),
                );
                if let RtError::Exc(exc) = e {
                    let n = self.new_str(mname)?;
                    self.set_exc_attrs(exc, &[("name", n)])?;
                }
                Err(e)
            }
        }
    }

    pub fn import_star(&mut self, m: Value) -> RtResult<()> {
        let (mut entries, prefix): (Vec<(Value, Value)>, Option<String>) =
            match m.as_obj().map(|id| self.heap.get(id)) {
                Some(Obj::Module(md)) => (
                    md.dict.iter().map(|e| (e.key, e.value)).collect(),
                    md.prefix.clone(),
                ),
                _ => (Vec::new(), None),
            };
        if let Some(prefix) = prefix {
            let names: Vec<(String, Value)> = self
                .program
                .globals
                .iter()
                .zip(&self.globals)
                .filter_map(|(n, v)| n.strip_prefix(&prefix).map(|bare| (bare.to_string(), *v)))
                .filter(|(_, v)| !matches!(v, Value::Undef))
                .collect();
            for (n, v) in names {
                let k = self.new_str(n)?;
                entries.push((k, v));
            }
        }
        for (k, v) in entries {
            if let Some(name) = self.str_of(k).map(str::to_string) {
                if !name.starts_with('_') {
                    self.set_global(&name, v);
                }
            }
        }
        Ok(())
    }
}
