# Custom __str__ on exceptions changes str(e) and printed messages while args stays as passed.
class HttpError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
    def __str__(self):
        return f"HTTP {self.status}: {self.reason or 'unknown'}"

class QuietError(Exception):
    def __str__(self):
        return ""
class ParseError(ValueError):
    def __init__(self, line, text):
        self.line = line
        self.text = text
    def __str__(self):
        return f"line {self.line}: cannot parse {self.text!r}"

try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e, "|", e.args, "|", repr(e), "|", e.status)
print(str(HttpError(500)), f"{QuietError('hidden')!s}|", QuietError("hidden").args)
pe = ParseError(3, "x=")
print(pe, pe.args, isinstance(pe, ValueError))

def parse(lines):
    out = {}
    for n, line in enumerate(lines, 1):
        if "=" not in line or line.endswith("="):
            raise ParseError(n, line)
        k, v = line.split("=", 1)
        out[k] = v
    return out

def load(text):
    return parse(text.splitlines())
print(load("a=1\nb=2"))
load("a=1\nbroken=\nc=3")
