//! Slice assignment of bytearrays (`ba[1:3] = b"xy"`, extended slices of equal length) and
//! subscripting of memoryviews.

use crate::eval::{RtResult, Vm};
use crate::objects::Obj;
use crate::value::{ObjId, Value};

impl Vm<'_> {
    /// `m[i]` (an int) and `m[a:b:c]` (a new view) of a memoryview over the bytes `of`.
    pub(crate) fn memoryview_getitem(&mut self, of: ObjId, key: Value) -> RtResult<Value> {
        let data = match self.heap.get(of) {
            Obj::Bytes(b) | Obj::ByteArray(b) => b.clone(),
            _ => Vec::new(),
        };
        let is_slice = matches!(
            key.as_obj().map(|id| self.heap.get(id)),
            Some(Obj::Slice { .. })
        );
        if is_slice {
            let sl = self.slice_indices(key, data.len())?;
            let part: Vec<u8> = sl.indices().filter_map(|i| data.get(i).copied()).collect();
            let b = self.heap.alloc(Obj::Bytes(part))?;
            return self.alloc(Obj::MemoryView(b));
        }
        if !matches!(key, Value::Int(_) | Value::Bool(_)) {
            return Err(self.type_error("memoryview: invalid slice key"));
        }
        let i = self.index_of(key)?;
        let n = data.len() as i64;
        let j = if i < 0 { i + n } else { i };
        match usize::try_from(j).ok().and_then(|j| data.get(j)) {
            Some(b) => Ok(Value::Int(i64::from(*b))),
            None => Err(self.err(
                crate::types::Ty::IndexError,
                "index out of bounds on dimension 1",
            )),
        }
    }

    /// `ba[i:j:k] = v` for a bytearray.
    pub(crate) fn bytearray_set_slice(
        &mut self,
        id: ObjId,
        key: Value,
        len: usize,
        v: Value,
    ) -> RtResult<()> {
        let sl = self.slice_indices(key, len)?;
        let new = match crate::builtins::methods::bytes_like(self, v) {
            Some(b) => b,
            None if matches!(v, Value::Int(_)) || self.str_of(v).is_some() => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            None => crate::builtins::methods::bytes_from_object(self, v)?,
        };
        let Obj::ByteArray(cur) = self.heap.get(id) else {
            return Ok(());
        };
        let mut data = cur.clone();
        if sl.step == 1 {
            let start = sl.start.max(0) as usize;
            let end = (start + sl.len).min(data.len());
            data.splice(start..end, new);
        } else {
            if new.len() != sl.len {
                return Err(self.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    sl.len
                )));
            }
            for (i, b) in sl.indices().zip(new) {
                data[i] = b;
            }
        }
        self.heap.charge(data.len() as u64)?;
        if let Obj::ByteArray(b) = self.heap.get_mut(id) {
            *b = data;
        }
        Ok(())
    }
}
