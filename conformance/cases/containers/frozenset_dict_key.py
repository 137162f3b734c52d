# frozensets are immutable and hashable: usable as dict keys and set members, with no mutating methods.
edges = {}
for a, b in [(1, 2), (2, 1), (2, 3), (3, 2), (1, 3)]:
    key = frozenset((a, b))
    edges[key] = edges.get(key, 0) + 1
print(edges)
print(edges[frozenset({3, 1})], frozenset({1, 2}) in edges)
fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 2 in fs, frozenset(), repr(frozenset([5])))
print(fs | {9}, fs & {1, 9}, fs - {1}, type(fs - {1}).__name__)
sets_of_sets = {frozenset({1}), frozenset({1}), frozenset({1, 2})}
print(len(sets_of_sets), frozenset({1, 2}) in sets_of_sets)
print(frozenset({1, 2}) == {1, 2}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(fs.copy() is fs, set(fs) is fs)
try:
    fs.discard(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    fs |= {4}
    print("rebound", fs)
except AttributeError as e:
    print(type(e).__name__, e)

def mark_seen(group, item):
    group.add(item)

def process(group):
    mark_seen(group, 99)

process(frozenset({1}))
