# Calls can unpack any iterable with * and any mapping with **, several times in one call.
def show(a, b, c, d=None, **rest):
    return f"a={a} b={b} c={c} d={d} rest={rest}"

args = [1, 2]
opts = {"d": 4, "z": 26}
print(show(*args, 3, **opts))
print(show(*"xy", *[0]))
print(show(*range(3), **{"d": "D"}, e=5))
print(show(0, *(), *[1, 2]))
print(show(**{"a": 1, "b": 2, "c": 3}))
print(show(*{"k1": 0, "k2": 0, "k3": 0}))

def coords(x, y):
    return x * 10 + y

points = [(1, 2), (3, 4), (5, 6)]
print([coords(*p) for p in points])
print(list(map(lambda p: coords(**p), [{"x": 1, "y": 1}, {"y": 2, "x": 2}])))
print(max(*[3, 8, 1]), print(*["a", "b"], sep="-"))
row = ("ann", 30, "oslo")
print("{} is {} and lives in {}".format(*row))
print("{name}-{age}".format(**{"name": "bo", "age": 7}))
def gen():
    yield 1
    yield 2
print(coords(*gen()))
