"""Terrarium's io: the builtin open() over the host's OS layer. A file is read whole with one
ReadFile at open, and written with WriteFile operations at open (create/truncate) and flush."""

import _terrarium_os


class UnsupportedOperation(OSError):
    pass


def _fspath(file):
    if isinstance(file, str):
        return file
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is not None:
        path = fspath(file)
        if isinstance(path, str):
            return path
    if isinstance(file, (bytes, int)):
        raise NotImplementedError("open() of bytes paths or file descriptors is not supported by Terrarium")
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(file).__name__)


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    seen = ""
    for ch in mode:
        if ch not in "rwaxbt+" or ch in seen:
            raise ValueError("invalid mode: " + repr(mode))
        seen += ch
    kinds = [ch for ch in mode if ch in "rwax"]
    if not kinds:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if len(kinds) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if "+" in mode:
        raise NotImplementedError("open() mode " + repr(mode) + " is not supported by Terrarium")
    return kinds[0], "b" in mode


def _translate_newlines(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _File:
    def __init__(self, name, mode, kind, binary, encoding, errors, newline):
        self.name = name
        self.mode = mode
        self._kind = kind
        self._binary = binary
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._closed = False
        self._pending = [] if kind != "r" else None
        self._data = b"" if binary else ""
        self._pos = 0
        path = _fspath(name)
        self._path = path
        if kind == "r":
            raw = _terrarium_os.op("read", path)
            if binary:
                self._data = raw
            else:
                text = raw.decode(encoding or "utf-8", errors or "strict")
                if newline is None:
                    text = _translate_newlines(text)
                self._data = text
        elif kind == "x":
            if _terrarium_os.op("exists", path):
                raise FileExistsError(17, "File exists", path)
            _terrarium_os.op("write", path, b"", False)
        else:
            _terrarium_os.op("write", path, b"", kind == "a")

    @property
    def closed(self):
        return self._closed

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_open()
        return self._kind == "r"

    def writable(self):
        self._check_open()
        return self._kind != "r"

    def _check_readable(self):
        self._check_open()
        if self._kind != "r":
            raise UnsupportedOperation("read" if self._binary else "not readable")

    def _check_writable(self):
        self._check_open()
        if self._kind == "r":
            raise UnsupportedOperation("write" if self._binary else "not writable")

    def read(self, size=-1):
        if self._closed and self._binary:
            raise ValueError("read of closed file")
        self._check_readable()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readline(self, size=-1):
        self._check_readable()
        nl = b"\n" if self._binary else "\n"
        i = self._data.find(nl, self._pos)
        end = len(self._data) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._data[self._pos:end]
        self._pos = end
        return chunk

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and hint > 0 and total >= hint:
                return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_writable()
        if self._binary:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            if not isinstance(data, (bytes, bytearray)):
                raise TypeError("a bytes-like object is required, not '" + type(data).__name__ + "'")
            self._pending.append(bytes(data))
        else:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not " + type(data).__name__)
            text = data
            if self._newline is not None and self._newline != "" and self._newline != "\n":
                text = text.replace("\n", self._newline)
            self._pending.append(text.encode(self._encoding or "utf-8", self._errors or "strict"))
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        if self._pending:
            data = b"".join(self._pending)
            self._pending = []
            _terrarium_os.op("write", self._path, data, True)

    def close(self):
        if self._closed:
            return
        try:
            if self._pending:
                self.flush()
        finally:
            self._closed = True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, typ, value, traceback):
        self.close()
        return False

    def __repr__(self):
        if self._binary:
            kind = "BufferedReader" if self._kind == "r" else "BufferedWriter"
            return "<_io." + kind + " name=" + repr(self.name) + ">"
        return ("<_io.TextIOWrapper name=" + repr(self.name) + " mode=" + repr(self.mode)
                + " encoding=" + repr(self._encoding or "UTF-8") + ">")


class TextIOWrapper(_File):
    pass


class BufferedReader(_File):
    pass


class BufferedWriter(_File):
    pass


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    kind, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: " + repr(newline))
    if binary:
        cls = BufferedReader if kind == "r" else BufferedWriter
    else:
        cls = TextIOWrapper
    return cls(file, mode, kind, binary, encoding, errors, newline)
