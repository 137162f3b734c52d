//! User classes and their instances.

use serde::{Deserialize, Serialize};

use crate::objects::{Dict, ExcData};
use crate::types::Ty;
use crate::value::{ObjId, Value};

/// A class: builtin (static) or defined by the program (in the heap).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClassRef {
    Builtin(Ty),
    User(ObjId),
}

impl ClassRef {
    pub fn to_value(self) -> Value {
        match self {
            ClassRef::Builtin(t) => Value::Type(t),
            ClassRef::User(id) => Value::Obj(id),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<ClassRef>,
    /// C3 linearisation, starting with the class itself.
    pub mro: Vec<ClassRef>,
    pub dict: Dict,
    /// The builtin type instances are really made of (`list` for `class L(list)`), `object` if none.
    pub native_base: Ty,
}

impl Class {
    pub fn children(&self, out: &mut Vec<Value>) {
        self.dict.children(out);
        for c in self.bases.iter().chain(&self.mro) {
            out.push(c.to_value());
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Instance {
    pub class: ClassRef,
    /// Attribute dict (a heap `Dict`); `None` until the first attribute is set.
    pub dict: Option<ObjId>,
    /// For subclasses of builtin containers and scalars: the builtin value itself.
    pub native: Value,
    /// For exception instances.
    pub exc: Option<Box<ExcData>>,
}

impl Instance {
    pub fn children(&self, out: &mut Vec<Value>) {
        out.push(self.class.to_value());
        out.push(self.native);
        if let Some(d) = self.dict {
            out.push(Value::Obj(d));
        }
        if let Some(e) = &self.exc {
            e.children(out);
        }
    }
}
