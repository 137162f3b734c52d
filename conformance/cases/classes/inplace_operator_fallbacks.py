# In-place operators use __i*__ when defined, else the binary method; the result is rebound to the name.
class Text:
    def __init__(self, s):
        self.s = s
    def __repr__(self):
        return f"Text({self.s!r})"
    def __add__(self, o):
        print("add")
        return Text(self.s + str(o))
    def __mul__(self, n):
        print("mul")
        return Text(self.s * n)
    def __isub__(self, o):
        print("isub")
        self.s = self.s.replace(str(o), "")
        return self
    def __imul__(self, n):
        print("imul -> NotImplemented")
        return NotImplemented
    def __ior__(self, o):
        print("ior returns None")
t = t0 = Text("ab")
t += "c"
print(t, t is t0)
t0 = t
t -= "b"
print(t, t is t0)
t *= 2
print(t)
t |= 1
print(t)
items = alias = [1]
items += [2]
print(items, alias is items)
x = Text("q")
try:
    x -= 5
    x //= 2
except TypeError as e:
    print(type(e).__name__, e, x)
