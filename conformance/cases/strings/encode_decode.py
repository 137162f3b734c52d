# encode and decode with utf-8, ascii and latin-1 and their errors.
s = "café"
print(s.encode(), s.encode("latin-1"), s.encode("ascii", "ignore"), s.encode("ascii", "replace"))
print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
