//! Validation of a decoded snapshot against the program compiled again from its source: every
//! object id in range and live, every frame's code, instruction pointer, locals, cells and
//! exception blocks consistent with its code object, every hash table well formed. After this
//! the VM can use the state; anything it could still get wrong is an internal error, not a panic.

use super::SnapshotError;
use crate::compile::code::Program;
use crate::eval::frame::Frame;
use crate::heap::Heap;
use crate::objects::Obj;
use crate::value::Value;

fn bad(message: impl Into<String>) -> SnapshotError {
    SnapshotError::new(message)
}

/// What a snapshot holds of a VM, whether suspended in a run or idle between session inputs.
pub(super) struct StateRefs<'a> {
    pub fingerprint: u64,
    pub heap: &'a Heap,
    pub frames: &'a [Frame],
    pub globals: &'a [Value],
    pub consts: &'a [Vec<Value>],
    pub handled: Value,
    pub modules: &'a [(String, Value)],
    pub depth: u32,
    /// The external functions the snippet declared: the only ones its objects may name.
    pub externals: &'a [String],
    pub async_externals: &'a [String],
}

/// `suspended`: the state is a run waiting at a call (it has frames); else an idle session.
pub(super) fn validate(
    state: &StateRefs<'_>,
    program: &Program,
    suspended: bool,
) -> Result<(), SnapshotError> {
    if state.fingerprint != super::fingerprint(program) {
        return Err(bad(
            "the snippet compiles differently in this build (snapshot from another program or version)",
        ));
    }
    let heap = state.heap;
    heap.validate().map_err(bad)?;
    // Constants: one table per code object, of the code's size.
    if state.consts.len() != program.codes.len() {
        return Err(bad("constant tables do not match the program"));
    }
    for (table, code) in state.consts.iter().zip(&program.codes) {
        if table.len() != code.consts.len() {
            return Err(bad("constant tables do not match the program"));
        }
        values(heap, table)?;
    }
    if state.globals.len() != program.globals.len() {
        return Err(bad("globals do not match the program"));
    }
    values(heap, state.globals)?;
    values(heap, &[state.handled])?;
    for (_, v) in state.modules {
        values(heap, &[*v])?;
    }
    if state.frames.is_empty() == suspended {
        return Err(bad(if suspended {
            "a suspended run has no frames"
        } else {
            "an idle session has frames"
        }));
    }
    if state.frames.len() > 100_000 || state.depth as usize > state.frames.len() + 1 {
        return Err(bad("frame stack out of bounds"));
    }
    for frame in state.frames {
        validate_frame(heap, program, frame)?;
    }
    let mut children = Vec::new();
    for (_, obj) in heap.live() {
        match obj {
            Obj::Dict(d) => d.validate().map_err(bad)?,
            Obj::Set(s) | Obj::FrozenSet(s) => s.validate().map_err(bad)?,
            Obj::Class(c) => c.dict.validate().map_err(bad)?,
            Obj::Module(m) => m.dict.validate().map_err(bad)?,
            Obj::Function(f) if f.code as usize >= program.codes.len() => {
                return Err(bad("function code out of range"));
            }
            Obj::Code(c) if *c as usize >= program.codes.len() => {
                return Err(bad("code object out of range"));
            }
            Obj::Generator(g) => {
                if let Some(frame) = &g.frame {
                    validate_frame(heap, program, frame)?;
                }
            }
            Obj::Range { step, .. } if *step == 0 => return Err(bad("range step 0")),
            Obj::External(name) if !state.externals.contains(name) => {
                return Err(bad("an external function the snippet did not declare"))
            }
            Obj::AsyncExternal(name) if !state.async_externals.contains(name) => {
                return Err(bad(
                    "an async external function the snippet did not declare",
                ))
            }
            _ => {}
        }
        children.clear();
        obj.children(&mut children);
        values(heap, &children)?;
    }
    Ok(())
}

/// The pending host futures: live, pending, distinct, and (when the run waits on them) the
/// calls the host was shown.
pub(super) fn futures(
    heap: &Heap,
    futures: &[crate::value::ObjId],
    pending: &crate::host::PendingCall,
) -> Result<(), SnapshotError> {
    let mut ids = Vec::with_capacity(futures.len());
    for fid in futures {
        match heap.is_live(*fid).then(|| heap.get(*fid)) {
            Some(Obj::HostFuture(f)) if matches!(f.state, crate::objects::FutureState::Pending) => {
                if ids.contains(&f.id) {
                    return Err(bad("a host future is pending twice"));
                }
                ids.push(f.id);
            }
            _ => return Err(bad("a pending host future is not a pending future")),
        }
    }
    if let crate::host::PendingCall::Futures(calls) = pending {
        if ids.is_empty() || calls.iter().map(|c| c.id).ne(ids.iter().copied()) {
            return Err(bad(
                "the awaited host calls do not match the pending futures",
            ));
        }
    }
    Ok(())
}

/// Every object a value refers to is in range and live.
fn values(heap: &Heap, vs: &[Value]) -> Result<(), SnapshotError> {
    for v in vs {
        if let Value::Obj(id) = v {
            if !heap.is_live(*id) {
                return Err(bad(format!("dangling object id {}", id.0)));
            }
        }
    }
    Ok(())
}

fn validate_frame(heap: &Heap, program: &Program, f: &Frame) -> Result<(), SnapshotError> {
    let Some(code) = program.codes.get(f.code as usize) else {
        return Err(bad("frame code out of range"));
    };
    let nlocals = code.varnames.len();
    if f.nlocals as usize != nlocals || f.stack.len() < nlocals {
        return Err(bad("frame locals do not match its code"));
    }
    if f.stack.len() > nlocals + code.stack_size as usize + 16 {
        return Err(bad("frame stack deeper than its code allows"));
    }
    if f.ip as usize > code.instrs.len() {
        return Err(bad("instruction pointer out of range"));
    }
    if f.cells.len() != code.cellvars.len() + code.freevars.len() {
        return Err(bad("frame cells do not match its code"));
    }
    for cell in &f.cells {
        if !matches!(
            heap.is_live(*cell).then(|| heap.get(*cell)),
            Some(Obj::Cell(_))
        ) {
            return Err(bad("frame cell is not a cell"));
        }
    }
    for b in &f.blocks {
        if b.handler as usize > code.instrs.len() || b.level as usize > f.stack.len() - nlocals {
            return Err(bad("exception block out of range"));
        }
    }
    if let Some(ns) = f.namespace {
        if !matches!(heap.is_live(ns).then(|| heap.get(ns)), Some(Obj::Dict(_))) {
            return Err(bad("class namespace is not a dict"));
        }
    }
    if let Some((g, _)) = f.generator {
        if !matches!(
            heap.is_live(g).then(|| heap.get(g)),
            Some(Obj::Generator(_))
        ) {
            return Err(bad("frame generator is not a generator"));
        }
    }
    let mut children = Vec::new();
    f.children(&mut children);
    values(heap, &children)
}
