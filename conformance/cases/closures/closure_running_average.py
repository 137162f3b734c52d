# A closure keeps running statistics across calls using nonlocal totals.
def make_averager():
    total = 0.0
    count = 0
    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count
    return add

avg = make_averager()
for v in [10, 11, 12, 20]:
    print(v, avg(v))

def make_minmax():
    lo = hi = None
    def update(x):
        nonlocal lo, hi
        lo = x if lo is None or x < lo else lo
        hi = x if hi is None or x > hi else hi
        return lo, hi
    return update

mm = make_minmax()
print([mm(x) for x in [5, 3, 8, 3, 9, 1]])

def make_ema(alpha):
    state = None
    def step(x):
        nonlocal state
        state = x if state is None else alpha * x + (1 - alpha) * state
        return round(state, 4)
    return step
ema = make_ema(0.5)
print([ema(x) for x in [4, 8, 8, 0]])
