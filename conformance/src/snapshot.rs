//! Snapshot files in insta's `.snap` layout: a `---` delimited header naming the case and the
//! CPython that recorded it, then the rendered transcript verbatim. Only `cargo xtask record`
//! writes them.

/// What every header's `description` must start with: the CPython line that may record.
pub const RECORDER_PREFIX: &str = "recorded from CPython 3.13.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// The case file, relative to the workspace root.
    pub source: String,
    /// `recorded from CPython 3.13.0 (…)`.
    pub description: String,
    /// The rendered transcript.
    pub body: String,
}

impl Snapshot {
    pub fn new(source: &str, cpython_version: &str, body: String) -> Snapshot {
        Snapshot {
            source: source.to_string(),
            description: format!("recorded from CPython {cpython_version}"),
            body,
        }
    }

    pub fn format(&self) -> String {
        format!(
            "---\nsource: {}\ndescription: {}\n---\n{}",
            self.source, self.description, self.body
        )
    }

    pub fn parse(text: &str) -> Result<Snapshot, String> {
        let text = text.replace("\r\n", "\n");
        let rest = text
            .strip_prefix("---\n")
            .ok_or("snapshot does not start with a `---` header line")?;
        let end = rest
            .find("\n---\n")
            .ok_or("snapshot header is not closed by a `---` line")?;
        let (header, body) = (&rest[..end], &rest[end + "\n---\n".len()..]);
        let mut source = None;
        let mut description = None;
        for line in header.lines() {
            if let Some(v) = line.strip_prefix("source:") {
                source = Some(v.trim().to_string());
            } else if let Some(v) = line.strip_prefix("description:") {
                description = Some(v.trim().to_string());
            }
        }
        Ok(Snapshot {
            source: source.ok_or("snapshot header has no `source:`")?,
            description: description.ok_or("snapshot header has no `description:`")?,
            body: body.to_string(),
        })
    }

    /// Ok when the header says the snapshot was recorded from CPython 3.13, which is the only
    /// acceptable origin of expected output.
    pub fn check_recorder(&self) -> Result<(), String> {
        if self.description.starts_with(RECORDER_PREFIX) {
            Ok(())
        } else {
            Err(format!(
                "snapshot {} was not recorded from CPython 3.13 (description: {:?}); \
                 re-record it with `cargo xtask record`",
                self.source, self.description
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let snap = Snapshot::new(
            "conformance/cases/a/b.py",
            "3.13.0 (main)",
            "x\n---\ny\n".into(),
        );
        let text = snap.format();
        assert_eq!(Snapshot::parse(&text).unwrap(), snap);
        assert!(snap.check_recorder().is_ok());
    }

    #[test]
    fn empty_body() {
        let snap = Snapshot::new("c.py", "3.13.0", String::new());
        assert_eq!(Snapshot::parse(&snap.format()).unwrap().body, "");
    }

    #[test]
    fn crlf_files_are_read() {
        let text =
            "---\r\nsource: a.py\r\ndescription: recorded from CPython 3.13.0\r\n---\r\nhi\r\n";
        let snap = Snapshot::parse(text).unwrap();
        assert_eq!(snap.body, "hi\n");
    }

    #[test]
    fn header_without_cpython_version_is_refused() {
        let text = "---\nsource: a.py\ndescription: typed by hand\n---\nhi\n";
        let snap = Snapshot::parse(text).unwrap();
        assert!(snap.check_recorder().is_err());
        let old = "---\nsource: a.py\ndescription: recorded from CPython 3.12.1\n---\n";
        assert!(Snapshot::parse(old).unwrap().check_recorder().is_err());
    }

    #[test]
    fn malformed_headers() {
        assert!(Snapshot::parse("hello").is_err());
        assert!(Snapshot::parse("---\nsource: a\n").is_err());
        assert!(Snapshot::parse("---\nsource: a\n---\nbody").is_err());
        assert!(Snapshot::parse("---\ndescription: d\n---\nbody").is_err());
    }
}
