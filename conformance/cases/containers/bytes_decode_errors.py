# bytes.decode with utf-8/ascii/latin-1, error handlers, and the UnicodeDecodeError message for bad input.
data = "naïve café".encode("utf-8")
print(data, len(data), ascii(data.decode()), data.decode("utf-8") == "naïve café")
print(ascii(data.decode("latin-1")), ascii(b"\xe9t\xe9".decode("latin-1")))
print(ascii(b"ab\xffcd".decode("utf-8", "replace")), b"ab\xffcd".decode("utf-8", errors="ignore"))
print(b"ab\xffcd".decode("ascii", "backslashreplace"), "é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"))
try:
    b"caf\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason, isinstance(e, ValueError))
try:
    "snowman \u2603".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"x".decode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)

def read_field(buf):
    return buf.decode("ascii")

def parse_record(buf):
    return [read_field(part) for part in buf.split(b"|")]

print(parse_record(b"id|name|ok"))
print(parse_record(b"7|J\xc3\xb8rn|ok"))
