# Conversions that overflow raise OverflowError.
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 5000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 > 1e308)
