# Closures, nonlocal counters, higher-order functions and lambdas.
def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def compose(f, g):
    return lambda x: f(g(x))


c = make_counter()
for i in range(900_000):
    c(i % 3)
print(c(0))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(sum(inc_then_double(i) for i in range(600_000)))
adders = [(lambda k: (lambda x: x + k))(k) for k in range(100)]
total = 0
for i in range(9000):
    for f in adders:
        total = f(total) % 1_000_003
print(total)
