# list + requires another list, while += accepts any iterable; error messages name the types.
a = [1, 2]
print(a + [3], a + [], [] + a)
try:
    a + (3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + "xy"
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1,) + a
except TypeError as e:
    print(type(e).__name__, e)
a += (3, 4)
a += "xy"
a += {9: "nine"}
print(a)
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a - [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a)
