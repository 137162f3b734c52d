# bytearray is a mutable bytes sequence: item/slice assignment, append/extend/pop/insert/remove and value range checks.
buf = bytearray(b"hello")
buf[0] = 72
buf[1:3] = b"EY"
print(buf, len(buf))
buf.append(33)
buf.extend(b" ok")
buf.extend([10])
print(buf)
print(buf.pop(), buf.pop(0), buf)
buf.insert(0, ord("J"))
buf.remove(ord("E"))
del buf[-3:]
print(buf, bytes(buf), buf.decode())
buf += b"??"
buf *= 2
print(buf, buf.count(b"?"))
buf.clear()
print(buf, bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"))
b2 = bytearray(b"abc")
b2.reverse()
print(b2, b2.upper(), type(b2.upper()).__name__, b2 == b"cba")
try:
    buf.append(b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(b2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b2[0] = "a"
except TypeError as e:
    print(type(e).__name__, e)
b2[0] = 256
