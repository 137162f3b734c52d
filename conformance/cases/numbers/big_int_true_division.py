# True division of huge ints is correctly rounded or raises OverflowError.
print(10 ** 400 / 10 ** 399, (10 ** 400 + 1) / 10 ** 400, 2 ** 2000 / 2 ** 1999, 1 / 10 ** 400)
print((2 ** 53 + 1) / 1, (10 ** 30) / 3, -(10 ** 300) / 7, (3 ** 500) / (3 ** 499))
try:
    10 ** 400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1.0
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 * 1.0
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 398, 10 ** 400 // 3 % 1000, -(10 ** 400) // 10 ** 399)
