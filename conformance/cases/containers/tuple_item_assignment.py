# Tuples reject item assignment and deletion, though mutable elements inside can still change.
def set_first(t, value):
    t[0] = value

def update(record, value):
    set_first(record, value)
    return record

t = (1, [2, 3], "x")
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0:1] = (9,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
update((0, 1), 5)
