# str.encode with different codecs and error handlers, and unknown-codec errors.
# xfail: raises LookupError: unknown encoding : utf-16-le
s = "naïve ☕ ok"
print(s.encode("utf-8"), len(s), len(s.encode()), len(s.encode("utf-16-le")), s.encode("utf-16-be")[:6])
for handler in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    print(handler, s.encode("ascii", handler))
print(s.encode("latin-1", "replace"), "€".encode("cp1252"), "Ω".encode("utf-32-le"), "abc".encode(encoding="ascii"))
try:
    s.encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.start, e.end, repr(e.object[e.start:e.end]))
try:
    s.encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    s.encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
