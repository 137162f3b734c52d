# functools.total_ordering fills in comparison methods and cmp_to_key adapts old-style comparators.
from functools import total_ordering, cmp_to_key

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

a, b = Version("1.10.0"), Version("1.9.3")
print(a > b, a >= b, a <= b, a != b, a == Version("1.10.0"))
print(sorted([Version("2.0"), a, b, Version("0.1")]))
print(max(Version("3.1"), Version("3.01.1")))

def by_length_then_reverse_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)

words = ["pear", "fig", "apple", "kiwi", "date", "yam"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse_alpha)))

def numeric_desc(a, b):
    return b - a

print(sorted([3, 1, 2], key=cmp_to_key(numeric_desc)))
print(min([5, 8, 1], key=cmp_to_key(numeric_desc)))
try:
    Version("1.0") < 5
except AttributeError as e:
    print(type(e).__name__, e)
