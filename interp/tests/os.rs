//! The OS layer: files, environment, clock and randomness reach the snippet only through an
//! OS handler — denied by default, in memory (`MemoryFs`), or a host directory mounted
//! read-only or with an in-memory overlay (`HostMount`) that cannot be escaped — answered
//! synchronously (`run_with_os`) or by suspending the run (`start`, `Progress::OsCall`).
//! Expected outputs were produced by CPython 3.13 running the same snippets in a temp directory.

use terrarium::{
    CollectOutput, HostError, HostMount, Limits, MemoryFs, MountMode, Object, OsHandler, OsOp,
    Progress, RunError, Script, Suspended,
};

fn no_host(name: &str, _: Vec<Object>, _: Vec<(String, Object)>) -> Result<Object, HostError> {
    Err(HostError::new(
        "NameError",
        format!("no host function {name}"),
    ))
}

fn run_os(source: &str, os: &mut dyn OsHandler) -> (Result<Object, RunError>, String) {
    let script = Script::compile(source, "snippet.py", &[], &[]).unwrap();
    let mut out = CollectOutput::default();
    let r = script.run_with_os(vec![], &Limits::default(), &mut no_host, os, &mut out);
    (r, out.text)
}

/// The snippet CPython 3.13 ran in an empty temp directory, and what it printed.
const ROUND_TRIP: &str = r#"import os
from pathlib import Path
os.makedirs("d/sub", exist_ok=True)
with open("d/a.txt", "w") as f:
    print(f.write("hello\nworld\n"))
with open("d/a.txt") as f:
    print(f.readline(), end="")
    print(f.read())
with open("d/a.txt", "a") as f:
    f.writelines(["x\n", "y\n"])
print(sorted(os.listdir("d")))
for line in open("d/a.txt"):
    print(repr(line))
p = Path("d") / "b.csv"
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parts)
print(p.write_text("1,2"))
print(p.read_text(), p.read_bytes(), p.exists(), p.is_file(), p.is_dir(), Path("d").is_dir())
print(sorted(q.name for q in Path("d").iterdir()))
print([q.name for q in Path("d").glob("*.csv")])
print(os.path.join("d", "a.txt"), os.path.exists("d/a.txt"), os.path.isfile("d"), os.path.isdir("d"))
print(os.path.basename("d/a.txt"), os.path.dirname("d/a.txt"), os.path.splitext("d/a.txt"))
try:
    open("missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename, e.args)
try:
    open("d")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.mkdir("d")
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open("d/a.txt", "x")
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open("d/a.txt", "z")
except ValueError as e:
    print(type(e).__name__, e)
os.remove("d/a.txt")
print(os.path.exists("d/a.txt"))
p.unlink()
print(sorted(os.listdir("d")))
with open("d/bin", "wb") as f:
    f.write(b"\x00\x01")
with open("d/bin", "rb") as f:
    print(f.read())
f = open("d/bin", "rb")
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
"#;
const ROUND_TRIP_CPYTHON: &str = r#"12
hello
world

['a.txt', 'sub']
'hello\n'
'world\n'
'x\n'
'y\n'
d/b.csv PosixPath('d/b.csv') b.csv b .csv d ('d', 'b.csv')
3
1,2 b'1,2' True True False True
['a.txt', 'b.csv', 'sub']
['b.csv']
d/a.txt True False True
a.txt d ('d/a', '.txt')
FileNotFoundError [Errno 2] No such file or directory: 'missing.txt' 2 missing.txt (2, 'No such file or directory')
IsADirectoryError [Errno 21] Is a directory: 'd'
FileExistsError [Errno 17] File exists: 'd'
FileExistsError [Errno 17] File exists: 'd/a.txt'
ValueError invalid mode: 'z'
False
['sub']
b'\x00\x01'
True
read of closed file
"#;

#[test]
fn memory_fs_round_trips_match_cpython() {
    let mut fs = MemoryFs::new();
    let (r, out) = run_os(ROUND_TRIP, &mut fs);
    r.unwrap();
    assert_eq!(out, ROUND_TRIP_CPYTHON);
    assert_eq!(fs.file("/d/bin"), Some(&b"\x00\x01"[..]));
    assert_eq!(fs.file("d/a.txt"), None);
}

#[test]
fn deny_all_raises_a_catchable_permission_error() {
    let src = "import os\nfor f in (lambda: open('x.txt'), lambda: os.listdir('/'), lambda: os.environ['HOME'], lambda: os.urandom(4)):\n    try:\n        f()\n    except PermissionError as e:\n        print(type(e).__name__, e)\n";
    let script = Script::compile(src, "snippet.py", &[], &[]).unwrap();
    let mut out = CollectOutput::default();
    script
        .run(vec![], &Limits::default(), &mut no_host, &mut out)
        .unwrap();
    assert_eq!(
        out.text,
        "PermissionError reading 'x.txt' is not permitted in the sandbox\n\
         PermissionError listing '/' is not permitted in the sandbox\n\
         PermissionError reading the environment is not permitted in the sandbox\n\
         PermissionError reading random bytes is not permitted in the sandbox\n"
    );
}

#[test]
fn memory_fs_environment_clock_and_randomness() {
    let src = "import os, time\nprint(os.getenv('HOME'), os.getenv('NOPE'), os.getenv('NOPE', 'dflt'), os.environ['HOME'], 'HOME' in os.environ, os.getcwd())\nprint(time.time(), len(os.urandom(10)))\ntry:\n    os.environ['NOPE']\nexcept KeyError as e:\n    print(repr(e))\nos.urandom(5)\n";
    let mut fs = MemoryFs::new()
        .with_env("HOME", "/home/me")
        .with_clock(1700000000.5)
        .with_seed(7);
    let (r, out) = run_os(src, &mut fs);
    assert_eq!(
        out,
        "/home/me None dflt /home/me True /\n1700000000.5 10\nKeyError('NOPE')\n"
    );
    let again = run_os(
        src,
        &mut MemoryFs::new().with_seed(7).with_env("HOME", "/home/me"),
    )
    .0;
    // Same seed, same bytes (the 2nd draw of each run).
    assert_eq!(r.unwrap(), again.unwrap());
}

#[test]
fn relative_and_dotted_paths_stay_below_root() {
    let mut fs = MemoryFs::new().with_file("/etc/passwd", "virtual");
    let (r, out) = run_os(
        "print(open('../../../etc/passwd').read(), open('/etc/../etc/./passwd').read())",
        &mut fs,
    );
    r.unwrap();
    assert_eq!(out, "virtual virtual\n");
}

/// A temp directory holding `mount/` (mounted) and `secret.txt` next to it.
struct TempTree {
    root: std::path::PathBuf,
}

impl TempTree {
    fn new(tag: &str) -> TempTree {
        let root = std::env::temp_dir().join(format!("terrarium-os-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("mount/sub")).unwrap();
        std::fs::write(root.join("secret.txt"), "SECRET").unwrap();
        std::fs::write(root.join("mount/hello.txt"), "hi from host").unwrap();
        TempTree { root }
    }
    fn mount(&self) -> std::path::PathBuf {
        self.root.join("mount")
    }
}

impl Drop for TempTree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

#[test]
fn host_mount_cannot_be_escaped() {
    let tree = TempTree::new("escape");
    #[cfg(unix)]
    std::os::unix::fs::symlink(tree.root.join("secret.txt"), tree.mount().join("link.txt"))
        .unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&tree.root, tree.mount().join("linkdir")).unwrap();
    let mut fs = HostMount::new()
        .mount(tree.mount(), "/data", MountMode::ReadOnly)
        .unwrap();
    let src = "import os\nprint(open('/data/hello.txt').read())\nfor p in ['/data/../secret.txt', '/data/../../secret.txt', '../secret.txt', '/secret.txt', 'data/../secret.txt', '/data/link.txt', '/data/linkdir/secret.txt']:\n    try:\n        print(open(p).read())\n    except OSError as e:\n        print(type(e).__name__)\nprint(sorted(os.listdir('/')), sorted(os.listdir('/data')))\n";
    let (r, out) = run_os(src, &mut fs);
    r.unwrap();
    assert!(!out.contains("SECRET"), "{out}");
    let symlink_lines = if cfg!(unix) {
        "PermissionError\nPermissionError\n"
    } else {
        "FileNotFoundError\nFileNotFoundError\n"
    };
    let listing = if cfg!(unix) {
        "['data'] ['hello.txt', 'link.txt', 'linkdir', 'sub']\n"
    } else {
        "['data'] ['hello.txt', 'sub']\n"
    };
    assert_eq!(
        out,
        format!("hi from host\nFileNotFoundError\nFileNotFoundError\nFileNotFoundError\nFileNotFoundError\nFileNotFoundError\n{symlink_lines}{listing}")
    );
}

#[test]
fn read_only_mount_refuses_writes() {
    let tree = TempTree::new("ro");
    let mut fs = HostMount::new()
        .mount(tree.mount(), "/data", MountMode::ReadOnly)
        .unwrap();
    let src = "import os\nfor f in (lambda: open('/data/new.txt', 'w'), lambda: os.remove('/data/hello.txt'), lambda: os.mkdir('/data/d'), lambda: open('/elsewhere.txt', 'w')):\n    try:\n        f()\n    except OSError as e:\n        print(type(e).__name__, e)\n";
    let (r, out) = run_os(src, &mut fs);
    r.unwrap();
    assert_eq!(
        out,
        "OSError [Errno 30] Read-only file system: '/data/new.txt'\n\
         OSError [Errno 30] Read-only file system: '/data/hello.txt'\n\
         OSError [Errno 30] Read-only file system: '/data/d'\n\
         PermissionError [Errno 13] Permission denied: '/elsewhere.txt'\n"
    );
    assert!(!tree.mount().join("new.txt").exists());
}

#[test]
fn overlay_writes_never_reach_the_host() {
    let tree = TempTree::new("overlay");
    let mut fs = HostMount::new()
        .mount(tree.mount(), "/data", MountMode::Overlay)
        .unwrap();
    let src = "import os\nfrom pathlib import Path\nPath('/data/new.txt').write_text('new')\nwith open('/data/hello.txt', 'a') as f:\n    f.write('!')\nos.makedirs('/data/x/y')\nos.remove('/data/sub/../hello.txt') if False else None\nprint(Path('/data/new.txt').read_text(), Path('/data/hello.txt').read_text(), sorted(os.listdir('/data')))\nos.remove('/data/new.txt')\nprint(os.path.exists('/data/new.txt'), os.path.isdir('/data/x/y'))\n";
    let (r, out) = run_os(src, &mut fs);
    r.unwrap();
    assert_eq!(
        out,
        "new hi from host! ['hello.txt', 'new.txt', 'sub', 'x']\nFalse True\n"
    );
    assert_eq!(
        std::fs::read_to_string(tree.mount().join("hello.txt")).unwrap(),
        "hi from host"
    );
    assert!(!tree.mount().join("new.txt").exists());
    assert!(!tree.mount().join("x").exists());
}

const START_SRC: &str = "with open('in.txt') as f:\n    data = f.read()\nprint(data.upper())\ntry:\n    open('missing')\nexcept FileNotFoundError as e:\n    print(e)\nlen(data)\n";

/// Answers each OS operation of a started run from `fs`, optionally through dump/load.
fn drive(
    mut p: Progress,
    out: &mut CollectOutput,
    fs: &mut MemoryFs,
    via_bytes: bool,
) -> (Object, Vec<OsOp>) {
    let mut ops = Vec::new();
    loop {
        let s = match p {
            Progress::Complete(obj) => return (obj, ops),
            Progress::OsCall(s) => s,
            Progress::ExternalCall(s) | Progress::Futures(s) => {
                panic!("unexpected external call {:?}", s.pending())
            }
        };
        let s = if via_bytes {
            Suspended::load(&s.dump(), &Limits::default()).unwrap()
        } else {
            s
        };
        let op = s.os_op().expect("an OS op is pending").clone();
        ops.push(op.clone());
        p = match fs.os_call(&op) {
            Ok(v) => s.resume(v, out).unwrap(),
            Err(e) => s.resume_error(e, out).unwrap(),
        };
    }
}

#[test]
fn start_mode_suspends_at_os_calls_and_resumes_through_snapshots() {
    let script = Script::compile(START_SRC, "snippet.py", &[], &[]).unwrap();
    for via_bytes in [false, true] {
        let mut out = CollectOutput::default();
        let mut fs = MemoryFs::new().with_file("/in.txt", "abc");
        let p = script.start(vec![], &Limits::default(), &mut out).unwrap();
        let (result, ops) = drive(p, &mut out, &mut fs, via_bytes);
        assert_eq!(result, Object::Int(3));
        assert_eq!(
            out.text,
            "ABC\n[Errno 2] No such file or directory: 'missing'\n"
        );
        assert_eq!(
            ops,
            vec![
                OsOp::ReadFile {
                    path: "in.txt".into()
                },
                OsOp::ReadFile {
                    path: "missing".into()
                },
            ]
        );
    }
}

#[test]
fn os_calls_inside_native_callbacks_cannot_suspend() {
    let script = Script::compile(
        "import os\nsorted([1, 2], key=lambda x: os.getenv('A'))\n",
        "snippet.py",
        &[],
        &[],
    )
    .unwrap();
    let mut out = CollectOutput::default();
    match script.start(vec![], &Limits::default(), &mut out) {
        Err(RunError::Exception(e)) => {
            assert!(e.summary().starts_with("RuntimeError: reading the environment was requested from code run by a builtin"), "{}", e.summary());
        }
        other => panic!("{other:?}"),
    }
}

/// `os_cases/files_and_paths.py` ran by CPython 3.13 in a temp directory holding an empty `w/`;
/// here the same tree is mounted at "/" with an overlay, and the host tree must stay untouched.
#[test]
fn overlay_mount_matches_cpython_on_files_and_paths() {
    let root = std::env::temp_dir().join(format!("terrarium-os-cases-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("w")).unwrap();
    let mut fs = HostMount::new()
        .mount(&root, "/", MountMode::Overlay)
        .unwrap();
    let (r, out) = run_os(include_str!("os_cases/files_and_paths.py"), &mut fs);
    let host_entries = std::fs::read_dir(root.join("w")).unwrap().count();
    let _ = std::fs::remove_dir_all(&root);
    r.unwrap();
    assert_eq!(out, include_str!("os_cases/files_and_paths.cpython.txt"));
    assert_eq!(host_entries, 0, "overlay writes reached the host");
}

#[test]
fn start_mode_writes_at_with_exit_and_iterates_lines() {
    let src = "with open('o.txt', 'w') as f:\n    f.write('a\\nb\\n')\nfor line in open('o.txt'):\n    print(repr(line))\nfrom pathlib import Path\nPath('p.txt').write_text('z')\nPath('p.txt').read_text()\n";
    let script = Script::compile(src, "snippet.py", &[], &[]).unwrap();
    let mut out = CollectOutput::default();
    let mut fs = MemoryFs::new();
    let p = script.start(vec![], &Limits::default(), &mut out).unwrap();
    let (result, ops) = drive(p, &mut out, &mut fs, true);
    assert_eq!(result, Object::from("z"));
    assert_eq!(out.text, "'a\\n'\n'b\\n'\n");
    assert_eq!(ops.len(), 6);
}

/// `random` is CPython's Mersenne Twister: the same int seed gives CPython's numbers.
#[test]
fn seeded_random_matches_cpython() {
    let (r, out) = run_os(
        include_str!("os_cases/random_seeded.py"),
        &mut terrarium::DenyAll,
    );
    r.unwrap();
    assert_eq!(out, include_str!("os_cases/random_seeded.cpython.txt"));
}

/// Unseeded, `random` seeds itself from the host's random bytes (denied by default).
#[test]
fn unseeded_random_asks_the_host_for_bytes() {
    let src =
        "import random\ntry:\n    random.random()\nexcept PermissionError as e:\n    print(e)\n";
    let (r, out) = run_os(src, &mut terrarium::DenyAll);
    r.unwrap();
    assert_eq!(
        out,
        "reading random bytes is not permitted in the sandbox\n"
    );
    let src = "import random\n[random.randint(1, 6) for _ in range(5)]";
    let a = run_os(src, &mut MemoryFs::new().with_seed(1)).0.unwrap();
    let b = run_os(src, &mut MemoryFs::new().with_seed(1)).0.unwrap();
    let c = run_os(src, &mut MemoryFs::new().with_seed(2)).0.unwrap();
    assert_eq!(a, b);
    assert_ne!(a, c);
}
