# list(), tuple() and set() consume iterators fully, copy their input, and accept generators, dicts and strings.
gen = (n * 2 for n in range(4))
print(list(gen), list(gen))
it = iter("abcd")
next(it)
print(tuple(it), tuple(it))
src = [3, 1, 3, 2]
print(list(src) is src, tuple(src), set(src), sorted(set(src)))
t = (1, 2)
print(tuple(t) is t, list(t), set(t) == {1, 2})
d = {"x": 1, "y": 2}
print(list(d), tuple(d.values()), set(d.values()), list(d.items()))
print(list(range(3)) + list("ab"), tuple([[]]), len(set([1, 1.0, True])))
words = "the quick the lazy the end".split()
unique_in_order = list(dict.fromkeys(words))
print(unique_in_order, len(set(words)))
for fn in (list, tuple, set):
    try:
        fn(42)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
