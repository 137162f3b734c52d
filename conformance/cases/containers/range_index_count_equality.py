# range.index/count, and range equality comparing the sequences produced rather than the arguments.
r = range(3, 30, 3)
print(r.index(3), r.index(27), r.count(9), r.count(10), r.count(9.0))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2))
print(range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(range(3) != range(4), hash(range(0, 6, 2)) == hash(range(0, 5, 2)))
print({range(3): "a"}[range(0, 3, 1)])
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)

def find_slot(slots, value):
    return slots.index(value)

def schedule(hour):
    return find_slot(range(8, 18, 2), hour)

print(schedule(8), schedule(16))
schedule(11)
