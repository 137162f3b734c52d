//! A conformance case: one `.py` file under `cases/<area>/`, with its optional `# xfail:` header.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// The directory under `cases/`: numbers, strings, classes …
    pub area: String,
    /// The file name without `.py`.
    pub topic: String,
    pub path: PathBuf,
    pub source: String,
    /// The reason given by a `# xfail: reason` header, if any.
    pub xfail: Option<String>,
}

impl Case {
    /// `area/topic`: the trial name and the key for filters.
    pub fn name(&self) -> String {
        format!("{}/{}", self.area, self.topic)
    }

    /// `area/topic.py`: the script name the program runs under, in both CPython and Terrarium,
    /// so traceback frame lines agree.
    pub fn script_name(&self) -> String {
        format!("{}/{}.py", self.area, self.topic)
    }

    /// Where the recorded snapshot of this case lives.
    pub fn snapshot_path(&self, snapshots_dir: &Path) -> PathBuf {
        snapshots_dir
            .join(&self.area)
            .join(format!("{}.snap", self.topic))
    }

    /// True when `filter` selects this case: a substring of `area/topic`.
    pub fn matches(&self, filter: Option<&str>) -> bool {
        filter.is_none_or(|f| self.name().contains(f))
    }
}

/// The reason of an `# xfail: reason` line among the comment lines that open the file.
/// Only the leading block of comments and blank lines is read, so a string or a later
/// comment mentioning xfail has no effect.
pub fn xfail_header(source: &str) -> Option<String> {
    for line in source.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(comment) = line.strip_prefix('#') else {
            break;
        };
        if let Some(reason) = comment.trim_start().strip_prefix("xfail:") {
            return Some(reason.trim().to_string());
        }
    }
    None
}

/// Every case under `cases_dir`, sorted by area then topic.
pub fn discover(cases_dir: &Path) -> io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    let mut areas: Vec<_> = fs::read_dir(cases_dir)?.collect::<Result<_, _>>()?;
    areas.sort_by_key(|e| e.file_name());
    for area in areas {
        if !area.file_type()?.is_dir() {
            continue;
        }
        let area_name = area.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(area.path())?.collect::<Result<_, _>>()?;
        files.sort_by_key(|e| e.file_name());
        for file in files {
            let path = file.path();
            if path.extension().and_then(|e| e.to_str()) != Some("py") {
                continue;
            }
            let topic = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let source = fs::read_to_string(&path)?;
            let xfail = xfail_header(&source);
            cases.push(Case {
                area: area_name.clone(),
                topic,
                path,
                source,
                xfail,
            });
        }
    }
    Ok(cases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xfail_header_in_leading_comments() {
        let src = "# checks big ints\n# xfail: big ints not yet supported\nprint(1)\n";
        assert_eq!(
            xfail_header(src).as_deref(),
            Some("big ints not yet supported")
        );
    }

    #[test]
    fn xfail_header_after_blank_lines() {
        assert_eq!(
            xfail_header("\n\n#xfail:  reason \nx = 1\n").as_deref(),
            Some("reason")
        );
    }

    #[test]
    fn xfail_after_code_is_ignored() {
        assert_eq!(xfail_header("x = 1\n# xfail: too late\n"), None);
        assert_eq!(xfail_header("print('# xfail: no')\n"), None);
    }

    #[test]
    fn no_header() {
        assert_eq!(xfail_header("# a comment\nprint(2)\n"), None);
        assert_eq!(xfail_header(""), None);
    }

    #[test]
    fn names_and_filters() {
        let case = Case {
            area: "numbers".into(),
            topic: "big_ints".into(),
            path: PathBuf::from("x"),
            source: String::new(),
            xfail: None,
        };
        assert_eq!(case.name(), "numbers/big_ints");
        assert_eq!(case.script_name(), "numbers/big_ints.py");
        assert!(case.matches(None));
        assert!(case.matches(Some("numbers/")));
        assert!(case.matches(Some("big")));
        assert!(!case.matches(Some("strings")));
        assert_eq!(
            case.snapshot_path(Path::new("snaps")),
            PathBuf::from("snaps/numbers/big_ints.snap")
        );
    }
}

/// A reason as a header line's text: one line, and never a PEP 263 encoding declaration
/// (CPython would read `coding: utf-16` in one of the first two lines as the file's encoding).
fn header_text(reason: &str) -> String {
    reason
        .replace('\n', " ")
        .replace("coding:", "coding :")
        .replace("coding=", "coding =")
}

/// The source with its `# xfail:` header set to `reason` (added after the opening comment
/// lines) or removed (`None`).
pub fn with_xfail(source: &str, reason: Option<&str>) -> String {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut out = String::with_capacity(source.len() + 64);
    let mut in_header = true;
    let mut inserted = reason.is_none();
    for line in &lines {
        let t = line.trim();
        if in_header {
            if let Some(c) = t.strip_prefix('#') {
                if c.trim_start().starts_with("xfail:") {
                    continue;
                }
                out.push_str(line);
                continue;
            }
            if !t.is_empty() || !inserted {
                in_header = false;
                if let Some(r) = reason.filter(|_| !inserted) {
                    out.push_str(&format!("# xfail: {}\n", header_text(r)));
                    inserted = true;
                }
            }
        }
        out.push_str(line);
    }
    if !inserted {
        if let Some(r) = reason {
            out.push_str(&format!("# xfail: {}\n", header_text(r)));
        }
    }
    out
}

#[cfg(test)]
mod xfail_edit_tests {
    use super::*;

    #[test]
    fn reasons_never_read_as_encoding_declarations() {
        let marked = with_xfail("# codecs\nprint(1)\n", Some("unknown encoding: utf-16-le"));
        assert!(!marked.contains("coding:"), "{marked}");
        assert_eq!(
            xfail_header(&marked).as_deref(),
            Some("unknown encoding : utf-16-le")
        );
    }

    #[test]
    fn adds_after_leading_comments_and_removes() {
        let src = "# checks ints\nprint(1)\n";
        let marked = with_xfail(src, Some("not yet"));
        assert_eq!(marked, "# checks ints\n# xfail: not yet\nprint(1)\n");
        assert_eq!(xfail_header(&marked).as_deref(), Some("not yet"));
        assert_eq!(with_xfail(&marked, None), src);
        let remarked = with_xfail(&marked, Some("other"));
        assert_eq!(remarked, "# checks ints\n# xfail: other\nprint(1)\n");
    }

    #[test]
    fn file_of_only_comments() {
        let marked = with_xfail("# only\n", Some("r"));
        assert_eq!(xfail_header(&marked).as_deref(), Some("r"));
    }
}
