"""Terrarium's posixpath (os.path): pure path string functions, and exists/isfile/isdir over
the host's OS layer."""

import _terrarium_os

sep = "/"


def _str(p):
    if isinstance(p, str):
        return p
    fs = getattr(type(p), "__fspath__", None)
    if fs is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return fs(p)


def join(a, *p):
    a = _str(a)
    out = a
    for b in p:
        b = _str(b)
        if b.startswith("/"):
            out = b
        elif not out or out.endswith("/"):
            out += b
        else:
            out += "/" + b
    return out


def split(p):
    p = _str(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _str(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _str(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def isabs(p):
    return _str(p).startswith("/")


def normpath(p):
    p = _str(p)
    if p == "":
        return "."
    initial = 1 if p.startswith("/") else 0
    if initial and p.startswith("//") and not p.startswith("///"):
        initial = 2
    comps = p.split("/")
    new = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not new) or (new and new[-1] == ".."):
            new.append(comp)
        elif new:
            new.pop()
    p = "/".join(new)
    if initial:
        p = "/" * initial + p
    return p or "."


def abspath(p):
    p = _str(p)
    if not p.startswith("/"):
        p = join("/", p)
    return normpath(p)


def exists(p):
    try:
        return _terrarium_os.op("exists", _str(p))
    except (OSError, ValueError):
        return False


def isfile(p):
    try:
        return _terrarium_os.op("isfile", _str(p))
    except (OSError, ValueError):
        return False


def isdir(p):
    try:
        return _terrarium_os.op("isdir", _str(p))
    except (OSError, ValueError):
        return False
