# Repeated float multiplication saturates to inf, and int() of it raises OverflowError in a nested call.
def grow(value, factor, steps):
    for _ in range(steps):
        value *= factor
    return value

def as_whole(value, factor, steps):
    return int(grow(value, factor, steps))

print(as_whole(1.0, 2.0, 10), as_whole(3.0, 0.5, 3))
print(grow(1.0, 1e10, 40), grow(-1.0, 1e10, 40), grow(1.0, 1e-10, 40))
print(as_whole(1.0, 10.0, 400))
