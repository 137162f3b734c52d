//! Exceptions: making them, raising and re-raising, matching `except` clauses, and turning an
//! uncaught one into the report the host sees.

use crate::error::{ChainLink, ExceptionReport, ExceptionSection, Frame as TbFrame};
use crate::eval::{RtError, RtResult, Vm};
use crate::objects::{ClassRef, ExcData, Instance, Obj};
use crate::types::Ty;
use crate::value::Value;

impl Vm<'_> {
    /// A new exception instance of a builtin type with these args.
    pub fn new_exception(&mut self, ty: Ty, args: Vec<Value>) -> RtResult<Value> {
        let args = self.new_tuple(args)?;
        self.alloc(Obj::Instance(Instance {
            class: ClassRef::Builtin(ty),
            dict: None,
            native: Value::None,
            exc: Some(Box::new(ExcData::new(args))),
        }))
    }

    /// An error to return from native code: `ty(message)`.
    pub fn err(&mut self, ty: Ty, message: impl Into<String>) -> RtError {
        let msg = match self.new_str(message.into()) {
            Ok(m) => m,
            Err(e) => return e,
        };
        match self.new_exception(ty, vec![msg]) {
            Ok(e) => RtError::Exc(e),
            Err(e) => e,
        }
    }

    pub fn type_error(&mut self, message: impl Into<String>) -> RtError {
        self.err(Ty::TypeError, message)
    }

    pub fn value_error(&mut self, message: impl Into<String>) -> RtError {
        self.err(Ty::ValueError, message)
    }

    pub fn name_error(&mut self, name: &str) -> RtError {
        let n = match self.new_str(name) {
            Ok(n) => n,
            Err(e) => return e,
        };
        self.err_with_attrs(
            Ty::NameError,
            format!("name '{name}' is not defined"),
            &[("name", n)],
        )
    }

    pub fn exc_data(&self, exc: Value) -> Option<&ExcData> {
        match exc {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Instance(i) => i.exc.as_deref(),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn exc_data_mut(&mut self, exc: Value) -> Option<&mut ExcData> {
        match exc {
            Value::Obj(id) => match self.heap.get_mut(id) {
                Obj::Instance(i) => i.exc.as_deref_mut(),
                _ => None,
            },
            _ => None,
        }
    }

    /// Whether `v` is an exception class (builtin or user).
    pub fn is_exception_class(&self, v: Value) -> bool {
        match v {
            Value::Type(t) => t.is_exception(),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => c
                    .mro
                    .iter()
                    .any(|b| matches!(b, ClassRef::Builtin(t) if t.is_exception())),
                _ => false,
            },
            _ => false,
        }
    }

    /// Makes the value of a `raise` operand into an exception instance.
    fn exception_from(&mut self, v: Value) -> RtResult<Value> {
        if self.exc_data(v).is_some() {
            return Ok(v);
        }
        if self.is_exception_class(v) {
            let e = self.call_value(v, Vec::new(), Vec::new())?;
            if self.exc_data(e).is_some() {
                return Ok(e);
            }
            let tn = self.type_name(e);
            let r = self.repr(v)?;
            return Err(self.type_error(format!(
                "calling {r} should have returned an instance of BaseException, not {tn}"
            )));
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&mut self, exc: Value) {
        let handled = self.handled;
        if handled.is_none() || handled.is(exc) {
            return;
        }
        // Break a cycle: if exc is already in handled's context chain, cut it there.
        let mut cur = handled;
        let mut guard = 0;
        while let Some(data) = self.exc_data(cur) {
            let next = data.context;
            if next.is(exc) {
                if let Some(d) = self.exc_data_mut(cur) {
                    d.context = Value::None;
                }
                break;
            }
            cur = next;
            guard += 1;
            if guard > 10_000 {
                break;
            }
        }
        if let Some(d) = self.exc_data_mut(exc) {
            d.context = handled;
        }
    }

    /// The exception a `raise` instruction raises. 0: bare re-raise; 1: raise X; 2: raise X
    /// from Y; 12/13: re-raise from an except/finally clean-up block.
    pub(crate) fn raise_instr(&mut self, kind: u8) -> RtError {
        match kind {
            0 => {
                let h = self.handled;
                if h.is_none() {
                    return self.err(Ty::RuntimeError, "No active exception to reraise");
                }
                RtError::Exc(h)
            }
            12 | 13 => {
                let exc = self.pop();
                // 12: [prev, prev', exc]; 13: [prev, exc, prev', exc2].
                for _ in 0..(kind - 11) {
                    self.pop();
                }
                let prev = self.pop();
                self.handled = prev;
                RtError::Exc(exc)
            }
            _ => {
                let cause = if kind == 2 { Some(self.pop()) } else { None };
                let v = self.pop();
                let exc = match self.exception_from(v) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                if let Some(c) = cause {
                    let cause_exc = if c.is_none() {
                        Value::None
                    } else {
                        match self.exception_from(c) {
                            Ok(ce) => ce,
                            Err(_) => {
                                return self
                                    .type_error("exception causes must derive from BaseException")
                            }
                        }
                    };
                    if let Some(d) = self.exc_data_mut(exc) {
                        d.cause = cause_exc;
                        d.suppress_context = true;
                    }
                }
                self.set_context(exc);
                RtError::Exc(exc)
            }
        }
    }

    /// Native errors pass through here too, so they get their context.
    pub(crate) fn note_raised(&mut self, exc: Value) {
        let has_context = self.exc_data(exc).is_some_and(|d| !d.context.is_none());
        if !has_context {
            self.set_context(exc);
        }
    }

    /// `except cls:` — cls may be a class or a tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: Value, cls: Value) -> RtResult<bool> {
        if let Value::Obj(id) = cls {
            if let Obj::Tuple(items) = self.heap.get(id) {
                let items = items.clone();
                for c in items {
                    if self.exception_matches(exc, c)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
        if !self.is_exception_class(cls) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let ty = self.type_of(exc);
        Ok(self.is_subclass(ty, cls))
    }

    /// The uncaught exception as the host sees it: its chain, frames and final lines.
    pub fn exception_report(&mut self, exc: Value) -> ExceptionReport {
        let mut chain = Vec::new();
        let mut cur = exc;
        let mut link: Option<ChainLink> = None;
        let mut seen = Vec::new();
        while let Some(data) = self.exc_data(cur) {
            if seen.iter().any(|s: &Value| s.is(cur)) || seen.len() > 100 {
                break;
            }
            seen.push(cur);
            let (next, next_link) = if !data.cause.is_none() {
                (data.cause, Some(ChainLink::Cause))
            } else if !data.context.is_none() && !data.suppress_context {
                (data.context, Some(ChainLink::Context))
            } else {
                (Value::None, None)
            };
            chain.push((cur, link));
            link = next_link;
            cur = next;
        }
        let mut sections = Vec::new();
        let n = chain.len();
        for i in (0..n).rev() {
            let (e, _) = chain[i];
            let frames = self
                .exc_data(e)
                .map(|d| {
                    d.traceback
                        .iter()
                        .rev()
                        .map(|tb| {
                            let code = &self.program.codes[tb.code as usize];
                            TbFrame {
                                filename: code.filename.clone(),
                                line: tb.line,
                                name: code.name.clone(),
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let lines = self.exception_lines(e);
            sections.push(ExceptionSection {
                link: None,
                frames,
                lines,
            });
        }
        let links: Vec<Option<ChainLink>> = chain.iter().map(|(_, l)| *l).collect();
        // sections are oldest first: sections[j] corresponds to chain[n-1-j]. The banner before
        // sections[j] (j>0) describes how chain[n-j] (older) relates to chain[n-1-j] (newer):
        // that is the link stored on chain[n-j].
        for j in 1..n {
            sections[j].link = links[n - j];
        }
        ExceptionReport { sections }
    }

    /// `Type: message` and notes, as `traceback.format_exception_only` prints them.
    pub fn exception_lines(&mut self, e: Value) -> Vec<String> {
        let ty = self.type_of(e);
        let name = self.class_display_name(ty);
        let msg = match self.exc_str(e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut lines = vec![if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }];
        let notes = self.exc_data(e).map(|d| d.notes).unwrap_or(Value::None);
        if let Value::Obj(id) = notes {
            if let Obj::List(items) = self.heap.get(id) {
                for n in items.clone() {
                    let s = match self.str_of(n) {
                        Some(s) => s.to_string(),
                        None => self.repr(n).unwrap_or_default(),
                    };
                    lines.extend(s.split('\n').map(str::to_string));
                }
            }
        }
        lines
    }

    /// Class name as tracebacks print it: qualified, without the `__main__` or builtins module.
    pub fn class_display_name(&self, cls: Value) -> String {
        match cls {
            Value::Type(t) => t.name().to_string(),
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Class(c) => {
                    if c.module == "__main__" || c.module == "builtins" {
                        c.qualname.clone()
                    } else {
                        format!("{}.{}", c.module, c.qualname)
                    }
                }
                _ => "object".into(),
            },
            _ => "object".into(),
        }
    }

    /// `str(exception)`.
    pub fn exc_str(&mut self, e: Value) -> RtResult<String> {
        let v = self.to_str_value(e)?;
        Ok(self.str_of(v).unwrap_or("").to_string())
    }
}
