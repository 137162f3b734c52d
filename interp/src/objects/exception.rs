//! What an exception instance carries beyond its attributes: args, traceback, chaining.

use serde::{Deserialize, Serialize};

use crate::value::Value;

/// One traceback entry: where a frame was when the exception passed through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TbEntry {
    /// Index of the code object in the program.
    pub code: u32,
    pub line: u32,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ExcData {
    /// A tuple.
    pub args: Value,
    /// Outermost frame first, as printed.
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// A list of note strings, or `None`.
    pub notes: Value,
}

impl ExcData {
    pub fn new(args: Value) -> ExcData {
        ExcData {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            notes: Value::None,
        }
    }

    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend([self.args, self.cause, self.context, self.notes]);
    }
}
