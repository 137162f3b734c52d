# Ordering comparisons within and across containers: tuples/strings lexicographic, sets by subset, mixed types fail.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), ("a", 5) < ("b", 0), () < (0,))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abcd", "" < "a")
print({1} < {1, 2}, {1, 2} > {3}, {1} <= {1})
events = [("2024-03-01", 2, "deploy"), ("2024-01-15", 1, "plan"), ("2024-03-01", 1, "test")]
print(sorted(events))
print(min(events)[2], max(events)[2])
print(sorted(["b10", "b9", "a100"]), sorted([(2, "b"), (2, "a"), (1, "z")]))
def check(a, b):
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
check((1, "a"), (1, "b"))
check((1, "a"), (2, None))
check((1, "a"), (1, None))
check([1], "1")
check((), [])
check(None, None)
check({1: 2}, {1: 2})
check(frozenset({1}), {1, 2})
check(b"a", bytearray(b"b"))
