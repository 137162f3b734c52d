# reverse=True keeps equal elements in original order, unlike sorting then reversing.
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
by_rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(by_rev)
then_reversed = sorted(pairs, key=lambda p: p[0])[::-1]
print(then_reversed)
print(by_rev == then_reversed)
tasks = ["write:2", "test:1", "ship:3", "plan:1", "docs:2"]
tasks.sort(key=lambda t: int(t.split(":")[1]))
print(tasks)
tasks.sort(key=lambda t: t.split(":")[0])
tasks.sort(key=lambda t: int(t.split(":")[1]), reverse=True)
print(tasks)
calls = []
def key(x):
    calls.append(x)
    return -x
vals = [3, 1, 2]
vals.sort(key=key)
print(vals, calls)
