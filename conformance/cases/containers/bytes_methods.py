# Common bytes methods (split, join, strip, replace, find, startswith, upper, count, partition) return bytes.
line = b"  GET /index.html HTTP/1.1\r\n"
print(line.strip(), line.split(), line.strip().split(b" ", 1))
method, path, proto = line.split()
print(method, path.lstrip(b"/"), proto.partition(b"/"))
print(b",".join([b"a", b"b", b"c"]), b"".join([]), b"-".join((b"x",)))
print(b"hello".upper(), b"HeLLo".lower(), b"hello world".title(), b"abc".swapcase())
print(b"banana".find(b"an"), b"banana".rfind(b"an"), b"banana".find(b"z"), b"banana".index(b"n"))
print(b"banana".count(b"a"), b"banana".replace(b"a", b"o", 2), b"banana".find(110))
print(b"file.tar.gz".rsplit(b".", 1), b"a\nb\r\nc".splitlines(), b"key=val".partition(b"="))
print(b"data.csv".endswith(b".csv"), b"data".startswith((b"x", b"d")), b"123".isdigit(), b"ab1".isalpha())
print(b"7".zfill(3), b"x".center(5, b"*"), b"ab".ljust(4, b"."), b"  pad  ".rstrip())
try:
    b"a,b".split(",")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"-".join(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".startswith("a")
except TypeError as e:
    print(type(e).__name__, e)
