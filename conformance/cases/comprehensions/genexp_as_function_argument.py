# A generator expression as the sole call argument needs no extra parentheses; with other arguments it does.
nums = [4, 7, 1, 9]
print(sum(n * 2 for n in nums), max(n % 5 for n in nums), min(abs(n - 5) for n in nums))
print(", ".join(str(n) for n in nums), "".join(c.upper() for c in "abc" if c != "b"))
print(sorted((n for n in nums if n > 2), reverse=True), sum((n for n in nums), 100))
print(dict((n, n * n) for n in range(3)), set(n % 2 for n in nums), tuple(c for c in "xy"))
print(list(enumerate((w.title() for w in ["ab", "cd"]), start=1)))
print(any(n > 8 for n in nums), all(n > 0 for n in nums), next(n for n in nums if n > 5))
def describe(items, sep="/"):
    return sep.join(items)
print(describe(s.strip() for s in [" a", "b "]), describe((s for s in "pq"), sep="-"))
class Bag:
    def __init__(self, items):
        self.items = list(items)
print(Bag(x for x in range(3)).items)
print(max((len(w), w) for w in "pear fig banana kiwi".split()))
print(sum(1 for line in "a\n\nb\nc".splitlines() if line))
