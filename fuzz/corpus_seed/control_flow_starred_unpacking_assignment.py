# Starred targets collect the remaining items into a list, which may be empty.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a, *b, c = 1, 2
print(a, b, c)
*everything, = (5, 6)
print(everything)
cmd, *args = "git commit -m msg".split()
print(cmd, args)
name, *_ = ["alice", "x", "y"]
print(name, _)
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
for start, *others in [(1, 2, 3), (4,), ("x", "y")]:
    print(start, others)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
print(type(b).__name__)
