# Methods looked up on the type (list.append, dict.get, set.add) act as plain functions taking the instance first.
items = []
add = items.append
for i in range(3):
    add(i * i)
print(items)
list.append(items, 99)
list.extend(items, [7, 8])
print(items, list.pop(items), list.index(items, 99), list.count(items, 0))
buckets = {"a": [], "b": []}
for word in ["apple", "bee", "avocado"]:
    list.append(buckets[word[0]], word)
print(buckets)
print(dict.get(buckets, "a"), dict.get(buckets, "z", "none"), dict.keys(buckets))
seen = set()
mark = seen.add
for n in [3, 1, 3, 2, 1]:
    mark(n)
print(seen, set.union(seen, {9}), set.__len__(seen))
pushes = [[] for _ in range(2)]
list(map(list.append, pushes, ["x", "y"]))
print(pushes)
print(list(map(list.pop, [[1, 2], [3, 4]])), list(map(dict.keys, [{"k": 1}])))
try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.get([], 1)
except TypeError as e:
    print(type(e).__name__, e)
