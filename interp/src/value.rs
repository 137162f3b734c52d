//! `Value`: the small `Copy` form every Python value takes on the stack, in locals and inside
//! containers. Anything larger than a machine word lives in the heap behind an `ObjId`.

use serde::{Deserialize, Serialize};

use crate::builtins::Builtin;
use crate::types::Ty;

/// Index of an object in the heap arena.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ObjId(pub u32);

impl ObjId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// An unbound local or global slot. Never visible to Python code.
    Undef,
    #[default]
    None,
    Bool(bool),
    /// The fast path for ints; results that overflow become heap big ints.
    Int(i64),
    Float(f64),
    NotImplemented,
    Ellipsis,
    /// A builtin function such as `len`, not bound to anything.
    Builtin(Builtin),
    /// A builtin type such as `int` or `ValueError`.
    Type(Ty),
    Obj(ObjId),
}

impl Value {
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    pub fn as_obj(self) -> Option<ObjId> {
        match self {
            Value::Obj(id) => Some(id),
            _ => None,
        }
    }

    /// Identity, as Python's `is`.
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => self == other,
        }
    }
}
