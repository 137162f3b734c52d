# The in-place set methods update, intersection_update, difference_update and symmetric_difference_update return None.
s = {1, 2, 3}
print(s.update([4, 5], range(6, 8)), s)
print(s.intersection_update({1, 2, 3, 4, 5, 99}, [2, 3, 4, 5]), s)
print(s.difference_update([5], {4}), s)
print(s.symmetric_difference_update([3, 10]), s)
seen = set()
dupes = set()
for n in [4, 1, 4, 2, 1, 4, 7]:
    if n in seen:
        dupes.add(n)
    seen.add(n)
print(seen, dupes)
visited = {0}
frontier = {0}
edges = {0: [1, 2], 1: [3], 2: [3, 4], 3: [], 4: [0]}
while frontier:
    nxt = set()
    for node in frontier:
        nxt.update(edges[node])
    nxt -= visited
    visited |= nxt
    frontier = nxt
print(visited)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.intersection_update([[1]])
except TypeError as e:
    print(type(e).__name__, e)
