# Generators can be consumed by for loops, list(), tuple(), sum(), min(), max() and "in".
def squares(n):
    for i in range(n):
        yield i * i

for s in squares(4):
    print("square", s)
print(list(squares(5)))
print(tuple(squares(3)))
print(sum(squares(10)))
print(min(squares(6)), max(squares(6)))
print(16 in squares(10))
print(15 in squares(10))
print(sum(squares(0)))
try:
    max(squares(0))
except ValueError as e:
    print(type(e).__name__, e)
print(max(squares(0), default=-1))
print(", ".join(str(x) for x in squares(4)))
