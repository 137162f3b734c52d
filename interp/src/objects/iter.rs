//! The state of builtin iterators: over sequences, ranges, dicts and sets, and the lazy ones
//! (`map`, `filter`, `zip`, `enumerate`, `reversed`, `iter(callable, sentinel)`).

use serde::{Deserialize, Serialize};

use crate::value::{ObjId, Value};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum IterState {
    /// list, tuple, str, bytes, bytearray: by index, so a list growing during the loop is seen.
    Seq {
        seq: ObjId,
        index: usize,
    },
    /// Walks a sequence backwards.
    SeqReverse {
        seq: ObjId,
        index: isize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: u64,
    },
    /// Keys, values or items of a dict, or a set's members; `size` detects a change of size.
    Dict {
        dict: ObjId,
        pos: usize,
        size: usize,
        kind: DictIterKind,
    },
    /// A set's members in table order; `size` detects a change of size.
    Set {
        set: ObjId,
        pos: usize,
        size: usize,
    },
    /// An object with `__getitem__` but no `__iter__`.
    GetItem {
        obj: Value,
        index: i64,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    /// A big range: `start` is the next value, `stop` how many are left.
    BigRange(Box<super::big_range::BigRange>),
    Enumerate {
        iter: Value,
        /// The next index: an int, small or big.
        count: Value,
    },
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Exhausted iterators of any kind.
    Done,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

impl IterState {
    pub fn size_estimate(&self) -> u64 {
        match self {
            IterState::Map { iters, .. } | IterState::Zip { iters, .. } => iters.len() as u64 * 16,
            _ => 0,
        }
    }

    pub fn children(&self, out: &mut Vec<Value>) {
        match self {
            IterState::Seq { seq, .. } | IterState::SeqReverse { seq, .. } => {
                out.push(Value::Obj(*seq))
            }
            IterState::Dict { dict, .. } => out.push(Value::Obj(*dict)),
            IterState::Set { set, .. } => out.push(Value::Obj(*set)),
            IterState::GetItem { obj, .. } => out.push(*obj),
            IterState::Map { func, iters } => {
                out.push(*func);
                out.extend_from_slice(iters);
            }
            IterState::Filter { func, iter } => out.extend([*func, *iter]),
            IterState::Zip { iters, .. } => out.extend_from_slice(iters),
            IterState::Enumerate { iter, count } => out.extend([*iter, *count]),
            IterState::Callable { func, sentinel } => out.extend([*func, *sentinel]),
            IterState::Range { .. } | IterState::BigRange(_) | IterState::Done => {}
        }
    }
}
