//! How native operations fail: a Python exception (an instance in the heap), a limit that ends
//! the run, or an interpreter bug.

use crate::limits::LimitError;
use crate::value::Value;

#[derive(Clone, Debug)]
pub enum RtError {
    /// A raised Python exception instance.
    Exc(Value),
    /// Not catchable by the program.
    Limit(LimitError),
    /// A bug in Terrarium.
    Internal(String),
    /// `start` mode: the run stopped at an external call (in `Vm::pending`); its frames stay.
    Suspend,
}

impl From<LimitError> for RtError {
    fn from(e: LimitError) -> Self {
        RtError::Limit(e)
    }
}

pub type RtResult<T> = Result<T, RtError>;
