# Wrong argument counts to methods, forgotten self, and calling unbound methods produce precise TypeErrors.
class Calc:
    def add(self, a, b):
        return a + b
    def no_self():
        return "no self"
    def kw_only(self, *, scale):
        return scale * 2

c = Calc()
print(c.add(1, 2), Calc.add(c, 3, 4), Calc.no_self(), c.kw_only(scale=4))
attempts = [
    lambda: c.add(1),
    lambda: c.add(1, 2, 3),
    lambda: c.no_self(),
    lambda: Calc.add(1, 2),
    lambda: c.kw_only(3),
    lambda: c.kw_only(),
    lambda: c.add(1, b=2, c=3),
    lambda: c.add(a=1, a2=2),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(type(e).__name__, e)
