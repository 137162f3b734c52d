//! Finding the real CPython 3.13 binary (not the pyenv shim, which adds ~150 ms per launch).

use std::path::PathBuf;
use std::process::Command;

/// `TERRARIUM_CPYTHON` if set, else pyenv's 3.13.0 install.
pub fn find() -> Result<PathBuf, String> {
    if let Some(path) = std::env::var_os("TERRARIUM_CPYTHON") {
        return Ok(PathBuf::from(path));
    }
    let root = Command::new("pyenv")
        .arg("root")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOME").ok().map(|h| format!("{h}/.pyenv")))
        .ok_or("cannot locate pyenv: set TERRARIUM_CPYTHON to a CPython 3.13 binary")?;
    let path = PathBuf::from(root).join("versions/3.13.0/bin/python3");
    if path.exists() {
        Ok(path)
    } else {
        Err(format!(
            "{} not found: install CPython 3.13.0 with pyenv or set TERRARIUM_CPYTHON",
            path.display()
        ))
    }
}

/// The full `sys.version` of the binary, refusing anything but 3.13.
pub fn version(python: &PathBuf) -> Result<String, String> {
    let out = Command::new(python)
        .args([
            "-S",
            "-c",
            "import sys; print(sys.version.replace('\\n', ' '))",
        ])
        .output()
        .map_err(|e| format!("cannot run {}: {e}", python.display()))?;
    let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if !version.starts_with("3.13.") {
        return Err(format!(
            "{} is Python {version}, not 3.13",
            python.display()
        ));
    }
    Ok(version)
}
