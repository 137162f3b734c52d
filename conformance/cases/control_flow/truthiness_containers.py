# Truthiness of builtin containers and sequences depends on their length.
samples = [
    [], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), frozenset([1]),
    "", " ", "0", b"", b"\x00", bytearray(), bytearray(1), range(0), range(5, 5), range(1),
]
for s in samples:
    print(type(s).__name__, repr(s), bool(s))
d = {"k": []}
print(bool(d), bool(d["k"]))
print(bool([[]]), bool([[]][0]))
print(bool(memoryview(b"")), bool(memoryview(b"a")))
