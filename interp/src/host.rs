//! The only way out of the sandbox: external functions the host declares and answers. (OS
//! operations and the print sink arrive through the same door; see ARCHITECTURE.md §6.)

use crate::object::Object;

/// Answers the external functions a program calls, synchronously (`run` mode).
pub trait Host {
    /// `name(*args, **kwargs)`. An `Err` is raised in the program as the named exception.
    fn call(
        &mut self,
        name: &str,
        args: Vec<Object>,
        kwargs: Vec<(String, Object)>,
    ) -> Result<Object, HostError>;
}

/// An exception for the program: a builtin exception type by name (`ValueError`, `KeyError`,
/// `PermissionError` …; any other name is raised as RuntimeError) and its message.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct HostError {
    pub type_name: String,
    pub message: String,
}

impl HostError {
    pub fn new(type_name: impl Into<String>, message: impl Into<String>) -> HostError {
        HostError {
            type_name: type_name.into(),
            message: message.into(),
        }
    }
}

/// A call the program made to an external function, waiting for the host's answer.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ExternalCall {
    /// Numbers the calls of one run (0, 1, 2 …): how `Progress::Futures` names the calls
    /// left pending.
    pub id: u32,
    /// Declared async (`Script::compile_with_async`): the snippet awaits the answer, and the
    /// host may leave it pending (`Suspended::resume_pending`).
    pub is_async: bool,
    pub name: String,
    pub args: Vec<Object>,
    pub kwargs: Vec<(String, Object)>,
}

/// Any closure `FnMut(name, args, kwargs)` is a host.
impl<F> Host for F
where
    F: FnMut(&str, Vec<Object>, Vec<(String, Object)>) -> Result<Object, HostError>,
{
    fn call(
        &mut self,
        name: &str,
        args: Vec<Object>,
        kwargs: Vec<(String, Object)>,
    ) -> Result<Object, HostError> {
        self(name, args, kwargs)
    }
}

/// A borrowed host, for a VM that owns its host as a box.
pub(crate) struct HostRef<'a>(pub &'a mut dyn Host);

impl Host for HostRef<'_> {
    fn call(
        &mut self,
        name: &str,
        args: Vec<Object>,
        kwargs: Vec<(String, Object)>,
    ) -> Result<Object, HostError> {
        self.0.call(name, args, kwargs)
    }
}

/// What a suspended run waits on: an external function's answer or an OS operation's.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum PendingCall {
    External(ExternalCall),
    Os(crate::os::OsOp),
    /// The event loop has nothing to run until the host resolves one of these async calls.
    Futures(Vec<ExternalCall>),
}
