"""Terrarium's json: dumps/loads with CPython's formatting options and error messages."""


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = f"{msg}: line {lineno} column {colno} (char {pos})"
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20:
            out.append(f"\\u{ord(ch):04x}")
        elif ensure_ascii and ord(ch) > 0x7E:
            n = ord(ch)
            if n > 0xFFFF:
                n -= 0x10000
                out.append(f"\\u{0xD800 | (n >> 10):04x}\\u{0xDC00 | (n & 0x3FF):04x}")
            else:
                out.append(f"\\u{n:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float_repr(o, allow_nan):
    if o != o:
        text = "NaN"
    elif o == float("inf"):
        text = "Infinity"
    elif o == -float("inf"):
        text = "-Infinity"
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
    return text


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        chunks = []
        self._encode(o, chunks, 0, [])
        return "".join(chunks)

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, float):
            return _float_repr(k, self.allow_nan)
        if isinstance(k, int):
            return int.__repr__(k)
        return None

    def _encode(self, o, out, level, stack):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_repr(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            if any(x is o for x in stack):
                raise ValueError("Circular reference detected")
            if not o:
                out.append("[]")
                return
            stack.append(o)
            out.append("[")
            inner, sep = self._layout(level + 1)
            out.append(inner)
            for i, item in enumerate(o):
                if i:
                    out.append(sep)
                self._encode(item, out, level + 1, stack)
            out.append(self._layout(level)[0])
            out.append("]")
            stack.pop()
        elif isinstance(o, dict):
            if any(x is o for x in stack):
                raise ValueError("Circular reference detected")
            if not o:
                out.append("{}")
                return
            stack.append(o)
            out.append("{")
            inner, sep = self._layout(level + 1)
            out.append(inner)
            items = o.items()
            if self.sort_keys:
                items = sorted(items)
            first = True
            for k, v in items:
                key = self._key(k)
                if key is None:
                    if self.skipkeys:
                        continue
                    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")
                if not first:
                    out.append(sep)
                first = False
                out.append(_encode_str(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(v, out, level + 1, stack)
            out.append(self._layout(level)[0])
            out.append("}")
            stack.pop()
        else:
            if any(x is o for x in stack):
                raise ValueError("Circular reference detected")
            stack.append(o)
            self._encode(self.default(o), out, level, stack)
            stack.pop()

    def _layout(self, level):
        if self.indent is None:
            return "", self.item_separator
        newline = "\n" + self.indent * level
        return newline, self.item_separator + newline


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = (cls or JSONEncoder)(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                                   allow_nan=allow_nan, indent=indent, separators=separators,
                                   default=default, sort_keys=sort_keys, **kw)
    return encoder.encode(obj)


_WS = " \t\n\r"
_NUMBER_CHARS = "0123456789+-.eE"


class _Decoder:
    def __init__(self, s, object_hook, parse_float, parse_int, object_pairs_hook):
        self.s = s
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.object_pairs_hook = object_pairs_hook

    def ws(self, i):
        s = self.s
        while i < len(s) and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if s.startswith("null", i):
            return None, i + 4
        if s.startswith("true", i):
            return True, i + 4
        if s.startswith("false", i):
            return False, i + 5
        if s.startswith("NaN", i):
            return float("nan"), i + 3
        if s.startswith("Infinity", i):
            return float("inf"), i + 8
        if s.startswith("-Infinity", i):
            return float("-inf"), i + 9
        if c == "-" or c.isdigit():
            return self.number(i)
        raise JSONDecodeError("Expecting value", s, i)

    def number(self, i):
        s = self.s
        j = i
        if j < len(s) and s[j] == "-":
            j += 1
        if j < len(s) and s[j] == "0":
            j += 1
        elif j < len(s) and s[j] in "123456789":
            while j < len(s) and s[j].isdigit():
                j += 1
        else:
            raise JSONDecodeError("Expecting value", s, i)
        is_float = False
        if j + 1 < len(s) and s[j] == "." and s[j + 1].isdigit():
            is_float = True
            j += 1
            while j < len(s) and s[j].isdigit():
                j += 1
        if j < len(s) and s[j] in "eE":
            k = j + 1
            if k < len(s) and s[k] in "+-":
                k += 1
            if k < len(s) and s[k].isdigit():
                is_float = True
                j = k
                while j < len(s) and s[j].isdigit():
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        s = self.s
        out = []
        start = i - 1
        while True:
            if i >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, start)
            c = s[i]
            if c == '"':
                return "".join(out), i + 1
            if c == "\\":
                if i + 1 >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, start)
                e = s[i + 1]
                if e == "u":
                    hexdigits = s[i + 2:i + 6]
                    if len(hexdigits) != 4 or any(h not in "0123456789abcdefABCDEF" for h in hexdigits):
                        raise JSONDecodeError("Invalid \\uXXXX escape", s, i)
                    n = int(hexdigits, 16)
                    i += 6
                    if 0xD800 <= n <= 0xDBFF and s[i:i + 2] == "\\u":
                        low = int(s[i + 2:i + 6], 16)
                        if 0xDC00 <= low <= 0xDFFF:
                            n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00)
                            i += 6
                    out.append(chr(n))
                    continue
                mapping = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
                if e not in mapping:
                    raise JSONDecodeError("Invalid \\escape", s, i)
                out.append(mapping[e])
                i += 2
                continue
            if ord(c) < 0x20:
                raise JSONDecodeError("Invalid control character at", s, i)
            out.append(c)
            i += 1

    def object(self, i):
        s = self.s
        pairs = []
        i = self.ws(i)
        if i < len(s) and s[i] == "}":
            return self.finish_object(pairs), i + 1
        while True:
            i = self.ws(i)
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
            key, i = self.string(i + 1)
            i = self.ws(i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.ws(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.ws(i)
            if i < len(s) and s[i] == "}":
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.ws(i + 1)
            if i < len(s) and s[i] == "}":
                raise JSONDecodeError("Illegal trailing comma before end of object", s, i - 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        values = []
        i = self.ws(i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            i = self.ws(i)
            value, i = self.value(i)
            values.append(value)
            i = self.ws(i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.ws(i + 1)
            if i < len(s) and s[i] == "]":
                raise JSONDecodeError("Illegal trailing comma before end of array", s, i - 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(f"the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}")
    d = _Decoder(s, object_hook, parse_float, parse_int, object_pairs_hook)
    i = d.ws(0)
    value, end = d.value(i)
    end = d.ws(end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, object_pairs_hook=None, **kw):
        self._args = (object_hook, parse_float, parse_int, object_pairs_hook)

    def decode(self, s):
        return loads(s, object_hook=self._args[0], parse_float=self._args[1], parse_int=self._args[2],
                     object_pairs_hook=self._args[3])
