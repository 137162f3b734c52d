# all() and any() on empty and non-empty iterables return bools, use truthiness, and stop at the first decisive item.
print(all([]), any([]), all([1, 2]), any([0, 0]), all([1, 0]), any([0, "x"]))
print(all("abc"), any(""), all([[], [1]]), any([[], {}, (0,)]), all(range(1, 5)), any(range(0)))
print(type(all([1])).__name__, all([1, "a"]), any([None, 0.0, 3]))
def noisy(value):
    print("  check", value)
    return value
print(any(noisy(v) for v in [0, 2, 0, 3]))
print(all(noisy(v) for v in [1, 0, 5]))
it = iter([0, 0, 7, 8, 9])
print(any(it), list(it))
rows = [{"ok": True, "n": 3}, {"ok": True, "n": 0}]
print(all(r["ok"] for r in rows), any(r["n"] == 0 for r in rows))
words = ["alpha", "beta", "gamma"]
print(all(w.islower() for w in words), any(w.startswith("g") for w in words))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    all([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
