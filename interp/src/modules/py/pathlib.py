"""Terrarium's pathlib: PurePosixPath and Path (PosixPath) basics over the host's OS layer."""

import _terrarium_os
import io


class PurePosixPath:
    def __init__(self, *args):
        parts = []
        for a in args:
            if isinstance(a, PurePosixPath):
                a = str(a)
            elif not isinstance(a, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, not " + repr(type(a).__name__))
            if a.startswith("/"):
                parts = [a]
            elif a:
                parts.append(a)
        self._str = self._normalize("/".join(parts))

    @staticmethod
    def _normalize(s):
        if s == "":
            return "."
        root = "/" if s.startswith("/") else ""
        if s.startswith("//") and not s.startswith("///"):
            root = "//"
        comps = [c for c in s.split("/") if c and c != "."]
        joined = root + "/".join(comps)
        return joined or "."

    def _new(self, s):
        return type(self)(s)

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._str) + ")"

    def __eq__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        if not isinstance(other, PurePosixPath):
            return NotImplemented
        return self.parts < other.parts

    def __truediv__(self, key):
        if isinstance(key, PurePosixPath):
            key = str(key)
        if not isinstance(key, str):
            return NotImplemented
        return self._new(self._str + "/" + key if key else self._str)

    def __rtruediv__(self, key):
        if not isinstance(key, str):
            return NotImplemented
        return self._new(key + "/" + self._str)

    def joinpath(self, *others):
        p = self
        for o in others:
            p = p / o
        return p

    @property
    def parts(self):
        s = self._str
        if s == ".":
            return ()
        if s.startswith("/"):
            root = "//" if s.startswith("//") and not s.startswith("///") else "/"
            rest = s[len(root):]
            return (root,) + tuple(c for c in rest.split("/") if c)
        return tuple(s.split("/"))

    @property
    def name(self):
        parts = self.parts
        if not parts or (len(parts) == 1 and parts[0].startswith("/")):
            return ""
        return parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        parts = self.parts
        if not parts:
            return self
        if len(parts) == 1:
            return self if parts[0].startswith("/") else self._new(".")
        if parts[0].startswith("/"):
            return self._new(parts[0] + "/".join(parts[1:-1]))
        return self._new("/".join(parts[:-1]))

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q == p:
                return tuple(out)
            out.append(q)
            p = q

    def with_name(self, name):
        if not self.name:
            raise ValueError(repr(self) + " has an empty name")
        return self.parent / name

    def with_suffix(self, suffix):
        return self.with_name(self.stem + suffix)

    def is_absolute(self):
        return self._str.startswith("/")

    def as_posix(self):
        return self._str


class Path(PurePosixPath):
    def __new__(cls, *args):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls("/")

    def exists(self):
        return _terrarium_os.op("exists", self._str)

    def is_file(self):
        return _terrarium_os.op("isfile", self._str)

    def is_dir(self):
        return _terrarium_os.op("isdir", self._str)

    def iterdir(self):
        for name in _terrarium_os.op("listdir", self._str):
            yield self / name

    def glob(self, pattern):
        if "/" in pattern or pattern.count("*") > 1 or (pattern and pattern[0] != "*"):
            raise NotImplementedError("glob() supports only '*' and '*.ext' patterns in Terrarium")
        tail = pattern[1:]
        names = sorted(_terrarium_os.op("listdir", self._str))
        for name in names:
            if name.endswith(tail) and not name.startswith("."):
                yield self / name

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        _terrarium_os.op("mkdir", self._str, parents, exist_ok)

    def unlink(self, missing_ok=False):
        try:
            _terrarium_os.op("remove", self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open("r", encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError("data must be str, not " + type(data).__name__)
        with self.open("w", encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open("wb") as f:
            return f.write(data)


class PosixPath(Path):
    pass
