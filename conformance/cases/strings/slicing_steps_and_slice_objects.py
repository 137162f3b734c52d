# Extended slicing with negative steps, slice objects and the zero-step error.
s = "0123456789"
print(s[::-2], s[-1:-4:-1], s[5:0:-1], s[5::-1], s[:5:-1], s[-3::-3], s[1:-1:3], s[10:0:-4])
sl = slice(1, None, 2)
print(s[sl], s[slice(3)], s[slice(-2, None)], s[slice(None, None, -1)], sl.indices(len(s)), slice(-5, 50, -1).indices(10))
print(repr(s[5:2]), repr(s[-1:-1]), s[2:100:3], "héllo wörld"[::-1], "héllo"[-4:-1])
for bad in [lambda: s[::0], lambda: s["1":], lambda: s[1.5:], lambda: s[:: "x"]]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
