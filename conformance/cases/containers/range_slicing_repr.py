# Slicing a range gives another range; repr shows the step only when it is not 1; start/stop/step attributes.
r = range(0, 20, 2)
print(r[2:5], r[::-1], r[::3], r[-3:], r[5:2])
print(list(r[2:5]), list(r[::-1]))
print(range(3), range(1, 3), range(1, 3, 1), range(3, 1, -1), range(-2, 2, 2))
print(r.start, r.stop, r.step, range(4).start, range(4).step)
print(repr(range(0)), str(range(5, 0, -1)))
print(r[0], r[-1], r[len(r) - 1])
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.start = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(range(10)[3:8][1:3], range(10)[::2][::2])
