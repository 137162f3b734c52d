# Tight while and for loops over integers with arithmetic and comparisons.
total = 0
i = 0
while i < 1_500_000:
    if i % 3 == 0 or i % 5 == 0:
        total += i
    i += 1
print(total)

acc = 0
for a in range(600):
    for b in range(600):
        acc = (acc + a * b) & 0xFFFFFF
print(acc)
