# Tuple concatenation only accepts tuples; += rebinds to a new tuple and errors name the types.
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
print(t + (), () + t, t + tuple([4, 5]))
try:
    t + [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + 4
except TypeError as e:
    print(type(e).__name__, e)
try:
    t += "ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    t * 1.5
except TypeError as e:
    print(type(e).__name__, e)
print(t * 2, t * 0, t * -1)
print(t)
