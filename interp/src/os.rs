//! The OS layer: file, environment, clock and randomness operations a snippet asks for, which
//! the host answers like external calls (ARCHITECTURE.md §6). Paths are virtual POSIX paths.

mod host_mount;
mod memory_fs;

pub use host_mount::{HostMount, MountMode};
pub use memory_fs::MemoryFs;

use crate::host::HostError;
use crate::object::Object;

/// One operation on the (virtual) machine. Paths are as the snippet wrote them; handlers
/// resolve them with [`normalize`] and quote them unchanged in error messages, as CPython does.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum OsOp {
    /// → `Bytes`
    ReadFile { path: String },
    /// → `None`
    WriteFile {
        path: String,
        data: Vec<u8>,
        append: bool,
    },
    /// → `Bool`
    Exists { path: String },
    /// → `Bool`
    IsFile { path: String },
    /// → `Bool`
    IsDir { path: String },
    /// → `List` of `Str` (entry names)
    ListDir { path: String },
    /// → `None`
    MakeDir {
        path: String,
        parents: bool,
        exist_ok: bool,
    },
    /// Removes a file → `None`
    Remove { path: String },
    /// → `Str` or `None`
    GetEnv { name: String },
    /// → `Dict` of `Str` to `Str`
    Environ,
    /// Seconds since the epoch → `Float`
    Time,
    /// → `Bytes` of length `n`
    RandomBytes { n: u64 },
}

impl OsOp {
    /// What the operation does, for "… is not permitted in the sandbox".
    pub fn describe(&self) -> String {
        match self {
            OsOp::ReadFile { path } => format!("reading {}", quote(path)),
            OsOp::WriteFile { path, .. } => format!("writing {}", quote(path)),
            OsOp::Exists { path } | OsOp::IsFile { path } | OsOp::IsDir { path } => {
                format!("inspecting {}", quote(path))
            }
            OsOp::ListDir { path } => format!("listing {}", quote(path)),
            OsOp::MakeDir { path, .. } => format!("creating directory {}", quote(path)),
            OsOp::Remove { path } => format!("removing {}", quote(path)),
            OsOp::GetEnv { .. } | OsOp::Environ => "reading the environment".into(),
            OsOp::Time => "reading the clock".into(),
            OsOp::RandomBytes { .. } => "reading random bytes".into(),
        }
    }
}

/// Answers OS operations. An `Err` is raised in the snippet as the named builtin exception.
pub trait OsHandler {
    fn os_call(&mut self, op: &OsOp) -> Result<Object, HostError>;
}

/// The default: every operation fails with a catchable PermissionError.
#[derive(Clone, Copy, Debug, Default)]
pub struct DenyAll;

impl OsHandler for DenyAll {
    fn os_call(&mut self, op: &OsOp) -> Result<Object, HostError> {
        Err(HostError::new(
            "PermissionError",
            format!("{} is not permitted in the sandbox", op.describe()),
        ))
    }
}

/// A borrowed handler, for a VM that holds its handler in a box.
pub(crate) struct Borrowed<'a>(pub &'a mut dyn OsHandler);

impl OsHandler for Borrowed<'_> {
    fn os_call(&mut self, op: &OsOp) -> Result<Object, HostError> {
        self.0.os_call(op)
    }
}

/// Any closure `FnMut(&OsOp)` is an OS handler.
impl<F> OsHandler for F
where
    F: FnMut(&OsOp) -> Result<Object, HostError>,
{
    fn os_call(&mut self, op: &OsOp) -> Result<Object, HostError> {
        self(op)
    }
}

/// A path as Python's `repr` shows a str (CPython quotes file names this way in messages).
pub fn quote(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `[Errno n] text: 'path'` as the OSError subclass CPython raises for errno `n`.
pub fn os_error(errno: u32, path: &str) -> HostError {
    let (type_name, text) = match errno {
        2 => ("FileNotFoundError", "No such file or directory"),
        13 => ("PermissionError", "Permission denied"),
        17 => ("FileExistsError", "File exists"),
        20 => ("NotADirectoryError", "Not a directory"),
        21 => ("IsADirectoryError", "Is a directory"),
        27 => ("OSError", "File too large"),
        30 => ("OSError", "Read-only file system"),
        39 => ("OSError", "Directory not empty"),
        _ => ("OSError", "Input/output error"),
    };
    HostError::new(
        type_name,
        format!("[Errno {errno}] {text}: {}", quote(path)),
    )
}

/// The components of a virtual path: relative paths start at "/", "." is dropped and ".."
/// removes the previous component but never climbs above "/". A NUL byte is refused, as the
/// OS refuses it (ValueError "embedded null byte").
pub fn normalize(path: &str) -> Result<Vec<String>, HostError> {
    if path.contains('\0') {
        return Err(HostError::new("ValueError", "embedded null byte"));
    }
    let mut parts: Vec<String> = Vec::new();
    for comp in path.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c.to_string()),
        }
    }
    Ok(parts)
}

/// The normalized absolute form of a virtual path ("/" for the root).
pub fn absolute(path: &str) -> Result<String, HostError> {
    Ok(join_parts(&normalize(path)?))
}

pub(crate) fn join_parts(parts: &[String]) -> String {
    if parts.is_empty() {
        return "/".into();
    }
    let mut s = String::new();
    for p in parts {
        s.push('/');
        s.push_str(p);
    }
    s
}

/// The path of `op`, if it has one.
pub fn op_path(op: &OsOp) -> Option<&str> {
    match op {
        OsOp::ReadFile { path }
        | OsOp::WriteFile { path, .. }
        | OsOp::Exists { path }
        | OsOp::IsFile { path }
        | OsOp::IsDir { path }
        | OsOp::ListDir { path }
        | OsOp::MakeDir { path, .. }
        | OsOp::Remove { path } => Some(path),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_never_climbs_above_root() {
        assert_eq!(absolute("../../etc/passwd").unwrap(), "/etc/passwd");
        assert_eq!(absolute("a/./b/../c").unwrap(), "/a/c");
        assert_eq!(absolute("").unwrap(), "/");
        assert_eq!(absolute("/..").unwrap(), "/");
        assert!(absolute("a\0b").is_err());
    }

    #[test]
    fn quoting_follows_repr() {
        assert_eq!(quote("x"), "'x'");
        assert_eq!(quote("it's"), "\"it's\"");
        assert_eq!(
            os_error(2, "x").message,
            "[Errno 2] No such file or directory: 'x'"
        );
    }
}
