//! `HostMount`: host directories mapped at virtual mount points, read-only or with a
//! copy-on-write overlay held in memory (writes never reach the host). Escapes are refused:
//! virtual paths are normalized below "/", and any symlink on the host side is rejected.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{join_parts, normalize, os_error, OsHandler, OsOp};
use crate::host::HostError;
use crate::object::Object;

/// The largest host file a snippet may read (EFBIG past it).
const MAX_HOST_FILE: u64 = 1 << 30;

/// Whether a mount accepts writes (into the in-memory overlay).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MountMode {
    ReadOnly,
    /// Copy-on-write: the host directory is read, changes live in memory.
    Overlay,
}

#[derive(Clone, Debug)]
struct Mount {
    /// Virtual mount point, normalized components.
    at: Vec<String>,
    /// Canonical host root.
    root: PathBuf,
    mode: MountMode,
}

#[derive(Clone, Debug, PartialEq)]
enum Layer {
    File(Vec<u8>),
    Dir,
    /// Removed in the overlay.
    Gone,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    File,
    Dir,
}

/// Host directories at virtual mount points. Environment, clock and randomness are denied.
#[derive(Clone, Debug, Default)]
pub struct HostMount {
    mounts: Vec<Mount>,
    overlay: BTreeMap<String, Layer>,
}

impl HostMount {
    pub fn new() -> HostMount {
        HostMount::default()
    }

    /// Maps host directory `host_dir` at virtual path `at`. Fails if the directory does not exist.
    pub fn mount(
        mut self,
        host_dir: impl AsRef<Path>,
        at: &str,
        mode: MountMode,
    ) -> std::io::Result<HostMount> {
        let root = std::fs::canonicalize(host_dir.as_ref())?;
        if !root.is_dir() {
            return Err(std::io::Error::other(format!(
                "{} is not a directory",
                root.display()
            )));
        }
        let at = normalize(at).map_err(|e| std::io::Error::other(e.message))?;
        self.mounts.push(Mount { at, root, mode });
        // Longest mount point first, so nested mounts win.
        self.mounts.sort_by_key(|m| std::cmp::Reverse(m.at.len()));
        Ok(self)
    }

    /// The mount holding `parts` and the components below its mount point.
    fn find<'a>(&self, parts: &'a [String]) -> Option<(&Mount, &'a [String])> {
        self.mounts
            .iter()
            .find(|m| parts.len() >= m.at.len() && parts[..m.at.len()] == m.at[..])
            .map(|m| (m, &parts[m.at.len()..]))
    }

    /// Whether `parts` is a strict ancestor of a mount point (a virtual directory).
    fn is_mount_ancestor(&self, parts: &[String]) -> bool {
        self.mounts
            .iter()
            .any(|m| m.at.len() > parts.len() && m.at[..parts.len()] == parts[..])
    }

    /// The host path of `rel` under `m`, refusing symlinks and anything outside the root.
    fn host_path(m: &Mount, rel: &[String], shown: &str) -> Result<PathBuf, HostError> {
        let mut p = m.root.clone();
        for c in rel {
            p.push(c);
            match std::fs::symlink_metadata(&p) {
                Ok(md) if md.file_type().is_symlink() => return Err(os_error(13, shown)),
                Ok(_) => {}
                Err(_) => return Ok(p),
            }
        }
        match std::fs::canonicalize(&p) {
            Ok(c) if c.starts_with(&m.root) => Ok(p),
            Ok(_) => Err(os_error(13, shown)),
            Err(_) => Ok(p),
        }
    }

    fn kind(&self, parts: &[String], shown: &str) -> Result<Option<Kind>, HostError> {
        match self.overlay.get(&join_parts(parts)) {
            Some(Layer::File(_)) => return Ok(Some(Kind::File)),
            Some(Layer::Dir) => return Ok(Some(Kind::Dir)),
            Some(Layer::Gone) => return Ok(None),
            None => {}
        }
        if parts.is_empty() || self.is_mount_ancestor(parts) {
            return Ok(Some(Kind::Dir));
        }
        let Some((m, rel)) = self.find(parts) else {
            return Ok(None);
        };
        let p = Self::host_path(m, rel, shown)?;
        Ok(match std::fs::metadata(&p) {
            Ok(md) if md.is_dir() => Some(Kind::Dir),
            Ok(md) if md.is_file() => Some(Kind::File),
            _ => None,
        })
    }

    /// Checks that every ancestor of `parts` is a directory.
    fn check_parents(&self, parts: &[String], shown: &str) -> Result<(), HostError> {
        for i in 1..parts.len() {
            match self.kind(&parts[..i], shown)? {
                Some(Kind::Dir) => {}
                Some(Kind::File) => return Err(os_error(20, shown)),
                None => return Err(os_error(2, shown)),
            }
        }
        Ok(())
    }

    /// Refuses a change to `parts` unless it is inside an overlay mount.
    fn writable(&self, parts: &[String], shown: &str) -> Result<(), HostError> {
        match self.find(parts) {
            Some((m, rel)) if m.mode == MountMode::Overlay && !rel.is_empty() => Ok(()),
            Some((m, _)) if m.mode == MountMode::ReadOnly => Err(os_error(30, shown)),
            _ => Err(os_error(13, shown)),
        }
    }

    fn read(&self, parts: &[String], shown: &str) -> Result<Vec<u8>, HostError> {
        self.check_parents(parts, shown)?;
        match self.overlay.get(&join_parts(parts)) {
            Some(Layer::File(d)) => return Ok(d.clone()),
            Some(Layer::Dir) => return Err(os_error(21, shown)),
            Some(Layer::Gone) => return Err(os_error(2, shown)),
            None => {}
        }
        match self.kind(parts, shown)? {
            Some(Kind::Dir) => return Err(os_error(21, shown)),
            None => return Err(os_error(2, shown)),
            Some(Kind::File) => {}
        }
        let Some((m, rel)) = self.find(parts) else {
            return Err(os_error(2, shown));
        };
        let p = Self::host_path(m, rel, shown)?;
        // A huge host file would be read whole before the snippet's memory limit could refuse it.
        if std::fs::metadata(&p).is_ok_and(|md| md.len() > MAX_HOST_FILE) {
            return Err(os_error(27, shown));
        }
        std::fs::read(p).map_err(|_| os_error(13, shown))
    }

    fn list(&self, parts: &[String], shown: &str) -> Result<Vec<String>, HostError> {
        self.check_parents(parts, shown)?;
        match self.kind(parts, shown)? {
            Some(Kind::Dir) => {}
            Some(Kind::File) => return Err(os_error(20, shown)),
            None => return Err(os_error(2, shown)),
        }
        let mut names: Vec<String> = Vec::new();
        if !matches!(self.overlay.get(&join_parts(parts)), Some(Layer::Dir)) {
            if let Some((m, rel)) = self.find(parts) {
                let p = Self::host_path(m, rel, shown)?;
                if let Ok(rd) = std::fs::read_dir(p) {
                    for e in rd.flatten() {
                        if let Some(n) = e.file_name().to_str() {
                            names.push(n.to_string());
                        }
                    }
                }
            }
        }
        for m in &self.mounts {
            if m.at.len() > parts.len() && m.at[..parts.len()] == parts[..] {
                names.push(m.at[parts.len()].clone());
            }
        }
        let prefix = join_parts(parts);
        let prefix = if prefix == "/" { prefix } else { prefix + "/" };
        for (k, layer) in self.overlay.range(prefix.clone()..) {
            let Some(rest) = k.strip_prefix(&prefix) else {
                break;
            };
            if rest.is_empty() || rest.contains('/') {
                continue;
            }
            if *layer == Layer::Gone {
                names.retain(|n| n != rest);
            } else {
                names.push(rest.to_string());
            }
        }
        names.sort();
        names.dedup();
        Ok(names)
    }
}

impl OsHandler for HostMount {
    fn os_call(&mut self, op: &OsOp) -> Result<Object, HostError> {
        let shown = super::op_path(op).unwrap_or("");
        let parts = normalize(shown)?;
        match op {
            OsOp::ReadFile { .. } => self.read(&parts, shown).map(Object::Bytes),
            OsOp::Exists { .. } | OsOp::IsFile { .. } | OsOp::IsDir { .. } => {
                let k = match self.check_parents(&parts, shown) {
                    Ok(()) => self.kind(&parts, shown).unwrap_or(None),
                    Err(_) => None,
                };
                Ok(Object::Bool(match op {
                    OsOp::Exists { .. } => k.is_some(),
                    OsOp::IsFile { .. } => k == Some(Kind::File),
                    _ => k == Some(Kind::Dir),
                }))
            }
            OsOp::ListDir { .. } => Ok(Object::List(
                self.list(&parts, shown)?
                    .into_iter()
                    .map(Object::Str)
                    .collect(),
            )),
            OsOp::WriteFile { data, append, .. } => {
                self.check_parents(&parts, shown)?;
                let kind = self.kind(&parts, shown)?;
                if kind == Some(Kind::Dir) {
                    return Err(os_error(21, shown));
                }
                self.writable(&parts, shown)?;
                let mut content = if *append && kind == Some(Kind::File) {
                    self.read(&parts, shown)?
                } else {
                    Vec::new()
                };
                content.extend_from_slice(data);
                self.overlay
                    .insert(join_parts(&parts), Layer::File(content));
                Ok(Object::None)
            }
            OsOp::MakeDir {
                parents, exist_ok, ..
            } => {
                if *parents {
                    for i in 1..parts.len() {
                        match self.kind(&parts[..i], shown)? {
                            Some(Kind::Dir) => {}
                            Some(Kind::File) => return Err(os_error(20, shown)),
                            None => {
                                self.writable(&parts[..i], shown)?;
                                self.overlay.insert(join_parts(&parts[..i]), Layer::Dir);
                            }
                        }
                    }
                }
                self.check_parents(&parts, shown)?;
                match self.kind(&parts, shown)? {
                    Some(Kind::Dir) if *exist_ok => Ok(Object::None),
                    Some(_) => Err(os_error(17, shown)),
                    None => {
                        self.writable(&parts, shown)?;
                        self.overlay.insert(join_parts(&parts), Layer::Dir);
                        Ok(Object::None)
                    }
                }
            }
            OsOp::Remove { .. } => {
                self.check_parents(&parts, shown)?;
                match self.kind(&parts, shown)? {
                    Some(Kind::File) => {
                        self.writable(&parts, shown)?;
                        self.overlay.insert(join_parts(&parts), Layer::Gone);
                        Ok(Object::None)
                    }
                    Some(Kind::Dir) => Err(os_error(21, shown)),
                    None => Err(os_error(2, shown)),
                }
            }
            OsOp::GetEnv { .. } | OsOp::Environ | OsOp::Time | OsOp::RandomBytes { .. } => {
                super::DenyAll.os_call(op)
            }
        }
    }
}
