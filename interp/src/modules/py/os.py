"""Terrarium's os: a subset over the host's OS layer (environment, files, directories,
urandom). The working directory is always '/'."""

import _terrarium_os
import posixpath as path

sep = "/"
curdir = "."
pardir = ".."
linesep = "\n"
name = "posix"


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fs = getattr(type(p), "__fspath__", None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return fs(p)


class _Environ:
    def _data(self):
        return _terrarium_os.op("environ")

    def __getitem__(self, key):
        value = _terrarium_os.op("getenv", key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key, default=None):
        value = _terrarium_os.op("getenv", key)
        return default if value is None else value

    def __contains__(self, key):
        return isinstance(key, str) and _terrarium_os.op("getenv", key) is not None

    def __iter__(self):
        return iter(self._data())

    def __len__(self):
        return len(self._data())

    def keys(self):
        return self._data().keys()

    def values(self):
        return self._data().values()

    def items(self):
        return self._data().items()

    def copy(self):
        return self._data()

    def __repr__(self):
        return "environ(" + repr(self._data()) + ")"


environ = _Environ()


def getenv(key, default=None):
    value = _terrarium_os.op("getenv", key)
    return default if value is None else value


def getcwd():
    return "/"


def listdir(p="."):
    return _terrarium_os.op("listdir", fspath(p))


def mkdir(p, mode=0o777):
    _terrarium_os.op("mkdir", fspath(p), False, False)


def makedirs(p, mode=0o777, exist_ok=False):
    _terrarium_os.op("mkdir", fspath(p), True, exist_ok)


def remove(p):
    _terrarium_os.op("remove", fspath(p))


unlink = remove


def urandom(n):
    if not isinstance(n, int):
        raise TypeError("'" + type(n).__name__ + "' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("negative argument not allowed")
    return _terrarium_os.op("urandom", n)
