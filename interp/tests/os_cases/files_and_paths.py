import os
from pathlib import Path, PurePosixPath
for m in ["z", "rw", "rbt", "rr", ""]:
    try:
        open("w/x", m)
    except ValueError as e:
        print("ValueError", e)
with open("w/t.txt", "w") as f:
    print(f.name, f.mode, f.closed, f.writable(), f.readable())
    try:
        f.write(b"x")
    except TypeError as e:
        print("TypeError", e)
    f.write("a\r\nb\rc\nd")
print(f.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
with open("w/t.txt") as f:
    print(f.read(2), repr(f.readline()), f.readlines())
with open("w/t.txt", newline="") as f:
    print(repr(f.read()))
with open("w/t.txt", "rb") as f:
    print(f.read(3), f.readline(), list(f))
with open("w/t.txt", "ab") as f:
    try:
        f.write("s")
    except TypeError as e:
        print("TypeError", e)
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open("w/bad", "wb") as f:
    f.write(b"\xff\xfe")
try:
    open("w/bad").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(repr(open("w/bad", errors="replace").read()))
print(Path("/"), Path("/").name, Path("/").parent, Path("/a/b").parts, Path("a/b/c.tar.gz").suffixes)
print(repr(PurePosixPath("a//b/./c")), Path("a") / "b" / "c.txt", "x" / Path("y"))
print(Path("a/b.txt").with_suffix(".csv"), Path("a/b.txt").with_name("z"), Path("..").parent, Path("a").parent)
print(os.path.join("a", "/b", "c"), os.path.splitext(".bashrc"), os.path.split("a/b/"), os.path.basename("a/"))
print(Path("w/nope").exists(), os.path.exists("w/nope/x"))
try:
    os.listdir("w/t.txt")
except NotADirectoryError as e:
    print(type(e).__name__, e)
try:
    os.remove("w")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.makedirs("w/t.txt/q")
except OSError as e:
    print(type(e).__name__, e)
try:
    Path("w/q/r").mkdir()
except OSError as e:
    print(type(e).__name__, e)
Path("w/q/r").mkdir(parents=True)
Path("w/q/r").mkdir(exist_ok=True)
print(sorted(str(p) for p in Path("w").iterdir()))
Path("w/q/none").unlink(missing_ok=True)
