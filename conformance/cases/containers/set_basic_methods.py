# set.add, discard, remove, pop and clear on sets of ints, with remove's KeyError and pop on empty.
s = {3, 1, 2}
s.add(2)
s.add(4)
print(s, len(s))
print(s.discard(10), s.discard(1), s)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {1, 2}
alias = t
t.clear()
print(t, alias, set(), type({}).__name__)
print({5, 3, 9, 1}, {-1, 0, 1}, set(range(5)))
try:
    s.add()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
