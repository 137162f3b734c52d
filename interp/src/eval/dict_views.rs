//! The set-like behaviour of `dict.keys()` and `dict.items()` views: the set operators (which
//! accept any iterable and give a plain `set`), the subset comparisons with sets and other views,
//! and membership of items.

use crate::compile::code::{BinOp, Cmp};
use crate::eval::{RtResult, Vm};
use crate::objects::{DictViewKind, Obj};
use crate::value::Value;

impl Vm<'_> {
    /// The kind of dict view `v` is, if it is one.
    pub fn dict_view_kind(&self, v: Value) -> Option<DictViewKind> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::DictView { kind, .. }) => Some(*kind),
            _ => None,
        }
    }

    /// A keys or items view: the views that behave as sets.
    fn is_set_like_view(&self, v: Value) -> bool {
        matches!(
            self.dict_view_kind(v),
            Some(DictViewKind::Keys | DictViewKind::Items)
        )
    }

    /// `a op b` when either side is a keys or items view (CPython's `dictviews_or` and
    /// friends): `set(a)` updated with the iterable `b`. `&` is computed from the view's side.
    pub fn dict_view_binary(&mut self, op: BinOp, a: Value, b: Value) -> RtResult<Option<Value>> {
        if !matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            || !(self.is_set_like_view(a) || self.is_set_like_view(b))
        {
            return Ok(None);
        }
        if op == BinOp::And {
            return self.dict_view_intersect(a, b).map(Some);
        }
        let result = self.new_set_from(a, false)?;
        self.temp_roots.push(result);
        let r = self.dict_view_apply(op, result, b);
        self.temp_roots.pop();
        r.map(|()| Some(result))
    }

    /// `_PyDictView_Intersect`: the members of the iterable that the view contains.
    fn dict_view_intersect(&mut self, a: Value, b: Value) -> RtResult<Value> {
        let (view, other) = if self.is_set_like_view(a) {
            (a, b)
        } else {
            (b, a)
        };
        let result = self.new_set(Vec::new())?;
        self.temp_roots.push(result);
        let r = (|| {
            let it = self.get_iter(other)?;
            while let Some(x) = self.iter_next(it)? {
                self.tick(1)?;
                if self.contains(view, x)? {
                    self.set_add(result, x)?;
                }
            }
            Ok(result)
        })();
        self.temp_roots.pop();
        r
    }

    fn dict_view_apply(&mut self, op: BinOp, result: Value, other: Value) -> RtResult<()> {
        match op {
            BinOp::Or => self.set_update(result, other),
            BinOp::Sub => {
                let it = self.get_iter(other)?;
                while let Some(x) = self.iter_next(it)? {
                    self.tick(1)?;
                    self.set_discard(result, x)?;
                }
                Ok(())
            }
            _ => {
                let other_set = self.new_set_from(other, false)?;
                for k in self.set_keys(other_set) {
                    if !self.set_discard(result, k)? {
                        self.set_add(result, k)?;
                    }
                }
                Ok(())
            }
        }
    }

    fn is_set_like(&self, v: Value) -> bool {
        self.is_set(self.native_of(v)) || self.is_set_like_view(v)
    }

    fn set_like_len(&mut self, v: Value) -> RtResult<usize> {
        crate::builtins::iterables::len_of(self, v)
    }

    /// Every member of `a` is in `b`.
    fn all_contained_in(&mut self, a: Value, b: Value) -> RtResult<bool> {
        let items = self.collect_iterable(a)?;
        for x in items {
            if !self.contains(b, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Comparisons where one side is a keys or items view and the other a set or such a view
    /// (`dictview_richcompare`); `None` when they do not apply.
    pub fn dict_view_compare(&mut self, op: Cmp, a: Value, b: Value) -> RtResult<Option<bool>> {
        let views = self.is_set_like_view(a) || self.is_set_like_view(b);
        if !views || !self.is_set_like(a) || !self.is_set_like(b) {
            return Ok(None);
        }
        let (la, lb) = (self.set_like_len(a)?, self.set_like_len(b)?);
        Ok(Some(match op {
            Cmp::Eq | Cmp::Ne => {
                let eq = la == lb && self.all_contained_in(a, b)?;
                eq == (op == Cmp::Eq)
            }
            Cmp::Lt => la < lb && self.all_contained_in(a, b)?,
            Cmp::Le => la <= lb && self.all_contained_in(a, b)?,
            Cmp::Gt => la > lb && self.all_contained_in(b, a)?,
            Cmp::Ge => la >= lb && self.all_contained_in(b, a)?,
        }))
    }

    /// `(key, value) in d.items()`: a 2-tuple whose key is in the dict with an equal value.
    pub fn dict_items_contains(
        &mut self,
        dict: crate::value::ObjId,
        item: Value,
    ) -> RtResult<bool> {
        let pair = match item.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::Tuple(t)) if t.len() == 2 => (t[0], t[1]),
            _ => return Ok(false),
        };
        match self.dict_get(dict, pair.0)? {
            Some(v) => Ok(v.is(pair.1) || self.py_eq(v, pair.1)?),
            None => Ok(false),
        }
    }

    /// `view.isdisjoint(other)`.
    pub fn dict_view_isdisjoint(&mut self, view: Value, other: Value) -> RtResult<bool> {
        let it = self.get_iter(other)?;
        while let Some(x) = self.iter_next(it)? {
            self.tick(1)?;
            if self.contains(view, x)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
