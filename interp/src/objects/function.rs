//! Python functions (code + defaults + closure cells) and generators (a suspended frame).

use serde::{Deserialize, Serialize};

use crate::eval::frame::Frame;
use crate::value::{ObjId, Value};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Function {
    /// Index of the code object in the program.
    pub code: u32,
    pub name: String,
    pub qualname: String,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters, by name.
    pub kwdefaults: Vec<(String, Value)>,
    /// Cells of the free variables, in the code's `freevars` order.
    pub closure: Vec<ObjId>,
    /// `__dict__`, created when an attribute is first set.
    pub dict: Option<ObjId>,
    pub doc: Value,
    /// `__annotations__`: a dict, or None until first asked for.
    pub annotations: Value,
}

impl Function {
    pub fn size_estimate(&self) -> u64 {
        ((self.defaults.len() + self.kwdefaults.len() + self.closure.len()) * 16
            + self.name.len()
            + self.qualname.len()) as u64
    }

    pub fn children(&self, out: &mut Vec<Value>) {
        out.extend_from_slice(&self.defaults);
        out.extend(self.kwdefaults.iter().map(|(_, v)| *v));
        out.extend(self.closure.iter().map(|c| Value::Obj(*c)));
        out.extend(self.dict.map(Value::Obj));
        out.push(self.doc);
        out.push(self.annotations);
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Done,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Generator {
    pub state: GenState,
    /// The suspended frame; taken out while the generator runs.
    pub frame: Option<Box<Frame>>,
    pub name: String,
    pub qualname: String,
    pub is_coroutine: bool,
    /// An async generator (`async def` with `yield`): driven only through the awaitables of
    /// `__anext__`, `asend`, `athrow` and `aclose` (`Obj::AgAwait`).
    pub is_async_gen: bool,
    /// An async generator already handed to the event loop's finalizer list.
    pub ag_hooked: bool,
}

impl Generator {
    pub fn size_estimate(&self) -> u64 {
        self.frame.as_ref().map_or(0, |f| f.size_estimate())
    }

    pub fn children(&self, out: &mut Vec<Value>) {
        if let Some(f) = &self.frame {
            f.children(out);
        }
    }
}
