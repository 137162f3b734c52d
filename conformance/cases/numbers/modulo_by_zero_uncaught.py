# An uncaught integer modulo by zero raised from a nested helper in a bucketing routine.
def bucket(value, size):
    return value % size

def distribute(values, buckets):
    out = {}
    for v in values:
        out.setdefault(bucket(v, buckets), []).append(v)
    return out

print(distribute([3, 8, 12, 17, 21], 5))
print(distribute([-3, -8, 4], 3))
print(distribute([1, 2], 0))
