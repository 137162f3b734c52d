# Builtin iterators (reversed, map, zip, enumerate, filter) are single-use: a second pass yields nothing.
nums = [1, 2, 3]
iterators = {
    "reversed": reversed(nums),
    "map": map(str, nums),
    "zip": zip(nums, nums),
    "enumerate": enumerate(nums),
    "filter": filter(None, nums),
    "iter": iter(nums),
}
for name, it in iterators.items():
    first = list(it)
    second = list(it)
    print(name, first, second, iter(it) is it)
data = [10, 20, 30]
r = reversed(data)
print(next(r))
data.append(40)
print(list(r))
m = map(lambda x: x * 10, data)
data.append(50)
print(list(m))
letters = list("abc")
en = enumerate(letters)
letters.insert(0, "z")
print(list(en))
squares = map(lambda n: n * n, range(4))
print(sum(squares), sum(squares), max(map(len, ["a", "abc"])))
