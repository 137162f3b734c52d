//! Every kind of heap object. One file per type holds its data structure and native behaviour;
//! this file holds the enum that the heap stores, and what the collector needs of each.

pub mod big_range;
pub mod class;
pub mod complex_ops;
pub mod dict;
pub mod exception;
pub mod float_digits;
pub mod float_hex;
pub mod float_ops;
pub mod float_text;
pub mod format_number;
pub mod format_spec;
pub mod function;
pub mod int_text;
pub mod iter;
pub mod num_unicode;
pub mod percent_format;
pub mod set;
pub mod str;
pub mod str_case;
pub mod str_case_data;
pub mod str_codecs;
pub mod str_format_parse;
pub mod str_methods;
pub mod str_pad;
pub mod str_predicates;
pub mod str_quote;
pub mod str_split;
pub mod str_translate;
pub mod str_unicode_data;

use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

use crate::value::{ObjId, Value};
pub use class::{Class, ClassRef, Instance};
pub use dict::Dict;
pub use exception::ExcData;
pub use function::{Function, Generator};
pub use iter::IterState;
pub use set::PySet;
pub use str::PyStr;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub enum Obj {
    /// What a freed slot reads as; never reachable from live values.
    #[default]
    Freed,
    Str(PyStr),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    BigInt(BigInt),
    Complex(f64, f64),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    Dict(Dict),
    Set(PySet),
    FrozenSet(PySet),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Function(Box<Function>),
    /// A function bound to an instance: `obj.method`.
    BoundMethod {
        receiver: Value,
        func: Value,
    },
    /// A builtin method bound to its receiver: `"abc".upper`.
    BuiltinMethod {
        receiver: Value,
        name: String,
        /// Taken from the type (`str.lower`): the first argument is the receiver.
        unbound: bool,
    },
    Class(Box<Class>),
    Instance(Instance),
    Cell(Value),
    Iter(IterState),
    Generator(Box<Generator>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// A dict view: keys, values or items of `dict`.
    DictView {
        dict: ObjId,
        kind: DictViewKind,
    },
    Module(Box<Module>),
    /// An external function the host declared: calling it asks the host.
    External(String),
    /// An async external function: calling it gives a host future (`HostFuture`) to await.
    AsyncExternal(String),
    /// The result of calling an async external function: answered by the host now, or left
    /// pending until the host resolves it while the event loop waits (`Progress::Futures`).
    HostFuture(Box<HostFuture>),
    /// The awaitable of an async generator operation: `__anext__()`/`asend(v)` (the next
    /// value), `athrow(exc)` or `aclose()`.
    AgAwait(Box<AgAwait>),
    /// A range whose bounds do not fit the `i64` form.
    BigRange(Box<big_range::BigRange>),
    /// `Class.__dict__`: a read-only view of (a copy of) the class namespace dict.
    MappingProxy(ObjId),
    /// `f.__code__`: the code object of a program code (index into the program's codes).
    Code(u32),
    /// `memoryview(b)`: a read-only view of the bytes or bytearray `b`.
    MemoryView(ObjId),
    /// `int | None`: a `types.UnionType` of its distinct member types.
    Union(Vec<Value>),
    /// `super()`: attribute lookup starts after `start` in the MRO of `obj`'s type.
    Super {
        start: Value,
        obj: Value,
    },
}

/// What awaiting an `AgAwait` does to its async generator.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct AgAwait {
    pub gen: ObjId,
    pub op: AgOp,
    /// `anext(agen, default)`: the value when the generator is exhausted.
    pub default: Option<Value>,
    pub state: AgState,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub enum AgOp {
    Send(Value),
    Throw(Value),
    Close,
    /// `anext(it, default)` of an async iterator that is not an async generator: `gen` is the
    /// coroutine (or `__await__` generator) of `it.__anext__()`; StopAsyncIteration from it
    /// gives the default.
    AwaitDefault,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgState {
    /// Not awaited yet.
    Init,
    /// The generator runs (or waits in an `await`) for this awaitable.
    Running,
    Done,
}

/// A host call awaited as a future.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct HostFuture {
    /// The call's id (`ExternalCall::id`), unique within a run.
    pub id: u32,
    pub name: String,
    pub state: FutureState,
    /// While pending: the call's arguments (the host sees them as they are when it is asked,
    /// as a coroutine sees its arguments when it runs).
    pub args: Vec<Value>,
    pub kwargs: Vec<(Value, Value)>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum FutureState {
    Pending,
    /// Answered with this value.
    Done(Value),
    /// Answered with this exception.
    Failed(Value),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// A module: its name and its attributes.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Module {
    pub name: String,
    pub dict: Dict,
    /// For a library module written in Python: the prefix of its global slots, which hold its
    /// attributes.
    pub prefix: Option<String>,
}

impl Obj {
    /// Approximate bytes the object holds, including its own slot.
    pub fn size_estimate(&self) -> u64 {
        let base = std::mem::size_of::<Obj>() as u64;
        let v = std::mem::size_of::<Value>() as u64;
        base + match self {
            Obj::Str(s) => s.as_str().len() as u64,
            Obj::Bytes(b) | Obj::ByteArray(b) => b.len() as u64,
            Obj::BigInt(i) => i.bits() / 8,
            Obj::List(items) | Obj::Tuple(items) | Obj::Union(items) => items.len() as u64 * v,
            Obj::Dict(d) => d.size_estimate(),
            Obj::Set(s) | Obj::FrozenSet(s) => s.size_estimate(),
            Obj::Function(f) => f.size_estimate(),
            Obj::Class(c) => c.dict.size_estimate() + c.mro.len() as u64 * 16,
            Obj::Instance(_) => 48,
            Obj::Iter(it) => it.size_estimate(),
            Obj::Generator(g) => g.size_estimate(),
            Obj::Module(m) => m.dict.size_estimate(),
            Obj::HostFuture(f) => (f.args.len() + 2 * f.kwargs.len()) as u64 * v,
            _ => 0,
        }
    }

    /// The values this object refers to, for the collector.
    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            Obj::Freed
            | Obj::Str(_)
            | Obj::Bytes(_)
            | Obj::ByteArray(_)
            | Obj::BigInt(_)
            | Obj::Complex(..)
            | Obj::Range { .. }
            | Obj::External(_)
            | Obj::AsyncExternal(_)
            | Obj::Code(_)
            | Obj::BigRange(_) => {}
            Obj::List(items) | Obj::Tuple(items) | Obj::Union(items) => {
                out.extend_from_slice(items)
            }
            Obj::Dict(d) => d.children(out),
            Obj::Set(s) | Obj::FrozenSet(s) => s.children(out),
            Obj::Slice { start, stop, step } => out.extend([*start, *stop, *step]),
            Obj::Function(f) => f.children(out),
            Obj::BoundMethod { receiver, func } => out.extend([*receiver, *func]),
            Obj::BuiltinMethod { receiver, .. } => out.push(*receiver),
            Obj::Class(c) => c.children(out),
            Obj::Instance(i) => i.children(out),
            Obj::Cell(v) | Obj::StaticMethod(v) | Obj::ClassMethod(v) => out.push(*v),
            Obj::Iter(it) => it.children(out),
            Obj::Generator(g) => g.children(out),
            Obj::Property {
                fget,
                fset,
                fdel,
                doc,
            } => out.extend([*fget, *fset, *fdel, *doc]),
            Obj::DictView { dict, .. } | Obj::MemoryView(dict) | Obj::MappingProxy(dict) => {
                out.push(Value::Obj(*dict))
            }
            Obj::Module(m) => m.dict.children(out),
            Obj::Super { start, obj } => out.extend([*start, *obj]),
            Obj::AgAwait(a) => {
                out.push(Value::Obj(a.gen));
                if let AgOp::Send(v) | AgOp::Throw(v) = a.op {
                    out.push(v);
                }
                out.extend(a.default);
            }
            Obj::HostFuture(f) => {
                if let FutureState::Done(v) | FutureState::Failed(v) = f.state {
                    out.push(v);
                }
                out.extend_from_slice(&f.args);
                for (k, v) in &f.kwargs {
                    out.extend([*k, *v]);
                }
            }
        }
    }
}
