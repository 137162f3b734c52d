//! A Python frame: code, instruction pointer, locals and operand stack, exception blocks. Plain
//! data, so a suspended run (or a generator) is just frames in the heap or on the frame stack.

use serde::{Deserialize, Serialize};

use crate::value::{ObjId, Value};

/// An active `try` (or `with`) region: where to go on an exception, and how deep the operand
/// stack was when it was entered.
#[derive(Clone, Copy, Debug, Serialize, Deserialize)]
pub struct Block {
    pub handler: u32,
    pub level: u32,
}

/// What the frame's return value turns into.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum FrameKind {
    Normal,
    /// A class body: on return, build the class from its namespace.
    ClassBody {
        name: String,
        bases: Vec<Value>,
    },
    /// Called from native code, which waits for the result in a nested run loop.
    NativeCall,
    /// `__init__` of a new instance: the call's result is the instance.
    Init(Value),
    /// A call whose result nobody uses (`__exit__` after a `with` body that ended normally):
    /// run as a frame of the loop, so that an external or OS call inside it can suspend.
    Discard,
}

/// How a generator was resumed, which decides what its yield or return does to the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Resume {
    /// From a `for` loop's ForIter: return means jump to `exit`.
    ForIter { exit: u32 },
    /// From `send`/`next` in native code (nested loop) or a YieldFrom.
    Value,
    /// From the caller's YieldFrom: a yield passes through the caller.
    YieldFrom,
    /// An async generator driven by the `AgAwait` its caller awaits: a `yield` completes that
    /// await with the value, a yield from an inner `await` passes through the caller, a return
    /// raises StopAsyncIteration there.
    AsyncGen,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Frame {
    pub code: u32,
    pub ip: u32,
    /// Locals first (`nlocals`), then the operand stack.
    pub stack: Vec<Value>,
    pub nlocals: u32,
    pub cells: Vec<ObjId>,
    pub blocks: Vec<Block>,
    /// Namespace dict of a class body.
    pub namespace: Option<ObjId>,
    pub kind: FrameKind,
    /// The exception being handled when the frame was entered; restored when it exits.
    pub saved_handled: Value,
    /// The generator that owns this frame while it runs, and how it was resumed.
    pub generator: Option<(ObjId, Resume)>,
    /// Line override for tracebacks passing through an inlined comprehension.
    pub inlined_line: Option<u32>,
}

impl Frame {
    pub fn size_estimate(&self) -> u64 {
        (self.stack.len() * 16 + self.cells.len() * 4 + self.blocks.len() * 8 + 128) as u64
    }

    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend(self.stack.iter().copied());
        out.extend(self.cells.iter().map(|c| Value::Obj(*c)));
        out.extend(self.namespace.map(Value::Obj));
        out.push(self.saved_handled);
        if let Some((g, _)) = self.generator {
            out.push(Value::Obj(g));
        }
        match &self.kind {
            FrameKind::ClassBody { bases, .. } => out.extend_from_slice(bases),
            FrameKind::Init(v) => out.push(*v),
            _ => {}
        }
    }
}
