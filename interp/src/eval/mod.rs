//! The evaluator: runs compiled code over an explicit frame stack. Python calls push frames
//! instead of recursing on the Rust stack; generators park their frames in the heap.

mod async_gen;
pub mod attr;
mod big_range;
mod builtin_attrs;
mod bytearray_slice;
pub mod call;
pub mod containers;
mod dict_views;
pub mod error;
pub mod exc;
mod exc_attrs;
mod exc_group;
mod format_value;
pub mod frame;
mod func_str;
mod gen_frames;
mod host_futures;
pub mod iter;
mod matching;
pub mod ops;
pub mod repr;
mod run;
pub mod sets;
pub mod suggest;
mod union;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use num_bigint::BigInt;

use crate::compile::code::{Const, Program};
use crate::heap::Heap;
use crate::limits::{LimitError, LimitKind, Limits};
use crate::objects::{Obj, PyStr};
use crate::value::{ObjId, Value};
pub use error::{RtError, RtResult};
use frame::Frame;

/// Native code may call back into Python (sort keys, `__eq__` in lookups); each such nesting
/// runs a nested loop on the Rust stack, so it is capped.
pub const MAX_REENTRY: u32 = 64;

/// Bytes allocated between two collections.
const GC_THRESHOLD: u64 = 8 * 1024 * 1024;

pub struct Vm<'h> {
    pub program: Arc<Program>,
    pub heap: Heap,
    pub frames: Vec<Frame>,
    pub globals: Vec<Value>,
    /// For each global slot, the builtin of that name (or Undef).
    builtin_slots: Vec<Value>,
    pub global_index: HashMap<String, u32>,
    /// Constants of each code object, as values.
    pub consts: Vec<Vec<Value>>,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    pub limits: Limits,
    pub(crate) steps: u64,
    started: Instant,
    pub reentry: u32,
    /// Inside a nested run: the allocation count when it began. Native code suspended below
    /// may hold any older object in Rust locals, so collections keep all of them.
    pub gc_watermark: u64,
    /// Set by a native loop over an iterator (`list(gen)`, `sum(gen)`): the watermark its next
    /// step may use instead of "everything that exists now", and the allocation count when it
    /// was set (it only applies if nothing was allocated before the step's nested run began).
    loop_mark: Option<(u64, u64)>,
    /// What the program printed and the host has not taken yet.
    pub output: String,
    pub output_total: u64,
    pub modules: HashMap<String, Value>,
    /// Python-level call depth, for RecursionError.
    pub depth: u32,
    /// Values native code holds across a nested run; roots for the collector.
    pub temp_roots: Vec<Value>,
    /// Operand stacks of finished frames, reused by new frames.
    pub stack_pool: Vec<Vec<Value>>,
    /// One-character ASCII strings, made once (as CPython caches its one-character strings).
    char_cache: Vec<Value>,
    /// Containers whose repr is being built, to print `[...]` for cycles.
    pub repr_active: Vec<ObjId>,
    /// `run` mode: the host that answers external calls synchronously.
    pub host: Option<Box<dyn crate::host::Host + 'h>>,
    /// `start` mode: external calls at top level suspend the run (else they need a host).
    pub suspendable: bool,
    /// `start` mode: the external call the run is suspended at.
    pub pending: Option<crate::host::ExternalCall>,
    /// `run` mode: the handler of OS operations (DenyAll when absent).
    pub os: Option<Box<dyn crate::os::OsHandler + 'h>>,
    /// `start` mode: OS operations suspend the run (when false and `os` is absent, DenyAll).
    pub suspend_os: bool,
    /// `start` mode: the OS operation the run is suspended at.
    pub pending_os: Option<crate::os::OsOp>,
    /// `start` mode: async external calls the host left pending, with their futures.
    pub futures: Vec<ObjId>,
    /// `start` mode: the run waits for the host to resolve some of `futures`.
    pub awaiting_futures: bool,
    /// The id the next external call gets.
    pub next_call_id: u32,
    /// Counter giving each new NaN its own payload, so that NaNs made separately are distinct
    /// objects for `is` (CPython: `float('nan') is float('nan')` is False) while one NaN stays
    /// identical to itself (`[x] == [x]`).
    nan_serial: u64,
    /// Unbound builtin methods (`str.upper`), made once so that `str.upper is str.upper`.
    pub method_cache: HashMap<(crate::types::Ty, String), Value>,
    /// `f.__code__` objects, one per code so that functions of one `def` share it.
    pub code_objects: HashMap<u32, Value>,
}

impl<'h> Vm<'h> {
    pub fn new(program: Program, limits: Limits) -> RtResult<Vm<'h>> {
        Vm::with_program(Arc::new(program), limits)
    }

    /// A VM for a program shared with other runs (compile once, run many).
    pub fn with_program(program: Arc<Program>, limits: Limits) -> RtResult<Vm<'h>> {
        let mut heap = Heap::new(limits.max_memory, limits.max_allocations);
        let mut consts = Vec::with_capacity(program.codes.len());
        for code in &program.codes {
            let mut values = Vec::with_capacity(code.consts.len());
            for c in &code.consts {
                values.push(materialize(&mut heap, c)?);
            }
            consts.push(values);
        }
        let builtin_slots = program
            .globals
            .iter()
            .map(|n| {
                let bare = n.rsplit('\x1f').next().unwrap_or(n);
                crate::builtins::lookup(bare).unwrap_or(Value::Undef)
            })
            .collect();
        let global_index = program
            .globals
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        Ok(Vm {
            globals: vec![Value::Undef; program.globals.len()],
            program,
            heap,
            frames: Vec::new(),
            builtin_slots,
            global_index,
            consts,
            handled: Value::None,
            limits,
            steps: 0,
            started: Instant::now(),
            reentry: 0,
            gc_watermark: 0,
            loop_mark: None,
            output: String::new(),
            output_total: 0,
            modules: HashMap::new(),
            depth: 0,
            temp_roots: Vec::new(),
            futures: Vec::new(),
            awaiting_futures: false,
            next_call_id: 0,
            stack_pool: Vec::new(),
            char_cache: Vec::new(),
            repr_active: Vec::new(),
            host: None,
            suspendable: false,
            pending: None,
            os: None,
            suspend_os: false,
            pending_os: None,
            nan_serial: 0,
            method_cache: HashMap::new(),
            code_objects: HashMap::new(),
        })
    }

    /// Allocates an object, charging the budget.
    #[inline]
    pub fn alloc(&mut self, obj: Obj) -> RtResult<Value> {
        Ok(Value::Obj(self.heap.alloc(obj)?))
    }

    /// A one-character string; ASCII ones are shared.
    pub fn new_char(&mut self, c: char) -> RtResult<Value> {
        if !c.is_ascii() {
            return self.new_str(c.to_string());
        }
        if self.char_cache.is_empty() {
            self.char_cache = vec![Value::Undef; 128];
        }
        let i = c as usize;
        match self.char_cache.get(i) {
            Some(Value::Obj(id)) if self.heap.is_live(*id) => Ok(Value::Obj(*id)),
            _ => {
                let v = self.new_str(c.to_string())?;
                if let Some(slot) = self.char_cache.get_mut(i) {
                    *slot = v;
                }
                Ok(v)
            }
        }
    }

    pub fn new_str(&mut self, s: impl Into<String>) -> RtResult<Value> {
        self.alloc(Obj::Str(PyStr::new(s.into())))
    }

    pub fn new_list(&mut self, items: Vec<Value>) -> RtResult<Value> {
        self.alloc(Obj::List(items))
    }

    pub fn new_tuple(&mut self, items: Vec<Value>) -> RtResult<Value> {
        self.alloc(Obj::Tuple(items))
    }

    /// An int value: i64 when it fits, a heap big int otherwise.
    pub fn new_int(&mut self, i: BigInt) -> RtResult<Value> {
        match i64::try_from(&i) {
            Ok(small) => Ok(Value::Int(small)),
            Err(_) => self.alloc(Obj::BigInt(i)),
        }
    }

    /// A NaN distinct (for `is`) from every NaN made before, with the sign of `like`.
    pub fn fresh_nan(&mut self, like: f64) -> f64 {
        self.nan_serial = self.nan_serial.wrapping_add(1);
        let payload = self.nan_serial & ((1u64 << 51) - 1);
        let sign = like.to_bits() & (1u64 << 63);
        f64::from_bits(sign | 0x7ff8_0000_0000_0000 | payload)
    }

    /// `x`, or a fresh NaN when `x` is NaN: every float operation makes a new object.
    #[inline]
    pub fn new_float(&mut self, x: f64) -> Value {
        if x.is_nan() {
            Value::Float(self.fresh_nan(x))
        } else {
            Value::Float(x)
        }
    }

    /// Counts one step and checks the step and time limits.
    #[inline]
    pub fn tick(&mut self, n: u64) -> Result<(), LimitError> {
        self.steps += n;
        if let Some(max) = self.limits.max_steps {
            if self.steps > max {
                return Err(LimitError {
                    kind: LimitKind::Steps,
                    limit: max,
                });
            }
        }
        if self.steps & 0x3ff < n {
            self.check_time()?;
        }
        Ok(())
    }

    pub fn check_time(&self) -> Result<(), LimitError> {
        if let Some(max) = self.limits.max_duration {
            if self.started.elapsed() > max {
                return Err(LimitError {
                    kind: LimitKind::Duration,
                    limit: max.as_millis() as u64,
                });
            }
        }
        Ok(())
    }

    /// Appends program output, enforcing the output limit.
    pub fn write_output(&mut self, text: &str) -> RtResult<()> {
        self.output_total += text.len() as u64;
        if let Some(max) = self.limits.max_output {
            if self.output_total > max {
                return Err(RtError::Limit(LimitError {
                    kind: LimitKind::Output,
                    limit: max,
                }));
            }
        }
        self.output.push_str(text);
        Ok(())
    }

    /// A builtin found by the name a global slot has.
    pub fn builtin_for_slot(&self, slot: u32) -> Value {
        self.builtin_slots
            .get(slot as usize)
            .copied()
            .unwrap_or(Value::Undef)
    }

    /// Runs frames from `base` in a nested loop for native code that waits for Python code
    /// (a callback, a generator step). Objects that exist now stay alive during the run.
    pub fn nested_run(&mut self, base: usize) -> RtResult<Value> {
        let saved = self.gc_watermark;
        self.gc_watermark = match self.loop_mark.take() {
            Some((mark, at)) if at == self.heap.allocations => mark,
            _ => self.heap.allocations + 1,
        };
        self.reentry += 1;
        let r = self.run_frames(base);
        self.reentry -= 1;
        self.gc_watermark = saved;
        r
    }

    /// The next item of `it` for a native loop that began at allocation count `mark - 1`
    /// (`mark` from [`Vm::loop_mark`]) and roots every younger object it holds (in
    /// `temp_roots`): garbage a generator makes between steps can then be collected.
    pub fn iter_next_in_loop(&mut self, it: Value, mark: u64) -> RtResult<Option<Value>> {
        self.loop_mark = Some((mark, self.heap.allocations));
        let r = self.iter_next(it);
        self.loop_mark = None;
        r
    }

    /// `func(*args)` for a native loop, under the same contract as [`Vm::iter_next_in_loop`].
    pub fn call_in_loop(&mut self, func: Value, args: Vec<Value>, mark: u64) -> RtResult<Value> {
        self.loop_mark = Some((mark, self.heap.allocations));
        let r = self.call_value(func, args, Vec::new());
        self.loop_mark = None;
        r
    }

    /// The mark for [`Vm::iter_next_in_loop`]: objects that exist now stay alive.
    pub fn loop_mark(&self) -> u64 {
        self.heap.allocations + 1
    }

    /// Collects garbage if enough was allocated, at a point where every live value is rooted
    /// in frames, globals, the VM, or (inside a nested run) is older than the run.
    pub fn maybe_collect(&mut self) {
        // Inside a nested run everything older than the run survives, so such a collection
        // frees little: it waits longer, unless the memory limit is near.
        let slack = if self.gc_watermark > 0 { 4 } else { 1 };
        if !self.heap.wants_collection(GC_THRESHOLD, slack) {
            return;
        }
        let mut roots: Vec<Value> = Vec::new();
        roots.extend_from_slice(&self.globals);
        for f in &self.frames {
            f.children(&mut roots);
        }
        for c in &self.consts {
            roots.extend_from_slice(c);
        }
        roots.push(self.handled);
        roots.extend(self.modules.values().copied());
        roots.extend_from_slice(&self.temp_roots);
        roots.extend(self.futures.iter().map(|id| Value::Obj(*id)));
        roots.extend(self.method_cache.values().copied());
        roots.extend_from_slice(&self.char_cache);
        roots.extend(self.code_objects.values().copied());
        let marked = self.heap.mark(roots, self.gc_watermark);
        self.heap.sweep(&marked);
    }

    pub fn str_of(&self, v: Value) -> Option<&str> {
        match v {
            Value::Obj(id) => match self.heap.get(id) {
                Obj::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Turns a compile-time constant into a value in this run's heap.
fn materialize(heap: &mut Heap, c: &Const) -> Result<Value, LimitError> {
    Ok(match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Int(i) => Value::Int(*i),
        Const::BigInt(s) => {
            let i: BigInt = s.parse().unwrap_or_default();
            match i64::try_from(&i) {
                Ok(small) => Value::Int(small),
                Err(_) => Value::Obj(heap.alloc(Obj::BigInt(i))?),
            }
        }
        Const::Float(f) => Value::Float(*f),
        Const::Complex(im) => Value::Obj(heap.alloc(Obj::Complex(0.0, *im))?),
        Const::Str(s) => Value::Obj(heap.alloc(Obj::Str(PyStr::new(s.clone())))?),
        Const::Bytes(b) => Value::Obj(heap.alloc(Obj::Bytes(b.clone()))?),
        Const::Ellipsis => Value::Ellipsis,
        Const::Tuple(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for i in items {
                vals.push(materialize(heap, i)?);
            }
            Value::Obj(heap.alloc(Obj::Tuple(vals))?)
        }
        // Code objects are referenced by index by MakeFunction.
        Const::Code(id) => Value::Int(*id as i64),
    })
}

pub fn obj_id(v: Value) -> Option<ObjId> {
    v.as_obj()
}

impl Vm<'_> {
    /// Runs the module body (code 0) to completion.
    /// Switches to `program`, an extension of the current one (see
    /// [`crate::compile::extend_program`]): existing code ids and global slots keep their
    /// meaning, new ones get their constants and builtins.
    pub fn adopt_program(&mut self, program: Program) -> RtResult<()> {
        for code in &program.codes[self.consts.len().min(program.codes.len())..] {
            let mut values = Vec::with_capacity(code.consts.len());
            for c in &code.consts {
                values.push(materialize(&mut self.heap, c)?);
            }
            self.consts.push(values);
        }
        for (i, n) in program.globals.iter().enumerate().skip(self.globals.len()) {
            let bare = n.rsplit('\x1f').next().unwrap_or(n);
            self.builtin_slots
                .push(crate::builtins::lookup(bare).unwrap_or(Value::Undef));
            self.global_index.insert(n.clone(), i as u32);
            self.globals.push(Value::Undef);
        }
        self.program = Arc::new(program);
        Ok(())
    }

    /// Runs module code `code_id` of the program (one input of a session) in the existing
    /// globals, with fresh step and time budgets.
    pub fn run_module_code(&mut self, code_id: u32) -> RtResult<Value> {
        self.steps = 0;
        self.started = Instant::now();
        self.frames.clear();
        self.depth = 0;
        self.reentry = 0;
        self.gc_watermark = 0;
        self.temp_roots.clear();
        self.handled = Value::None;
        let prog = self.program.clone();
        let Some(code) = prog.codes.get(code_id as usize) else {
            return Err(RtError::Internal(format!("no code object {code_id}")));
        };
        let frame = self.new_frame(code_id, code);
        self.push_frame(frame)?;
        self.run_frames(0)
    }

    /// Resumes a run suspended at an external call with the host's answer.
    pub fn resume_value(&mut self, value: Value) -> RtResult<Value> {
        self.pending = None;
        self.pending_os = None;
        self.awaiting_futures = false;
        if self.frames.is_empty() {
            return Err(RtError::Internal(
                "resumed a run that is not suspended".into(),
            ));
        }
        self.started = Instant::now();
        self.push(value);
        self.run_frames(0)
    }

    /// Resumes a run suspended at an external call by raising `exc` at the call.
    pub fn resume_exception(&mut self, exc: Value) -> RtResult<Value> {
        self.pending = None;
        self.pending_os = None;
        self.awaiting_futures = false;
        if self.frames.is_empty() {
            return Err(RtError::Internal(
                "resumed a run that is not suspended".into(),
            ));
        }
        self.started = Instant::now();
        self.note_raised(exc);
        self.add_traceback(exc);
        self.unwind(exc, 0)?;
        self.run_frames(0)
    }

    pub fn run_main(&mut self) -> RtResult<Value> {
        let prog = self.program.clone();
        let Some(code) = prog.codes.first() else {
            return Ok(Value::None);
        };
        let frame = self.new_frame(0, code);
        self.push_frame(frame)?;
        self.run_frames(0)
    }
}
