# String repetition with zero, negative and bool counts; `in` with non-string operands fails.
print(repr("ab" * 0), repr("ab" * -3), "ab" * True, repr("ab" * False), "-=" * 4 + "-", 2 * "xy" * 2)
print("" in "", "" in "x", "lo w" in "hello world", "LO" in "hello", "é" in "café", "e\u0301" in "café")
line = "=" * 20
print(line, len("abc" * 1000), ("na" * 4 + " batman").title())
ops = [lambda: "a" * "3", lambda: "a" * 2.0, lambda: "a" * None, lambda: 1 in "123", lambda: None in "abc",
       lambda: ["a"] in "abc", lambda: "a" * (2 ** 70)]
for op in ops:
    try:
        op()
    except (TypeError, OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
