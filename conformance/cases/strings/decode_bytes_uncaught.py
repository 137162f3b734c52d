# Decoding bytes with error handlers; a strict decode of invalid UTF-8 fails inside nested calls.
def decode_field(raw):
    return raw.decode("utf-8").strip()

def read_record(fields):
    return [decode_field(f) for f in fields]

print(read_record([b" caf\xc3\xa9 ", b"\xe2\x82\xac5", b""]))
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"), b"ab\xffcd".decode("utf-8", "backslashreplace"))
print(b"\xc3".decode("utf-8", errors="replace"), b"\xe9t\xe9".decode("latin-1"), len(b"\xf0\x9f\x98\x80".decode()))
print(read_record([b"ok", b"bad\xc3\x28"]))
