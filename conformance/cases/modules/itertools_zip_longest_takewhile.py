# itertools.zip_longest with fillvalue, takewhile, dropwhile, filterfalse, compress and starmap.
from itertools import zip_longest, takewhile, dropwhile, filterfalse, compress, starmap

print(list(zip_longest("abc", [1])))
print(list(zip_longest("ab", range(4), fillvalue="-")))
print(list(zip_longest()))
names = ["id", "name", "email"]
row = ["7", "Ann"]
print(dict(zip_longest(names, row, fillvalue="")))
data = [1, 3, 5, 6, 7, 9]
print(list(takewhile(lambda x: x % 2, data)))
print(list(dropwhile(lambda x: x % 2, data)))
print(list(takewhile(lambda x: x < 0, data)), list(dropwhile(lambda x: x < 100, data)))
print(list(filterfalse(lambda x: x % 3, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, []])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
lines = ["# comment", "# another", "real = 1", "# inline", "more = 2"]
print(list(dropwhile(lambda s: s.startswith("#"), lines)))
