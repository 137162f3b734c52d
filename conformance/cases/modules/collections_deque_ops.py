# deque append/appendleft/pop/popleft, rotate, extendleft, maxlen discarding and indexing.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1])
print(d.count(7), d.index(8))
d.remove(7)
print(d, 3 in d)
recent = deque(maxlen=3)
for event in ["login", "view", "click", "buy", "logout"]:
    recent.append(event)
    print(list(recent))
print(recent, recent.maxlen)
recent.appendleft("first")
print(recent)
print(deque("abc", maxlen=0), deque(range(5), 2))
try:
    d.remove(100)
except ValueError as e:
    print(type(e).__name__, e)
