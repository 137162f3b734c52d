# Indexing bytes yields ints while slicing yields bytes; iteration, membership and comparisons follow suit.
data = b"Hello"
print(data[0], data[-1], type(data[0]).__name__)
print(data[0:1], data[1:3], data[::-1], data[::2])
print(list(data), [chr(b) for b in data], sum(data))
print(72 in data, b"ell" in data, b"" in data, 0 in data)
checksum = 0
for byte in b"\x01\x02\xff":
    checksum = (checksum + byte) % 256
print(checksum)
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"\xff" > b"\x00")
print(b"a" == "a", b"abc" == bytearray(b"abc"), bytes(bytearray(b"x")))
print(max(b"azm"), min(b"azm"), sorted(b"cab"), bytes(sorted(b"cab")))
try:
    data[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "e" in data
except TypeError as e:
    print(type(e).__name__, e)
try:
    256 in data
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__, e)
