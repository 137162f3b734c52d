//! Host futures: calls of async external functions. In a `start()` run a call does not
//! suspend; it gives a pending future, and when the `asyncio` event loop has nothing left to
//! run it waits (`_terrarium_host.wait()`), suspending the run with every pending call
//! (`Progress::Futures`) until the host resolves one or more of them. In a `run()` with a host
//! the host answers at the call and the future is already resolved.

use crate::eval::{RtError, RtResult, Vm};
use crate::host::{ExternalCall, HostError};
use crate::object::Object;
use crate::objects::{FutureState, HostFuture, Obj};
use crate::types::Ty;
use crate::value::{ObjId, Value};

impl Vm<'_> {
    /// A host future for call `id`.
    pub fn new_host_future(
        &mut self,
        id: u32,
        name: String,
        state: FutureState,
    ) -> RtResult<Value> {
        self.alloc(Obj::HostFuture(Box::new(HostFuture {
            id,
            name,
            state,
            args: Vec::new(),
            kwargs: Vec::new(),
        })))
    }

    /// `await` reached a host future at a YieldFrom: its value, its exception, or None while
    /// it is pending.
    pub(crate) fn host_future_outcome(&mut self, id: ObjId) -> Option<RtResult<Value>> {
        match self.heap.get(id) {
            Obj::HostFuture(f) => match f.state {
                FutureState::Pending => None,
                FutureState::Done(v) => Some(Ok(v)),
                FutureState::Failed(e) => Some(Err(RtError::Exc(e))),
            },
            _ => Some(Err(RtError::Internal("not a host future".into()))),
        }
    }

    /// `_terrarium_host.wait()`: suspends until the host resolves pending host futures.
    pub fn wait_for_host_futures(&mut self) -> RtResult<Value> {
        if self.futures.is_empty() {
            return Err(self.err(
                Ty::RuntimeError,
                "no host call is pending: nothing to wait for",
            ));
        }
        if !self.suspendable || self.host.is_some() {
            return Err(self.err(
                Ty::RuntimeError,
                "host futures are pending but this run cannot suspend to wait for them",
            ));
        }
        if self.reentry > 0 {
            return Err(self.err(
                Ty::RuntimeError,
                "the event loop waits for host futures from code run by a builtin (a sort key, a \
                 generator consumed by list(), a dunder method …), where a start()/resume() run \
                 cannot suspend; run the event loop at top level",
            ));
        }
        self.awaiting_futures = true;
        Err(RtError::Suspend)
    }

    /// A call's arguments as the host sees them.
    #[allow(clippy::type_complexity)]
    pub(crate) fn call_objects(
        &mut self,
        args: Vec<Value>,
        kwargs: Vec<(Value, Value)>,
    ) -> RtResult<(Vec<Object>, Vec<(String, Object)>)> {
        let mut oargs = Vec::with_capacity(args.len());
        for a in args {
            oargs.push(self.value_to_object(a)?);
        }
        let mut okw = Vec::with_capacity(kwargs.len());
        for (k, v) in kwargs {
            let key = self.str_of(k).unwrap_or_default().to_string();
            okw.push((key, self.value_to_object(v)?));
        }
        Ok((oargs, okw))
    }

    /// The calls the host is asked to resolve, with their arguments as they are now.
    pub fn pending_future_calls(&mut self) -> RtResult<Vec<ExternalCall>> {
        let mut calls = Vec::with_capacity(self.futures.len());
        for fid in self.futures.clone() {
            let (id, name, args, kwargs) = match self.heap.get(fid) {
                Obj::HostFuture(f) => (f.id, f.name.clone(), f.args.clone(), f.kwargs.clone()),
                _ => return Err(RtError::Internal("a pending future is not a future".into())),
            };
            let (oargs, okw) = self.call_objects(args, kwargs)?;
            calls.push(ExternalCall {
                id,
                is_async: true,
                name,
                args: oargs,
                kwargs: okw,
            });
        }
        Ok(calls)
    }

    /// Checks answers for pending futures: at least one, each for a pending call, none twice.
    pub fn check_future_answers(&self, ids: &[u32]) -> Result<(), String> {
        if ids.is_empty() {
            return Err("resume_futures needs at least one answer".into());
        }
        let pending: Vec<u32> = self
            .futures
            .iter()
            .filter_map(|fid| match self.heap.get(*fid) {
                Obj::HostFuture(f) => Some(f.id),
                _ => None,
            })
            .collect();
        for (i, id) in ids.iter().enumerate() {
            if !pending.contains(id) {
                return Err(format!("call {id} is not a pending host future"));
            }
            if ids[..i].contains(id) {
                return Err(format!("call {id} is answered twice"));
            }
        }
        Ok(())
    }

    /// Resolves pending futures with the host's answers (checked by `check_future_answers`).
    pub fn resolve_futures(
        &mut self,
        answers: Vec<(u32, Result<Object, HostError>)>,
    ) -> RtResult<()> {
        for (id, answer) in answers {
            let Some(pos) = self
                .futures
                .iter()
                .position(|fid| matches!(self.heap.get(*fid), Obj::HostFuture(f) if f.id == id))
            else {
                return Err(RtError::Internal(format!("no pending future {id}")));
            };
            let fid = self.futures[pos];
            let state = match answer {
                Ok(obj) => match self.object_to_value(&obj) {
                    Ok(v) => FutureState::Done(v),
                    Err(RtError::Exc(e)) => FutureState::Failed(e),
                    Err(other) => return Err(other),
                },
                Err(e) => FutureState::Failed(self.host_exception(&e.type_name, &e.message)?),
            };
            self.futures.remove(pos);
            if let Obj::HostFuture(f) = self.heap.get_mut(fid) {
                f.state = state;
                f.args = Vec::new();
                f.kwargs = Vec::new();
            }
        }
        Ok(())
    }
}
