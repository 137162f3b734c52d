//! `MemoryFs`: a whole virtual machine in memory — files and directories, an environment map,
//! a fixed clock and deterministic seeded random bytes. Nothing touches the host.

use std::collections::BTreeMap;

use super::{join_parts, normalize, os_error, OsHandler, OsOp};
use crate::host::HostError;
use crate::object::Object;

#[derive(Clone, Debug, PartialEq)]
enum Node {
    File(Vec<u8>),
    Dir,
}

/// In-memory files, environment, clock and randomness.
#[derive(Clone, Debug)]
pub struct MemoryFs {
    /// Absolute normalized path → node; "/" is always a directory.
    nodes: BTreeMap<String, Node>,
    env: BTreeMap<String, String>,
    clock: f64,
    rng: u64,
    /// Largest total of file bytes held (writes past it fail with OSError ENOSPC-like errors).
    max_bytes: usize,
}

impl Default for MemoryFs {
    fn default() -> MemoryFs {
        MemoryFs::new()
    }
}

impl MemoryFs {
    /// An empty file system (only "/"), an empty environment, the clock at 0.0, seed 0.
    pub fn new() -> MemoryFs {
        let mut nodes = BTreeMap::new();
        nodes.insert("/".to_string(), Node::Dir);
        MemoryFs {
            nodes,
            env: BTreeMap::new(),
            clock: 0.0,
            rng: 0,
            max_bytes: 64 << 20,
        }
    }

    /// Adds a file (and its missing parent directories).
    pub fn with_file(mut self, path: &str, data: impl Into<Vec<u8>>) -> MemoryFs {
        if let Ok(parts) = normalize(path) {
            for i in 0..parts.len() {
                self.nodes
                    .entry(join_parts(&parts[..i]))
                    .or_insert(Node::Dir);
            }
            if !parts.is_empty() {
                self.nodes
                    .insert(join_parts(&parts), Node::File(data.into()));
            }
        }
        self
    }

    /// Sets an environment variable.
    pub fn with_env(mut self, name: &str, value: &str) -> MemoryFs {
        self.env.insert(name.to_string(), value.to_string());
        self
    }

    /// Sets what `time.time()` returns.
    pub fn with_clock(mut self, seconds: f64) -> MemoryFs {
        self.clock = seconds;
        self
    }

    /// Seeds the random bytes (the same seed gives the same bytes).
    pub fn with_seed(mut self, seed: u64) -> MemoryFs {
        self.rng = seed;
        self
    }

    pub fn set_clock(&mut self, seconds: f64) {
        self.clock = seconds;
    }

    pub fn set_env(&mut self, name: &str, value: &str) {
        self.env.insert(name.to_string(), value.to_string());
    }

    /// A file's contents, as the snippet left them.
    pub fn file(&self, path: &str) -> Option<&[u8]> {
        let key = join_parts(&normalize(path).ok()?);
        match self.nodes.get(&key)? {
            Node::File(d) => Some(d),
            Node::Dir => None,
        }
    }

    fn next_random(&mut self) -> u64 {
        // splitmix64
        self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// The key of `path` after checking that every ancestor is a directory.
    fn resolve(&self, path: &str) -> Result<(String, String), HostError> {
        let parts = normalize(path)?;
        for i in 1..parts.len() {
            match self.nodes.get(&join_parts(&parts[..i])) {
                Some(Node::Dir) => {}
                Some(Node::File(_)) => return Err(os_error(20, path)),
                None => return Err(os_error(2, path)),
            }
        }
        let parent = join_parts(&parts[..parts.len().saturating_sub(1)]);
        Ok((join_parts(&parts), parent))
    }

    fn used_bytes(&self) -> usize {
        self.nodes
            .values()
            .map(|n| match n {
                Node::File(d) => d.len(),
                Node::Dir => 0,
            })
            .sum()
    }

    fn children(&self, dir: &str) -> Vec<String> {
        let prefix = if dir == "/" {
            "/".to_string()
        } else {
            format!("{dir}/")
        };
        self.nodes
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .filter_map(|(k, _)| {
                let rest = &k[prefix.len()..];
                (!rest.is_empty() && !rest.contains('/')).then(|| rest.to_string())
            })
            .collect()
    }
}

impl OsHandler for MemoryFs {
    fn os_call(&mut self, op: &OsOp) -> Result<Object, HostError> {
        match op {
            OsOp::ReadFile { path } => {
                let (key, _) = self.resolve(path)?;
                match self.nodes.get(&key) {
                    Some(Node::File(d)) => Ok(Object::Bytes(d.clone())),
                    Some(Node::Dir) => Err(os_error(21, path)),
                    None => Err(os_error(2, path)),
                }
            }
            OsOp::WriteFile { path, data, append } => {
                let (key, _) = self.resolve(path)?;
                let old = match self.nodes.get(&key) {
                    Some(Node::Dir) => return Err(os_error(21, path)),
                    Some(Node::File(d)) => d.len(),
                    None => 0,
                };
                let grown = if *append {
                    data.len()
                } else {
                    data.len().saturating_sub(old)
                };
                if self.used_bytes().saturating_add(grown) > self.max_bytes {
                    return Err(HostError::new(
                        "OSError",
                        format!("[Errno 28] No space left on device: {}", super::quote(path)),
                    ));
                }
                match self.nodes.get_mut(&key) {
                    Some(Node::File(d)) if *append => d.extend_from_slice(data),
                    _ => {
                        self.nodes.insert(key, Node::File(data.clone()));
                    }
                }
                Ok(Object::None)
            }
            OsOp::Exists { path } | OsOp::IsFile { path } | OsOp::IsDir { path } => {
                let node = self
                    .resolve(path)
                    .ok()
                    .and_then(|(key, _)| self.nodes.get(&key));
                Ok(Object::Bool(match op {
                    OsOp::Exists { .. } => node.is_some(),
                    OsOp::IsFile { .. } => matches!(node, Some(Node::File(_))),
                    _ => matches!(node, Some(Node::Dir)),
                }))
            }
            OsOp::ListDir { path } => {
                let (key, _) = self.resolve(path)?;
                match self.nodes.get(&key) {
                    Some(Node::Dir) => Ok(Object::List(
                        self.children(&key).into_iter().map(Object::Str).collect(),
                    )),
                    Some(Node::File(_)) => Err(os_error(20, path)),
                    None => Err(os_error(2, path)),
                }
            }
            OsOp::MakeDir {
                path,
                parents,
                exist_ok,
            } => {
                let parts = normalize(path)?;
                if *parents {
                    for i in 1..parts.len() {
                        let k = join_parts(&parts[..i]);
                        match self.nodes.get(&k) {
                            Some(Node::Dir) => {}
                            Some(Node::File(_)) => return Err(os_error(20, path)),
                            None => {
                                self.nodes.insert(k, Node::Dir);
                            }
                        }
                    }
                }
                let (key, _) = self.resolve(path)?;
                match self.nodes.get(&key) {
                    Some(Node::Dir) if *exist_ok => Ok(Object::None),
                    Some(_) => Err(os_error(17, path)),
                    None => {
                        self.nodes.insert(key, Node::Dir);
                        Ok(Object::None)
                    }
                }
            }
            OsOp::Remove { path } => {
                let (key, _) = self.resolve(path)?;
                match self.nodes.get(&key) {
                    Some(Node::File(_)) => {
                        self.nodes.remove(&key);
                        Ok(Object::None)
                    }
                    Some(Node::Dir) => Err(os_error(21, path)),
                    None => Err(os_error(2, path)),
                }
            }
            OsOp::GetEnv { name } => Ok(self
                .env
                .get(name)
                .map_or(Object::None, |v| Object::Str(v.clone()))),
            OsOp::Environ => Ok(Object::Dict(
                self.env
                    .iter()
                    .map(|(k, v)| (Object::Str(k.clone()), Object::Str(v.clone())))
                    .collect(),
            )),
            OsOp::Time => Ok(Object::Float(self.clock)),
            OsOp::RandomBytes { n } => {
                if *n > 1 << 20 {
                    return Err(HostError::new(
                        "ValueError",
                        "at most 1 MiB of random bytes at once",
                    ));
                }
                let mut out = Vec::with_capacity(*n as usize);
                while out.len() < *n as usize {
                    let word = self.next_random().to_le_bytes();
                    let take = (*n as usize - out.len()).min(8);
                    out.extend_from_slice(&word[..take]);
                }
                Ok(Object::Bytes(out))
            }
        }
    }
}
