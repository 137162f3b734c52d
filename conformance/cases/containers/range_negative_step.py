# Ranges with negative steps count down, exclude the stop value, and are empty when start <= stop.
print(list(range(10, 0, -3)), list(range(0, 10, -1)), list(range(-1, -5, -1)))
print(list(range(5, -6, -5)), len(range(5, -6, -5)))
r = range(20, 3, -4)
print(r, r[0], r[-1], 4 in r, 8 in r, r.index(12))
print(list(reversed(range(1, 10, 3))), reversed(range(3)).__class__.__name__)
print(range(10, 0, -3)[::-1], range(10, 0, -1)[2:5], range(10, 0, -1)[-2:])
countdown = []
for i in range(3, 0, -1):
    countdown.append(f"T-{i}")
print(" ".join(countdown) + " liftoff")
s = "abcdef"
print("".join(s[i] for i in range(len(s) - 1, -1, -2)))
print(max(range(9, 0, -2)), min(range(9, 0, -2)), sorted(range(3, 0, -1)))
