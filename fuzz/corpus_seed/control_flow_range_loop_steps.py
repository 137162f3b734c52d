# for loops over ranges with negative and large steps, reversed(), and empty ranges.
print(list(range(0, 10, 3)))
print(list(range(10, 0, -3)))
print(list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)))
print(list(reversed(range(1, 8, 2))))
countdown = []
for n in range(3, -1, -1):
    countdown.append(str(n) if n else "liftoff")
print(" ".join(countdown))
total = 0
for k in range(-5, 6):
    total += k
print(total)
r = range(2, 20, 4)
print(len(r), r[1], r[-1], 14 in r, 15 in r, r.index(10))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError", e)
for i in range(2):
    for j in range(i, 3):
        print((i, j), end=" ")
print()
print(list(range(-3)), list(range(-3, -10, -2)))
