//! A range with big-int bounds (see `eval::big_range` for its behaviour).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use serde::{Deserialize, Serialize};

/// A range with big-int bounds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl BigRange {
    /// The number of members.
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - BigInt::one()) / step + BigInt::one()
    }

    /// The member at `i` (0 <= i < len).
    pub fn at(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    pub fn contains(&self, x: &BigInt) -> bool {
        let in_bounds = if self.step.is_positive() {
            &self.start <= x && x < &self.stop
        } else {
            &self.stop < x && x <= &self.start
        };
        in_bounds && (x - &self.start).mod_floor(&self.step).is_zero()
    }
}
