# Dicts compare equal regardless of order, but ordering comparisons between dicts are TypeErrors.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != b)
print({1: "a"} == {1.0: "a"}, {True: 1} == {1: 1}, {} == dict())
print({"k": [1, 2]} == {"k": [1, 2]}, {"k": [1, 2]} == {"k": (1, 2)})
print(a == list(a.items()), a == dict(a.items()))
print(a.items() == b.items(), a.keys() == b.keys(), a.values() == b.values())
nan = float("nan")
print({"n": nan} == {"n": nan}, {"n": float("nan")} == {"n": float("nan")})
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<": a < b
        elif op == "<=": a <= b
        elif op == ">": a > b
        else: a >= b
    except TypeError as e:
        print(type(e).__name__, e)
try:
    max([{"a": 1}, {"a": 2}])
except TypeError as e:
    print(type(e).__name__, e)
print(max([{"a": 1}, {"a": 2}], key=lambda d: d["a"]))
print(a.keys() < {"x", "y", "z"}, a.items() <= {("x", 1), ("y", 2)})
