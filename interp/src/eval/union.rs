//! `types.UnionType` (`int | None`): building unions with `|` on types, their repr, equality,
//! and membership tests for `isinstance`/`issubclass`.

use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

impl Vm<'_> {
    /// The types a `|` operand stands for: a class, None (as NoneType) or a union's members.
    fn union_members(&self, v: Value) -> Option<Vec<Value>> {
        match v {
            Value::None => Some(vec![Value::Type(Ty::NoneType)]),
            Value::Type(_) => Some(vec![v]),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(_) => Some(vec![v]),
                Obj::Union(items) => Some(items.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The members of a union value, if `v` is one.
    pub fn union_args(&self, v: Value) -> Option<Vec<Value>> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::Union(items)) => Some(items.clone()),
            _ => None,
        }
    }

    /// `a | b` where both are types (or None, or unions) and at least one is not None.
    pub fn union_or(&mut self, a: Value, b: Value) -> RtResult<Option<Value>> {
        if a.is_none() && b.is_none() {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (self.union_members(a), self.union_members(b)) else {
            return Ok(None);
        };
        let mut members: Vec<Value> = Vec::with_capacity(x.len() + y.len());
        for m in x.into_iter().chain(y) {
            if !members.iter().any(|e| e.is(m)) {
                members.push(m);
            }
        }
        if members.len() == 1 {
            return Ok(Some(members[0]));
        }
        self.alloc(Obj::Union(members)).map(Some)
    }

    /// `repr(int | None)`: `int | None`.
    pub fn union_repr(&mut self, members: &[Value]) -> RtResult<String> {
        let mut parts = Vec::with_capacity(members.len());
        for m in members {
            parts.push(match m {
                Value::Type(Ty::NoneType) => "None".to_string(),
                Value::Type(t) => t.name().to_string(),
                Value::Obj(id) => match self.heap.get(*id) {
                    Obj::Class(c) => format!("__main__.{}", c.qualname),
                    _ => self.repr(*m)?,
                },
                other => self.repr(*other)?,
            });
        }
        Ok(parts.join(" | "))
    }

    /// Two unions are equal when they have the same members, in any order.
    pub fn union_eq(&self, a: Value, b: Value) -> Option<bool> {
        let (x, y) = (self.union_args(a)?, self.union_args(b)?);
        Some(x.len() == y.len() && x.iter().all(|m| y.iter().any(|n| n.is(*m))))
    }
}
