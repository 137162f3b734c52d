"""Terrarium's re: Pattern and Match objects over the native _sre matcher (str patterns)."""
import _sre

_FLAG_NAMES = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("DEBUG", 128)]
_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    __module__ = "re"

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return repr(self)
        return format(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)


class PatternError(Exception):
    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            self.lineno = pattern.count("\n", 0, pos) + 1
            self.colno = pos - pattern.rfind("\n", 0, pos)
            if "\n" in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error = PatternError


_BYTES = 1 << 20


def _check_pattern_type(pattern):
    if not isinstance(pattern, (str, bytes, bytearray)):
        raise TypeError("first argument must be string or compiled pattern")


class Pattern:
    __module__ = "re"

    def __init__(self, pattern, flags):
        _check_pattern_type(pattern)
        if isinstance(pattern, str):
            self._key = pattern
            self._cflags = int(flags)
            self._empty = ""
        else:
            pattern = bytes(pattern)
            self._key = pattern.decode("latin-1")
            self._cflags = int(flags) | _BYTES
            self._empty = b""
        r = _sre.compile(self._key, self._cflags)
        if len(r) == 2:
            if r[0] == "cannot use UNICODE flag with a bytes pattern":
                raise ValueError(r[0])
            raise PatternError(r[0], self._key, r[1])
        self.pattern = pattern
        self.flags = r[0]
        if self._empty == b"":
            self._cflags = r[0] | _BYTES
        else:
            self._cflags = r[0]
        self.groups = r[1]
        self._names = {}
        for name, index in r[2]:
            self._names[name] = index
        self._group_names = {index: name for name, index in r[2]}

    @property
    def groupindex(self):
        return dict(self._names)

    def __repr__(self):
        flags = self.flags & ~32
        text = repr(self.pattern)[:200]
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        t = _sre.match(self._key, self._cflags, string, pos, endpos, mode)
        if t is None:
            return None
        return Match(self, string, pos, endpos, t)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_MAXSIZE):
        must_advance = False
        limit = 16
        while True:
            batch = _sre.scan(self._key, self._cflags, string, pos, endpos, must_advance, limit)
            for t in batch:
                yield t
            if len(batch) < limit:
                return
            last = batch[-1]
            pos = last[2]
            must_advance = last[1] == last[2]
            if limit < 4096:
                limit *= 2

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for t in self._scan(string, pos, endpos):
            yield Match(self, string, pos, endpos, t)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        if type(string) is bytearray:
            string = bytes(string)
        out = []
        n = self.groups
        for t in self._scan(string, pos, endpos):
            if n == 0:
                out.append(string[t[1]:t[2]])
            elif n == 1:
                out.append(string[t[3]:t[4]] if t[3] >= 0 else self._empty)
            else:
                out.append(tuple(string[t[2 * g + 1]:t[2 * g + 2]] if t[2 * g + 1] >= 0
                                 else self._empty
                                 for g in range(1, n + 1)))
        return out

    def split(self, string, maxsplit=0):
        if type(string) is bytearray:
            string = bytes(string)
        out = []
        last = 0
        done = 0
        n = self.groups
        if maxsplit < 0:
            return [string]
        for t in self._scan(string):
            if maxsplit and done >= maxsplit:
                break
            out.append(string[last:t[1]])
            for g in range(1, n + 1):
                s = t[2 * g + 1]
                out.append(string[s:t[2 * g + 2]] if s >= 0 else None)
            last = t[2]
            done += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            template = None
        else:
            _check_pattern_type(repl)
            template = _compile_template(self, repl)
        pieces = []
        last = 0
        done = 0
        for t in self._scan(string):
            if count and done >= count:
                break
            pieces.append(string[last:t[1]])
            if template is None:
                r = repl(Match(self, string, 0, _MAXSIZE, t))
                if r is not None:
                    pieces.append(r)
            else:
                _expand(template, string, t, pieces)
            last = t[2]
            done += 1
        pieces.append(string[last:])
        return self._empty.join(pieces), done

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not supported by Terrarium")


def _expand(template, string, t, pieces):
    for item in template:
        if not isinstance(item, int):
            pieces.append(item)
        else:
            s = t[2 * item + 1]
            if s >= 0:
                pieces.append(string[s:t[2 * item + 2]])


_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}
_OCT = "01234567"


def _compile_template(pattern, repl):
    """A replacement template as a list of literal strings and group numbers (sre's rules)."""
    if not isinstance(repl, str):
        items = _compile_template(pattern, bytes(repl).decode("latin-1"))
        return [i.encode("latin-1") if isinstance(i, str) else i for i in items]
    if "\\" not in repl:
        return [repl]
    items = []
    lit = []
    i = 0
    n = len(repl)
    groups = pattern.groups
    while i < n:
        c = repl[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise PatternError("bad escape (end of pattern)", repl, start)
        c = repl[i]
        i += 1
        index = None
        if c == "g":
            if i >= n or repl[i] != "<":
                raise PatternError("missing <", repl, i)
            i += 1
            close = repl.find(">", i)
            if close < 0:
                if i >= n:
                    raise PatternError("missing group name", repl, i)
                raise PatternError("missing >, unterminated name", repl, i)
            name = repl[i:close]
            if not name:
                raise PatternError("missing group name", repl, i)
            if name.isdecimal() and name.isascii():
                index = int(name)
            elif name.isidentifier():
                if name not in pattern._names:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern._names[name]
            else:
                raise PatternError("bad character in group name '%s'" % name, repl, i)
            if index > groups:
                raise PatternError("invalid group reference %d" % index, repl, i)
            i = close + 1
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and repl[i] in _OCT:
                v = v * 8 + int(repl[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in "123456789":
            if (c in _OCT and i + 1 < n and repl[i] in _OCT and repl[i + 1] in _OCT):
                v = int(c + repl[i] + repl[i + 1], 8)
                if v > 0o377:
                    raise PatternError("octal escape value \\%s outside of range 0-0o377"
                                       % (c + repl[i:i + 2]), repl, start)
                lit.append(chr(v))
                i += 2
            else:
                digits = c
                if i < n and repl[i].isdigit() and repl[i].isascii():
                    digits += repl[i]
                    i += 1
                index = int(digits)
                if index > groups:
                    raise PatternError("invalid group reference %d" % index, repl, start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise PatternError("bad escape \\" + c, repl, start)
        else:
            lit.append("\\" + c)
        if index is not None:
            if lit:
                items.append("".join(lit))
                lit = []
            items.append(index)
    if lit:
        items.append("".join(lit))
    return items


class Match:
    __module__ = "re"

    def __init__(self, pattern, string, pos, endpos, t):
        self.re = pattern
        self.string = string
        n = len(string)
        self.pos = min(max(pos, 0), n)
        self.endpos = min(max(endpos, 0), n)
        self._t = t
        self.lastindex = t[0] if t[0] > 0 else None
        self.lastgroup = pattern._group_names.get(self.lastindex) if self.lastindex else None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g <= self.re.groups:
                return int(g)
        elif isinstance(g, str) and g in self.re._names:
            return self.re._names[g]
        raise IndexError("no such group")

    def _get(self, index, default=None):
        s = self._t[2 * index + 1]
        if s < 0:
            return default
        r = self.string[s:self._t[2 * index + 2]]
        if type(r) is bytearray:
            r = bytes(r)
        return r

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(a)) for a in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re._names.items()}

    def start(self, group=0):
        return self._t[2 * self._index(group) + 1]

    def end(self, group=0):
        return self._t[2 * self._index(group) + 2]

    def span(self, group=0):
        i = self._index(group)
        return (self._t[2 * i + 1], self._t[2 * i + 2])

    @property
    def regs(self):
        return tuple((self._t[2 * g + 1], self._t[2 * g + 2]) for g in range(self.re.groups + 1))

    def expand(self, template):
        pieces = []
        _expand(_compile_template(self.re, template), self.string, self._t, pieces)
        return self.re._empty.join(pieces)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._t[1], self._t[2], repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, int(flags))
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode("latin-1")).encode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
