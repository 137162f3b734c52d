# Instances with __call__ are callable with any argument forms; callable() reports it.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value, *extra, scale=1):
        self.calls += 1
        return (value + sum(extra)) * self.factor * scale

double = Multiplier(2)
print(double(5), double(1, 2, 3), double(1, scale=10), double.calls)
print(list(map(double, [1, 2, 3])), sorted([3, -1, 2], key=Multiplier(-1)))
print(callable(double), callable(Multiplier), callable(5), callable(len))

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
tick = Counter()
tick(); tick()
print(tick(), tick.n)

class Pipeline:
    def __init__(self, *steps):
        self.steps = steps
    def __call__(self, x):
        for step in self.steps:
            x = step(x)
        return x
pipe = Pipeline(str.strip, str.lower, len, Multiplier(2))
print(pipe("  AbC "), Pipeline(str.upper)("ok"))
for bad in [lambda: object()(), lambda: double()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
