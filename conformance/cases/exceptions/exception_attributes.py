# Builtin exceptions carry extra attributes: OSError errno/strerror, StopIteration.value, SystemExit.code, NameError.name.
e = OSError(2, "No such file or directory")
print(str(e), "|", e.errno, e.strerror, e.filename, e.args)
e = OSError(13, "Permission denied", "secret.txt")
print(str(e), "|", e.errno, e.filename)
e = OSError("just a message")
print(str(e), e.errno, e.strerror)
print(type(OSError(2, "x")).__name__)
s = StopIteration("done")
print(s.value, s.args)
print(StopIteration().value)
print(SystemExit(4).code, SystemExit("msg").code, SystemExit(1, 2).code)
try:
    undefined_name_here
except NameError as err:
    print(err.name)
try:
    (1).missing_attr
except AttributeError as err:
    print(err.name, err.obj)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as err:
    print(err.encoding, err.start, err.end, err.reason, err.object)
    print(err)
k = KeyError("k")
k.extra = "custom attribute"
print(k.extra, k.args)
