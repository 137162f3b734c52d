# A generator expression can be iterated only once; later consumers see it exhausted, unlike a list.
gen = (x * x for x in range(4))
print(sum(gen), sum(gen), list(gen))
gen = (c for c in "abc")
print("b" in gen, list(gen))
gen = (n for n in [3, 1, 2])
print(max(gen), min(gen, default="exhausted"))
gen = (n for n in range(5))
first_two = [next(gen), next(gen)]
print(first_two, list(gen), next(gen, "done"))
lst = [x * x for x in range(4)]
print(sum(lst), sum(lst))
def stats(values):
    return len(list(values)), sum(values)
print(stats([1, 2, 3]), stats(v for v in [1, 2, 3]))
gen = (x for x in range(3))
a, b = list(gen), list(gen)
print(a, b, iter(gen) is gen, type(gen).__name__)
try:
    len(x for x in "ab")
except TypeError as e:
    print(type(e).__name__, e)
g = (x for x in "ab")
try:
    g[0]
except TypeError as e:
    print(type(e).__name__, e)
