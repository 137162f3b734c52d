# Strings are immutable: item assignment fails.
s = "hello"
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
t = s.replace("h", "H")
print(s, t, s is not t)
