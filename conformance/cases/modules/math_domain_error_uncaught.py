# A math domain error raised by math.sqrt inside nested calls propagates as an uncaught ValueError.
import math

def distance(a, b):
    return math.sqrt(a * a - b * b)

def triangle_sides(pairs):
    out = []
    for a, b in pairs:
        out.append(distance(a, b))
    return out

try:
    math.acos(2)
except ValueError as e:
    print(type(e).__name__, e)
print(triangle_sides([(5, 3), (13, 12)]))
print(triangle_sides([(10, 6), (3, 4)]))
