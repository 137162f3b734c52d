//! The snapshot envelope: magic, format version, interpreter version, payload length and a
//! checksum, then the payload. Unwrapping checks each before anything reads the payload.

use super::SnapshotError;

const MAGIC: &[u8; 8] = b"TRRMSNAP";
/// Bumped whenever the payload layout changes.
pub const FORMAT_VERSION: u32 = 4;
const INTERPRETER_VERSION: &str = env!("CARGO_PKG_VERSION");

/// FNV-1a, 64 bits: detects accidental corruption (not an authentication code).
pub fn checksum(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

pub fn wrap(payload: &[u8]) -> Vec<u8> {
    let version = INTERPRETER_VERSION.as_bytes();
    let mut out = Vec::with_capacity(payload.len() + 40 + version.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(version.len() as u16).to_le_bytes());
    out.extend_from_slice(version);
    out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

fn take<'a>(bytes: &mut &'a [u8], n: usize, what: &str) -> Result<&'a [u8], SnapshotError> {
    if bytes.len() < n {
        return Err(SnapshotError::new(format!(
            "truncated snapshot (in the {what})"
        )));
    }
    let (head, rest) = bytes.split_at(n);
    *bytes = rest;
    Ok(head)
}

fn array<const N: usize>(bytes: &mut &[u8], what: &str) -> Result<[u8; N], SnapshotError> {
    let head = take(bytes, N, what)?;
    let mut a = [0u8; N];
    a.copy_from_slice(head);
    Ok(a)
}

/// The payload of a well-formed envelope from this interpreter version.
pub fn unwrap(mut bytes: &[u8]) -> Result<&[u8], SnapshotError> {
    if take(&mut bytes, MAGIC.len(), "header")? != MAGIC {
        return Err(SnapshotError::new("not a Terrarium snapshot (bad magic)"));
    }
    let format = u32::from_le_bytes(array(&mut bytes, "header")?);
    if format != FORMAT_VERSION {
        return Err(SnapshotError::new(format!(
            "snapshot format {format} is not supported (this build reads format {FORMAT_VERSION})"
        )));
    }
    let vlen = u16::from_le_bytes(array(&mut bytes, "header")?) as usize;
    let version = take(&mut bytes, vlen, "header")?;
    if version != INTERPRETER_VERSION.as_bytes() {
        return Err(SnapshotError::new(format!(
            "snapshot written by Terrarium {}, this is {INTERPRETER_VERSION}",
            String::from_utf8_lossy(version)
        )));
    }
    let len = u64::from_le_bytes(array(&mut bytes, "header")?);
    let sum = u64::from_le_bytes(array(&mut bytes, "header")?);
    if len != bytes.len() as u64 {
        return Err(SnapshotError::new(format!(
            "snapshot length mismatch: header says {len} bytes, {} present",
            bytes.len()
        )));
    }
    if checksum(bytes) != sum {
        return Err(SnapshotError::new(
            "snapshot checksum mismatch (corrupted data)",
        ));
    }
    Ok(bytes)
}
