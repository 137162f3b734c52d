//! The VM side of ranges whose bounds do not fit the fast `i64` form
//! (`range(10**30, 10**30 + 3)`): made only when needed, with big-int arithmetic for length,
//! indexing, membership and iteration. Slicing one is an OverflowError here (CPython allows it).

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::eval::{RtResult, Vm};
use crate::objects::big_range::BigRange;
use crate::objects::{IterState, Obj};
use crate::types::Ty;
use crate::value::Value;

/// Bounds up to this magnitude use the `i64` range, whose arithmetic then cannot overflow.
const FAST_LIMIT: u64 = 1 << 62;

fn ssize_overflow(vm: &mut Vm) -> crate::eval::RtError {
    vm.err(
        Ty::OverflowError,
        "Python int too large to convert to C ssize_t",
    )
}

impl Vm<'_> {
    /// `range(start, stop, step)` from already converted ints (step is not zero).
    pub fn new_range(&mut self, start: BigInt, stop: BigInt, step: BigInt) -> RtResult<Value> {
        let small = |n: &BigInt| n.to_i64().filter(|v| v.unsigned_abs() <= FAST_LIMIT);
        if let (Some(a), Some(b), Some(c)) = (small(&start), small(&stop), small(&step)) {
            return self.alloc(Obj::Range {
                start: a,
                stop: b,
                step: c,
            });
        }
        self.alloc(Obj::BigRange(Box::new(BigRange { start, stop, step })))
    }

    fn big_range_of(&self, v: Value) -> Option<BigRange> {
        match v.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::BigRange(r)) => Some((**r).clone()),
            _ => None,
        }
    }

    /// `len(r)`, which must fit a C ssize_t.
    pub fn big_range_len(&mut self, v: Value) -> RtResult<Option<usize>> {
        let Some(r) = self.big_range_of(v) else {
            return Ok(None);
        };
        match r.len().to_i64() {
            Some(n) => Ok(Some(n as usize)),
            None => Err(ssize_overflow(self)),
        }
    }

    /// Whether a big range is non-empty.
    pub fn big_range_truthy(&self, v: Value) -> Option<bool> {
        self.big_range_of(v).map(|r| r.len().is_positive())
    }

    /// `r[i]`; slices are refused.
    pub fn big_range_getitem(&mut self, v: Value, key: Value) -> RtResult<Option<Value>> {
        let Some(r) = self.big_range_of(v) else {
            return Ok(None);
        };
        if matches!(
            key.as_obj().map(|id| self.heap.get(id)),
            Some(Obj::Slice { .. })
        ) {
            return self.range_slice(&r, key).map(Some);
        }
        if matches!(key, Value::Float(_)) || self.num(key).is_none() && !self.has_index(key) {
            let tn = self.type_name(key);
            return Err(self.type_error(format!(
                "range indices must be integers or slices, not {tn}"
            )));
        }
        let i = crate::builtins::numeric::int_arg(self, key)?;
        let len = r.len();
        let i = if i.is_negative() { i + &len } else { i };
        if i.is_negative() || i >= len {
            return Err(self.err(Ty::IndexError, "range object index out of range"));
        }
        let v = r.at(&i);
        self.new_int(v).map(Some)
    }

    /// `r[a:b:c]` with big-int arithmetic (`compute_slice` in CPython's rangeobject.c).
    pub fn range_slice(&mut self, r: &BigRange, slice: Value) -> RtResult<Value> {
        let (start, stop, step) = self.big_slice_indices(slice, &r.len())?;
        let sub_start = r.at(&start);
        let sub_stop = r.at(&stop);
        let sub_step = &r.step * step;
        self.new_range(sub_start, sub_stop, sub_step)
    }

    /// `slice.indices(length)` for any length (`_PySlice_GetLongIndices`).
    fn big_slice_indices(
        &mut self,
        slice: Value,
        length: &BigInt,
    ) -> RtResult<(BigInt, BigInt, BigInt)> {
        let (a, b, c) = match slice.as_obj().map(|id| self.heap.get(id)) {
            Some(Obj::Slice { start, stop, step }) => (*start, *stop, *step),
            _ => return Err(self.internal("not a slice")),
        };
        let conv = |vm: &mut Vm, v: Value| -> RtResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            if matches!(v, Value::Float(_)) || vm.num(v).is_none() && !vm.has_index(v) {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ));
            }
            crate::builtins::numeric::int_arg(vm, v).map(Some)
        };
        let step = conv(self, c)?.unwrap_or_else(BigInt::one);
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), length - BigInt::one())
        } else {
            (BigInt::zero(), length.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| -> BigInt {
            match v {
                None => default.clone(),
                Some(i) => {
                    let i = if i.is_negative() { i + length } else { i };
                    if i < lower {
                        lower.clone()
                    } else if i > upper {
                        upper.clone()
                    } else {
                        i
                    }
                }
            }
        };
        let (start_default, stop_default) = if step.is_negative() {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let start = conv(self, a)?;
        let stop = conv(self, b)?;
        Ok((clamp(start, start_default), clamp(stop, stop_default), step))
    }

    fn has_index(&self, v: Value) -> bool {
        self.lookup_user_method(v, "__index__").is_some()
    }

    /// `x in r` for an int `x` (None: not a big range, or `x` not an int).
    pub fn big_range_contains(&self, v: Value, item: Value) -> Option<bool> {
        let r = self.big_range_of(v)?;
        let x = match self.num(item)? {
            crate::eval::ops::Num::Int(i) => BigInt::from(i),
            crate::eval::ops::Num::Big(b) => b,
            _ => return None,
        };
        if matches!(item, Value::Float(_)) {
            return None;
        }
        Some(r.contains(&x))
    }

    /// `iter(r)` or `reversed(r)` of a big range.
    pub fn big_range_iter(&mut self, v: Value, reverse: bool) -> RtResult<Option<Value>> {
        let Some(r) = self.big_range_of(v) else {
            return Ok(None);
        };
        let len = r.len();
        let (first, step) = if reverse {
            let last = if len.is_positive() {
                r.at(&(&len - BigInt::one()))
            } else {
                r.start.clone()
            };
            (last, -r.step.clone())
        } else {
            (r.start.clone(), r.step.clone())
        };
        let state = IterState::BigRange(Box::new(BigRange {
            start: first,
            stop: len,
            step,
        }));
        self.alloc(Obj::Iter(state)).map(Some)
    }

    /// One step of a big-range iterator (`stop` holds how many are left).
    pub fn big_range_next(
        &mut self,
        it: &BigRange,
    ) -> RtResult<(Option<Value>, Option<IterState>)> {
        if !it.stop.is_positive() {
            return Ok((None, Some(IterState::Done)));
        }
        let v = self.new_int(it.start.clone())?;
        let next = BigRange {
            start: &it.start + &it.step,
            stop: &it.stop - BigInt::one(),
            step: it.step.clone(),
        };
        Ok((Some(v), Some(IterState::BigRange(Box::new(next)))))
    }

    /// `r.start`, `r.stop`, `r.step`.
    pub fn big_range_attr(&mut self, v: Value, name: &str) -> RtResult<Option<Value>> {
        let Some(r) = self.big_range_of(v) else {
            return Ok(None);
        };
        let n = match name {
            "start" => r.start,
            "stop" => r.stop,
            "step" => r.step,
            _ => return Ok(None),
        };
        self.new_int(n).map(Some)
    }

    /// `repr(r)`.
    pub fn big_range_repr(&self, v: Value) -> Option<String> {
        let r = self.big_range_of(v)?;
        Some(if r.step.is_one() {
            format!("range({}, {})", r.start, r.stop)
        } else {
            format!("range({}, {}, {})", r.start, r.stop, r.step)
        })
    }

    /// Ranges are equal when they hold the same members.
    pub fn big_range_eq(&self, a: Value, b: Value) -> Option<bool> {
        let as_big = |v: Value| -> Option<BigRange> {
            match v.as_obj().map(|id| self.heap.get(id))? {
                Obj::BigRange(r) => Some((**r).clone()),
                Obj::Range { start, stop, step } => Some(BigRange {
                    start: BigInt::from(*start),
                    stop: BigInt::from(*stop),
                    step: BigInt::from(*step),
                }),
                _ => None,
            }
        };
        if self.big_range_of(a).is_none() && self.big_range_of(b).is_none() {
            return None;
        }
        let (x, y) = (as_big(a)?, as_big(b)?);
        let (lx, ly) = (x.len(), y.len());
        Some(if lx != ly {
            false
        } else if lx.is_zero() {
            true
        } else if lx.is_one() {
            x.start == y.start
        } else {
            x.start == y.start && x.step == y.step
        })
    }
}
