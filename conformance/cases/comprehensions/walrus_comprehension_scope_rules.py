# Walrus targets in comprehensions reach function-local, global or nonlocal scope depending on where the comprehension is.
last = None
def scan(words):
    global last
    return [last := w for w in words if w.startswith("p")]
print(scan(["pear", "apple", "plum"]), last)
def outer():
    found = "none"
    def inner(items):
        nonlocal found
        return [found := i for i in items if i % 7 == 0]
    r = inner([3, 14, 21, 5])
    return r, found
print(outer())
def nested():
    rows = [[1, 2], [3, 4]]
    flat = [(cell := c) for r in rows for c in r]
    gen_result = sum((g := r[0]) for r in rows)
    return flat, cell, gen_result, g
print(nested())
def shadow():
    mx = 0
    winners = [v for v in [4, 9, 2, 11, 3] if v > mx and (mx := v)]
    return winners, mx
print(shadow())
