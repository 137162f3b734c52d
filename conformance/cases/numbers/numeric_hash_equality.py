# Equal numbers of different types hash alike and collapse as dict keys and set members.
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True), hash(-1) == hash(-1.0), hash(0) == hash(-0.0))
print(hash(2 ** 100) == hash(float(2 ** 100)), hash(0.5) == hash(0.5 + 0j), hash(-1))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len(d))
print({0, 0.0, False, -0.0}, {1, 2.0, 3 + 0j}, len({10, 10.0, 10 + 0j}))
counts = {}
for key in [1, 1.0, 2, 2.5, True, 2.0]:
    counts[key] = counts.get(key, 0) + 1
print(counts)
