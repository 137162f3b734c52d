//! The arena that owns every heap object, addressed by `ObjId`. Allocation is charged to the
//! memory budget when it happens; the live size is recounted exactly at each collection, so the
//! small estimates made by growing containers cannot drift.

use serde::{Deserialize, Serialize};

use crate::limits::{LimitError, LimitKind};
use crate::objects::Obj;
use crate::value::{ObjId, Value};

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Heap {
    slots: Vec<Option<Obj>>,
    /// For each slot, the allocation count when its object was made: collections inside a
    /// nested run keep every object older than the run (native code below may hold it).
    births: Vec<u64>,
    free: Vec<u32>,
    /// Live bytes found by the last collection: the next one waits for as much again.
    pub live_after_gc: u64,
    /// What `get_mut` hands out for a dangling id, so a bug cannot abort the process.
    #[serde(skip)]
    scratch: Obj,
    /// Estimated bytes held by live objects.
    pub bytes: u64,
    /// Bytes allocated since the last collection: the collector's trigger.
    pub since_gc: u64,
    pub allocations: u64,
    pub max_bytes: Option<u64>,
    pub max_allocations: Option<u64>,
}

impl Heap {
    pub fn new(max_bytes: Option<u64>, max_allocations: Option<u64>) -> Heap {
        Heap {
            max_bytes,
            max_allocations,
            ..Heap::default()
        }
    }

    /// Charges `bytes` to the budget, failing when the limit would be exceeded.
    pub fn charge(&mut self, bytes: u64) -> Result<(), LimitError> {
        let total = self.bytes.saturating_add(bytes);
        if let Some(max) = self.max_bytes {
            if total > max {
                return Err(LimitError {
                    kind: LimitKind::Memory,
                    limit: max,
                });
            }
        }
        self.bytes = total;
        self.since_gc = self.since_gc.saturating_add(bytes);
        Ok(())
    }

    /// Checks, before allocating, that `bytes` more would fit.
    pub fn check_fits(&self, bytes: u64) -> Result<(), LimitError> {
        match self.max_bytes {
            Some(max) if self.bytes.saturating_add(bytes) > max => Err(LimitError {
                kind: LimitKind::Memory,
                limit: max,
            }),
            _ => Ok(()),
        }
    }

    pub fn alloc(&mut self, obj: Obj) -> Result<ObjId, LimitError> {
        self.charge(obj.size_estimate())?;
        self.allocations += 1;
        if let Some(max) = self.max_allocations {
            if self.allocations > max {
                return Err(LimitError {
                    kind: LimitKind::Allocations,
                    limit: max,
                });
            }
        }
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = Some(obj);
            self.births[i as usize] = self.allocations;
            Ok(ObjId(i))
        } else {
            if self.slots.len() >= u32::MAX as usize - 1 {
                return Err(LimitError {
                    kind: LimitKind::Allocations,
                    limit: u32::MAX as u64,
                });
            }
            self.slots.push(Some(obj));
            self.births.push(self.allocations);
            Ok(ObjId((self.slots.len() - 1) as u32))
        }
    }

    /// The object behind `id`. A dangling id is an interpreter bug, never the program's fault,
    /// and validated snapshots cannot contain one.
    #[inline]
    pub fn get(&self, id: ObjId) -> &Obj {
        match self.slots.get(id.index()) {
            Some(Some(obj)) => obj,
            _ => &Obj::Freed,
        }
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> &mut Obj {
        match self.slots.get_mut(id.index()) {
            Some(Some(obj)) => obj,
            _ => {
                self.scratch = Obj::Freed;
                &mut self.scratch
            }
        }
    }

    pub fn is_live(&self, id: ObjId) -> bool {
        matches!(self.slots.get(id.index()), Some(Some(_)))
    }

    /// The live objects with their ids (for validating snapshots).
    pub fn live(&self) -> impl Iterator<Item = (ObjId, &Obj)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.as_ref().map(|o| (ObjId(i as u32), o)))
    }

    /// Checks the heap's own bookkeeping (for data from an untrusted snapshot): parallel tables
    /// of one length, free slots that are free and listed once.
    pub fn validate(&self) -> Result<(), String> {
        if self.births.len() != self.slots.len() {
            return Err("heap tables differ in length".into());
        }
        if self.slots.len() >= u32::MAX as usize - 1 {
            return Err("heap too large".into());
        }
        let mut seen = vec![false; self.slots.len()];
        for &i in &self.free {
            match (self.slots.get(i as usize), seen.get_mut(i as usize)) {
                (Some(None), Some(s)) if !*s => *s = true,
                _ => return Err("heap free list is inconsistent".into()),
            }
        }
        Ok(())
    }

    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Frees every object not marked, and recounts the live bytes.
    pub fn sweep(&mut self, marked: &[bool]) {
        let mut live = 0u64;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if let Some(obj) = slot {
                if marked.get(i).copied().unwrap_or(false) {
                    live += obj.size_estimate();
                } else {
                    *slot = None;
                    self.free.push(i as u32);
                }
            }
        }
        self.bytes = live;
        self.live_after_gc = live;
        self.since_gc = 0;
    }

    /// Whether enough was allocated since the last collection for another to pay off: as much
    /// again as was live (so collecting stays linear overall), but sooner near the memory limit.
    /// `slack` multiplies the interval for collections that can free only part of the garbage.
    pub fn wants_collection(&self, min_interval: u64, slack: u64) -> bool {
        let mut due = self.live_after_gc.max(min_interval).saturating_mul(slack);
        if let Some(max) = self.max_bytes {
            // Near the limit collect sooner, but not so often that collecting dominates.
            let floor = (max / 64).clamp(64 * 1024, 1024 * 1024);
            due = due.min((max.saturating_sub(self.live_after_gc) / 2).max(floor));
        }
        self.since_gc >= due
    }

    /// Marks everything reachable from `roots` and from every object allocated before the
    /// allocation count `born_before` (0: none). Iterative, so deep structures cannot overflow.
    pub fn mark(&self, roots: impl IntoIterator<Item = Value>, born_before: u64) -> Vec<bool> {
        let mut marked = vec![false; self.slots.len()];
        let mut stack: Vec<ObjId> = roots.into_iter().filter_map(Value::as_obj).collect();
        if born_before > 0 {
            for (i, (slot, born)) in self.slots.iter().zip(&self.births).enumerate() {
                if slot.is_some() && *born < born_before {
                    stack.push(ObjId(i as u32));
                }
            }
        }
        let mut children = Vec::new();
        while let Some(id) = stack.pop() {
            match marked.get_mut(id.index()) {
                Some(m) if !*m => *m = true,
                _ => continue,
            }
            if let Some(Some(obj)) = self.slots.get(id.index()) {
                children.clear();
                obj.children(&mut children);
                stack.extend(children.iter().filter_map(|v| v.as_obj()));
            }
        }
        marked
    }
}
