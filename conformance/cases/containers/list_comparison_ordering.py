# Lists compare lexicographically element by element, with shorter prefixes ordering first.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([] < [0], [] == [], [1, 2] == [1, 2.0])
print([1, [2, 3]] < [1, [2, 4]])
print(["b"] > ["a", "z"], ["abc"] < ["abd"])
print(max([[3, 1], [3, 0, 5], [2, 9]]), min([[1], [0, 5], [0]]))
print([1, 2] != [2, 1], [1, 2] <= [1, 2], [1, 2] >= [1, 3])
versions = ["1.10.0", "1.2.3", "1.2.10", "0.9"]
print(sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
print([1, "a"] == [1, "a"], [1, "a"] < [2, 0])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
print([1] == (1,), [float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n])
