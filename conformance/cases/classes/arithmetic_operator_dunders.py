# User classes implement -, *, /, //, %, **, @ and divmod through their dunder methods.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __sub__(self, o): return Num(self.v - o.v)
    def __mul__(self, o): return Num(self.v * o.v)
    def __truediv__(self, o): return Num(self.v / o.v)
    def __floordiv__(self, o): return Num(self.v // o.v)
    def __mod__(self, o): return Num(self.v % o.v)
    def __pow__(self, o, mod=None):
        return Num(pow(self.v, o.v, mod) if mod is not None else self.v ** o.v)
    def __matmul__(self, o): return f"matmul({self.v},{o.v})"
    def __divmod__(self, o): return ("divmod", self.v // o.v, self.v % o.v)

a, b = Num(17), Num(5)
print(a - b, a * b, a / b, a // b, a % b, a ** b)
print(a @ b, divmod(a, b), pow(a, b, 7))
print(Num(-7) // Num(2), Num(-7) % Num(2))
try:
    a / Num(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for op in ["-", "*", "@", "<<"]:
    try:
        if op == "-":
            a - 1
        elif op == "*":
            2 * a
        elif op == "@":
            1 @ a
        else:
            a << b
    except Exception as e:
        print(type(e).__name__, e)
