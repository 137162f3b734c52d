# An exception inside a generator expression appears with its own <genexpr> frame when the consumer pulls it.
def check(value):
    if value < 0:
        raise ValueError(f"negative value: {value}")
    return value
def total(values):
    return sum(check(v) for v in values)
def report(values):
    return f"total={total(values)}"
print(report([1, 2, 3]))
gen = (check(v) for v in [5, -1])
print("generator created")
print(next(gen))
print(report([4, -2, 7]))
