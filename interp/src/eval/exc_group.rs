//! Exception groups: `ExceptionGroup(msg, excs)` with CPython's checks, `message`,
//! `exceptions`, `split`, `subgroup`, `derive`, and the matching that `except*` runs on them.

use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::types::Ty;
use crate::value::Value;

/// Exception groups nest; splitting walks them with this bound instead of unbounded recursion.
const MAX_GROUP_DEPTH: usize = 200;

impl Vm<'_> {
    /// Whether `e` is an exception group.
    pub fn is_exc_group(&self, e: Value) -> bool {
        self.exc_data(e).is_some()
            && self.is_subclass(self.type_of(e), Value::Type(Ty::BaseExceptionGroup))
    }

    /// `(message, exceptions)` of a group.
    pub fn exc_group_parts(&self, e: Value) -> Option<(Value, Vec<Value>)> {
        if !self.is_exc_group(e) {
            return None;
        }
        let args = self.tuple_items(self.exc_data(e)?.args);
        let msg = args.first().copied().unwrap_or(Value::None);
        let excs = args
            .get(1)
            .map(|l| self.tuple_items(*l))
            .unwrap_or_default();
        Some((msg, excs))
    }

    fn is_exception_value(&self, v: Value) -> bool {
        self.exc_data(v).is_some()
    }

    /// `BaseExceptionGroup(msg, excs)` / `ExceptionGroup(msg, excs)`.
    pub fn new_exception_group(&mut self, t: Ty, pos: Vec<Value>) -> RtResult<Value> {
        let name = t.name();
        if pos.len() != 2 {
            return Err(self.type_error(format!("{name} expected 2 arguments, got {}", pos.len())));
        }
        let (msg, excs) = (pos[0], pos[1]);
        if self.str_of(msg).is_none() {
            let tn = self.arg_type_name(msg);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
            )));
        }
        let is_seq = matches!(
            excs.as_obj().map(|id| self.heap.get(id)),
            Some(Obj::List(_) | Obj::Tuple(_))
        );
        if !is_seq {
            return Err(self.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = self.tuple_items(excs);
        if items.is_empty() {
            return Err(
                self.value_error("second argument (exceptions) must be a non-empty sequence")
            );
        }
        let mut all_exceptions = true;
        for (i, it) in items.iter().enumerate() {
            if !self.is_exception_value(*it) {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            all_exceptions &= self.is_subclass(self.type_of(*it), Value::Type(Ty::Exception));
        }
        let ty = match t {
            Ty::BaseExceptionGroup if all_exceptions => Ty::ExceptionGroup,
            Ty::ExceptionGroup if !all_exceptions => {
                return Err(self.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
            other => other,
        };
        self.new_exception(ty, pos)
    }

    /// `str(group)`: `msg (3 sub-exceptions)`.
    pub fn exc_group_str(&mut self, e: Value) -> Option<String> {
        let (msg, excs) = self.exc_group_parts(e)?;
        let msg = self.str_of(msg).unwrap_or("").to_string();
        let n = excs.len();
        let word = if n == 1 {
            "sub-exception"
        } else {
            "sub-exceptions"
        };
        Some(format!("{msg} ({n} {word})"))
    }

    /// `group.derive(excs)`: a group of the same message with the original's cause, context
    /// and notes.
    pub fn exc_group_derive(&mut self, orig: Value, excs: Vec<Value>) -> RtResult<Value> {
        let (msg, _) = self
            .exc_group_parts(orig)
            .ok_or_else(|| self.internal("derive of a non-group"))?;
        let list = self.new_list(excs)?;
        let g = self.new_exception_group(Ty::BaseExceptionGroup, vec![msg, list])?;
        if let Some(d) = self.exc_data(orig) {
            let (cause, context, sup, notes) = (d.cause, d.context, d.suppress_context, d.notes);
            if let Some(nd) = self.exc_data_mut(g) {
                nd.cause = cause;
                nd.context = context;
                nd.suppress_context = sup;
                nd.notes = notes;
            }
        }
        Ok(g)
    }

    /// Whether a leaf exception satisfies a split condition: a type, a tuple of types, or a
    /// predicate.
    fn split_condition_holds(&mut self, exc: Value, cond: Value) -> RtResult<bool> {
        let is_type_like = matches!(cond, Value::Type(_))
            || matches!(
                cond.as_obj().map(|id| self.heap.get(id)),
                Some(Obj::Class(_) | Obj::Tuple(_))
            );
        if is_type_like {
            return self.exception_matches(exc, cond);
        }
        if self.is_callable(cond) {
            let r = self.call_value(cond, vec![exc], Vec::new())?;
            return self.truthy(r);
        }
        Err(self.type_error(
            "expected an exception type, a tuple of exception types, or a callable (other than a class)",
        ))
    }

    /// `group.split(cond)`: the matching part and the rest, each a derived group or None.
    pub fn exc_group_split(
        &mut self,
        group: Value,
        cond: Value,
        depth: usize,
    ) -> RtResult<(Option<Value>, Option<Value>)> {
        if depth > MAX_GROUP_DEPTH {
            return Err(self.err(
                Ty::RecursionError,
                "maximum recursion depth exceeded while splitting an exception group",
            ));
        }
        if self.split_condition_holds(group, cond)? {
            return Ok((Some(group), None));
        }
        let Some((_, excs)) = self.exc_group_parts(group) else {
            return Ok((None, Some(group)));
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for e in excs {
            if self.is_exc_group(e) {
                let (m, r) = self.exc_group_split(e, cond, depth + 1)?;
                matched.extend(m);
                rest.extend(r);
            } else if self.split_condition_holds(e, cond)? {
                matched.push(e);
            } else {
                rest.push(e);
            }
        }
        let subset = |vm: &mut Vm, part: Vec<Value>| -> RtResult<Option<Value>> {
            if part.is_empty() {
                Ok(None)
            } else {
                vm.exc_group_derive(group, part).map(Some)
            }
        };
        let m = subset(self, matched)?;
        let r = subset(self, rest)?;
        Ok((m, r))
    }

    /// One `except* T` clause on what is left of the exception (`_PyEval_ExceptionGroupMatch`):
    /// `(match, rest)`. A naked exception that matches is wrapped in a group.
    pub fn except_star_match(
        &mut self,
        exc: Value,
        cond: Value,
    ) -> RtResult<(Option<Value>, Option<Value>)> {
        let mut types = self.tuple_items(cond);
        if types.is_empty() {
            types.push(cond);
        }
        let group_type = Value::Type(Ty::BaseExceptionGroup);
        if types
            .iter()
            .any(|t| self.is_exception_class(*t) && self.is_subclass(*t, group_type))
        {
            return Err(self.type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        if exc.is_none() {
            return Ok((None, None));
        }
        if self.exception_matches(exc, cond)? {
            if self.is_exc_group(exc) {
                return Ok((Some(exc), None));
            }
            let msg = self.new_str("")?;
            let items = self.new_tuple(vec![exc])?;
            let g = self.new_exception_group(Ty::BaseExceptionGroup, vec![msg, items])?;
            return Ok((Some(g), None));
        }
        if self.is_exc_group(exc) {
            return self.exc_group_split(exc, cond, 0);
        }
        Ok((None, Some(exc)))
    }

    /// The end of an `except*`: what to raise, if anything. `orig` is the caught exception,
    /// `rest` the unmatched part (or None), `raised` what the handlers raised.
    pub fn except_star_result(
        &mut self,
        orig: Value,
        rest: Value,
        raised: Vec<Value>,
    ) -> RtResult<Option<Value>> {
        if raised.is_empty() {
            if rest.is_none() {
                return Ok(None);
            }
            // Nothing matched: the original exception, unchanged.
            let whole = !self.is_exc_group(orig)
                || self.exc_group_parts(rest).map(|p| p.1.len())
                    == self.exc_group_parts(orig).map(|p| p.1.len());
            if whole {
                return Ok(Some(orig));
            }
            return Ok(Some(rest));
        }
        let mut all = raised;
        if !rest.is_none() {
            all.push(rest);
        }
        if all.len() == 1 {
            return Ok(Some(all[0]));
        }
        let msg = self.new_str("")?;
        let list = self.new_list(all)?;
        self.new_exception_group(Ty::BaseExceptionGroup, vec![msg, list])
            .map(Some)
    }

    /// `group.split`/`subgroup`/`derive` and the `message`/`exceptions` attributes.
    pub fn exc_group_method(
        &mut self,
        recv: Value,
        name: &str,
        args: &[Value],
    ) -> RtResult<Option<Value>> {
        if !self.is_exc_group(recv) {
            return Ok(None);
        }
        let one = |vm: &mut Vm| -> RtResult<Value> {
            match args {
                [a] => Ok(*a),
                _ => Err(vm.type_error(format!(
                    "BaseExceptionGroup.{name}() takes exactly one argument ({} given)",
                    args.len()
                ))),
            }
        };
        Ok(Some(match name {
            "split" => {
                let cond = one(self)?;
                let (m, r) = self.exc_group_split(recv, cond, 0)?;
                let (m, r) = (m.unwrap_or(Value::None), r.unwrap_or(Value::None));
                self.new_tuple(vec![m, r])?
            }
            "subgroup" => {
                let cond = one(self)?;
                self.exc_group_split(recv, cond, 0)?
                    .0
                    .unwrap_or(Value::None)
            }
            "derive" => {
                let excs = one(self)?;
                let msg = self.exc_group_parts(recv).map_or(Value::None, |p| p.0);
                self.new_exception_group(Ty::BaseExceptionGroup, vec![msg, excs])?
            }
            _ => return Ok(None),
        }))
    }

    /// `message` and `exceptions` of a group.
    pub fn exc_group_attr(&mut self, e: Value, name: &str) -> RtResult<Option<Value>> {
        let Some((msg, excs)) = self.exc_group_parts(e) else {
            return Ok(None);
        };
        match name {
            "message" => Ok(Some(msg)),
            "exceptions" => self.new_tuple(excs).map(Some),
            _ => Ok(None),
        }
    }

    /// `ExcStarPrepare`: `[prev, exc]` -> `[prev, exc, rest = exc, raised = []]`.
    pub(crate) fn except_star_prepare(&mut self) -> RtResult<()> {
        let exc = self.peek(0);
        self.push(exc);
        let raised = self.new_list(Vec::new())?;
        self.push(raised);
        Ok(())
    }

    /// `ExcStarMatch`: `[orig, rest, raised, T]` -> `[orig, rest', raised, match or None]`.
    pub(crate) fn except_star_step(&mut self) -> RtResult<()> {
        let cond = self.pop();
        let raised = self.pop();
        let rest = self.pop();
        let (m, r) = self.except_star_match(rest, cond)?;
        self.push(r.unwrap_or(Value::None));
        self.push(raised);
        self.push(m.unwrap_or(Value::None));
        Ok(())
    }

    /// `ExcStarCollect`: a clause raised; `[.., raised, prev', exc2]` -> `[.., raised]`.
    pub(crate) fn except_star_collect(&mut self) -> RtResult<()> {
        let exc = self.pop();
        self.handled = self.pop();
        let raised = self.peek(0);
        self.list_append(raised, exc)
    }

    /// `ExcStarFinish`: `[prev, orig, rest, raised]` -> `[]`, raising what is left.
    pub(crate) fn except_star_finish(&mut self) -> RtResult<()> {
        let raised = self.pop();
        let rest = self.pop();
        let orig = self.pop();
        self.handled = self.pop();
        let raised = self.tuple_items(raised);
        match self.except_star_result(orig, rest, raised)? {
            Some(e) => Err(crate::eval::RtError::Exc(e)),
            None => Ok(()),
        }
    }
}
