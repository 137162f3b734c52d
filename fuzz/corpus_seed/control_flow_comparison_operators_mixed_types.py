# Equality across types is allowed but ordering comparisons of unrelated types raise TypeError.
print(1 == 1.0, 1 == "1", [1] == (1,), None == 0, True == 1, 0.5 == 1 / 2)
print(1 != "1", {} != [], (1, 2) == (1, 2.0))
print(None is None, [] is [], "a" in "abc", 3 in {3: "x"}, "x" not in ["x"])
checks = [
    lambda: 1 < "2",
    lambda: "a" >= 3.5,
    lambda: [1] < (1,),
    lambda: None < 1,
    lambda: {1: 2} < {3: 4},
    lambda: (1, "a") < (1, 2),
    lambda: 1 in 5,
    lambda: [] in "abc",
]
for check in checks:
    try:
        print(check())
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1.5, True, 0]))
try:
    sorted([3, "x", 1])
except TypeError as e:
    print("TypeError", e)
print(max("apple", "Banana"), min((2, "b"), (2, "a")))
def rank(rows):
    return sorted(rows, key=lambda r: r["score"])
def report(rows):
    return [r["name"] for r in rank(rows)]
print(report([{"name": "a", "score": 3}, {"name": "b", "score": 1}]))
print(report([{"name": "a", "score": 3}, {"name": "b", "score": None}]))
