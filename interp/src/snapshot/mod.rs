//! Snapshots: a run suspended at an external call or OS operation, dumped to bytes and loaded in another
//! process (or later) to resume with the same result as an uninterrupted run.
//!
//! The payload holds the snippet's source and declarations (the program is compiled again on
//! load, and a fingerprint of the compiled form must match), the heap, the frames and the
//! globals. Loading is decode → validate → use: the bytes are untrusted, and every id, index and
//! table is checked before the VM touches them (`validate.rs`).

mod envelope;
mod validate;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::eval::frame::Frame;
use crate::eval::Vm;
use crate::heap::Heap;
use crate::host::PendingCall;
use crate::value::Value;

/// Why snapshot bytes were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotError {
    pub message: String,
}

impl SnapshotError {
    pub fn new(message: impl Into<String>) -> SnapshotError {
        SnapshotError {
            message: message.into(),
        }
    }
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid snapshot: {}", self.message)
    }
}

impl std::error::Error for SnapshotError {}

/// Everything a suspended run is made of.
#[derive(Serialize, Deserialize)]
pub(crate) struct RunState {
    pub source: String,
    pub script_name: String,
    pub inputs: Vec<String>,
    pub externals: Vec<String>,
    pub async_externals: Vec<String>,
    pub main: u32,
    /// Checksum of the compiled program the state belongs to.
    pub program_fingerprint: u64,
    pub heap: Heap,
    pub frames: Vec<Frame>,
    pub globals: Vec<Value>,
    pub consts: Vec<Vec<Value>>,
    pub handled: Value,
    pub modules: Vec<(String, Value)>,
    pub depth: u32,
    pub output_total: u64,
    /// Steps used so far: a loaded run reaches its step limit where the original would.
    pub steps: u64,
    pub pending: PendingCall,
    /// Host futures the host has not resolved yet, and the id of the next external call.
    pub futures: Vec<crate::value::ObjId>,
    pub next_call_id: u32,
}

/// A fingerprint of a compiled program (its serialized form).
pub(crate) fn fingerprint(program: &crate::compile::code::Program) -> u64 {
    match postcard::to_allocvec(program) {
        Ok(bytes) => envelope::checksum(&bytes),
        Err(_) => 0,
    }
}

/// The state of a VM suspended at `pending`, with what is needed to compile its program again.
pub(crate) fn capture(vm: &Vm<'_>, pending: &PendingCall, script: ScriptInfo) -> RunState {
    let mut modules: Vec<(String, Value)> =
        vm.modules.iter().map(|(k, v)| (k.clone(), *v)).collect();
    modules.sort_by(|a, b| a.0.cmp(&b.0));
    RunState {
        source: script.source,
        script_name: script.script_name,
        inputs: script.inputs,
        externals: script.externals,
        async_externals: script.async_externals,
        main: script.main,
        program_fingerprint: fingerprint(&vm.program),
        heap: vm.heap.clone(),
        frames: vm.frames.clone(),
        globals: vm.globals.clone(),
        consts: vm.consts.clone(),
        handled: vm.handled,
        modules,
        depth: vm.depth,
        output_total: vm.output_total,
        steps: vm.steps,
        pending: pending.clone(),
        futures: vm.futures.clone(),
        next_call_id: vm.next_call_id,
    }
}

/// What identifies the snippet a state belongs to.
pub(crate) struct ScriptInfo {
    pub source: String,
    pub script_name: String,
    pub inputs: Vec<String>,
    pub externals: Vec<String>,
    pub async_externals: Vec<String>,
    pub main: u32,
}

pub(crate) fn encode(state: &RunState) -> Vec<u8> {
    // Serializing plain data into memory cannot fail; an empty payload would be refused on load.
    let payload = postcard::to_allocvec(state).unwrap_or_default();
    envelope::wrap(&payload)
}

/// Decodes and validates; `program` is the snippet compiled again from the state's source.
pub(crate) fn decode(bytes: &[u8]) -> Result<RunState, SnapshotError> {
    let payload = envelope::unwrap(bytes)?;
    postcard::from_bytes(payload)
        .map_err(|e| SnapshotError::new(format!("undecodable payload: {e}")))
}

/// Installs a validated state into a fresh VM for the same program.
pub(crate) fn install(vm: &mut Vm<'_>, state: RunState) -> Result<PendingCall, SnapshotError> {
    let refs = validate::StateRefs {
        fingerprint: state.program_fingerprint,
        heap: &state.heap,
        frames: &state.frames,
        globals: &state.globals,
        consts: &state.consts,
        handled: state.handled,
        modules: &state.modules,
        depth: state.depth,
        externals: &state.externals,
        async_externals: &state.async_externals,
    };
    validate::validate(&refs, &vm.program, true)?;
    validate::futures(&state.heap, &state.futures, &state.pending)?;
    vm.heap = state.heap;
    vm.heap.max_bytes = vm.limits.max_memory;
    vm.heap.max_allocations = vm.limits.max_allocations;
    vm.frames = state.frames;
    vm.globals = state.globals;
    vm.consts = state.consts;
    vm.handled = state.handled;
    vm.modules = state.modules.into_iter().collect::<HashMap<_, _>>();
    vm.depth = state.depth;
    vm.output_total = state.output_total;
    vm.steps = state.steps;
    match &state.pending {
        PendingCall::External(c) => vm.pending = Some(c.clone()),
        PendingCall::Os(op) => vm.pending_os = Some(op.clone()),
        PendingCall::Futures(_) => vm.awaiting_futures = true,
    }
    vm.futures = state.futures;
    vm.next_call_id = state.next_call_id;
    Ok(state.pending)
}

/// One step that shaped a session's program, replayed in order to compile it again on load.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) enum SessionOp {
    Feed {
        source: String,
        script_name: String,
        interactive: bool,
    },
    Declare {
        name: String,
    },
}

/// An idle session: its history and its heap and globals.
#[derive(Serialize, Deserialize)]
pub(crate) struct SessionState {
    pub ops: Vec<SessionOp>,
    pub program_fingerprint: u64,
    pub heap: Heap,
    pub globals: Vec<Value>,
    pub consts: Vec<Vec<Value>>,
    pub modules: Vec<(String, Value)>,
    pub output_total: u64,
}

pub(crate) fn capture_session(vm: &Vm<'_>, ops: &[SessionOp]) -> SessionState {
    let mut modules: Vec<(String, Value)> =
        vm.modules.iter().map(|(k, v)| (k.clone(), *v)).collect();
    modules.sort_by(|a, b| a.0.cmp(&b.0));
    SessionState {
        ops: ops.to_vec(),
        program_fingerprint: fingerprint(&vm.program),
        heap: vm.heap.clone(),
        globals: vm.globals.clone(),
        consts: vm.consts.clone(),
        modules,
        output_total: vm.output_total,
    }
}

/// Session snapshots use their own magic-free tag inside the same envelope.
pub(crate) fn encode_session(state: &SessionState) -> Vec<u8> {
    let payload = postcard::to_allocvec(&(SESSION_TAG, state)).unwrap_or_default();
    envelope::wrap(&payload)
}

pub(crate) fn decode_session(bytes: &[u8]) -> Result<SessionState, SnapshotError> {
    let payload = envelope::unwrap(bytes)?;
    let (tag, state): (u32, SessionState) = postcard::from_bytes(payload)
        .map_err(|e| SnapshotError::new(format!("undecodable payload: {e}")))?;
    if tag != SESSION_TAG {
        return Err(SnapshotError::new("not a session snapshot"));
    }
    Ok(state)
}

const SESSION_TAG: u32 = 0x5345_5353;

/// Installs a validated idle-session state into a fresh VM for the same program.
pub(crate) fn install_session(
    vm: &mut Vm<'_>,
    state: SessionState,
    externals: &[String],
) -> Result<(), SnapshotError> {
    let refs = validate::StateRefs {
        fingerprint: state.program_fingerprint,
        heap: &state.heap,
        frames: &[],
        globals: &state.globals,
        consts: &state.consts,
        handled: Value::None,
        modules: &state.modules,
        depth: 0,
        externals,
        async_externals: &[],
    };
    validate::validate(&refs, &vm.program, false)?;
    vm.heap = state.heap;
    vm.heap.max_bytes = vm.limits.max_memory;
    vm.heap.max_allocations = vm.limits.max_allocations;
    vm.globals = state.globals;
    vm.consts = state.consts;
    vm.modules = state.modules.into_iter().collect::<HashMap<_, _>>();
    vm.output_total = state.output_total;
    Ok(())
}
