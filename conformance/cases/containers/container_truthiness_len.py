# Empty containers are falsy and non-empty ones truthy; len() works on all built-in containers.
samples = [[], [0], (), (None,), {}, {"": ""}, set(), {0}, "", " ", b"", b"\x00", range(0), range(1), bytearray(), frozenset()]
for s in samples:
    print(repr(s), bool(s), len(s))
def describe(items):
    if not items:
        return "nothing"
    return f"{len(items)} item(s)"
print(describe([]), describe({"a": 1}), describe("xy"), describe(set()))
print([] or "default", [1] or "default", {} and "never", {1: 1} and "yes")
values = [x for x in [[], [1], "", "a", {}, {1: 2}] if x]
print(values)
