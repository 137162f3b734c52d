# Keys 1, 1.0 and True are the same dict key: the first key object is kept and the last value wins.
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
d2 = {True: "bool", 1: "int"}
print(d2)
d3 = {}
d3[1.0] = "a"
d3[1] = "b"
print(d3, list(d3)[0], type(list(d3)[0]).__name__)
d4 = {0: "zero", False: "f", 0.0: "z", -0.0: "nz", 0j: "c"}
print(d4)
print(d[True], d[1.0], 1 in d, 1.0 in d, True in d, 2 in d)
counts = {}
for v in [1, 1.0, True, 2, 2.0, "1", "2"]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
s = {1, 1.0, True, 2.0, 2}
print(s, len(s))
print({1.5: "x"}.get(1.5), {2: "two"}.get(2.0), {(1, 2): "t"}.get((1.0, 2.0)))
d5 = dict.fromkeys([True, 1, 1.0])
print(d5)
