# Floor division and modulo round toward negative infinity for ints of mixed signs.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 3, -1 % 3, 1 % -3)
