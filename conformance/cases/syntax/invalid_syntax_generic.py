# A binary operator with no right-hand operand is rejected with plain "invalid syntax".
items = [1, 2, 3]
print("before")
total = 0
for item in items:
    total = total + item *
print(total)
print("after")
