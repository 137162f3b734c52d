# An exception raised by a sort key function propagates out of sorted() with the key function's frame.
def sort_key(record):
    return record["priority"], record["name"]
def prioritized(records):
    return sorted(records, key=sort_key)
tasks = [{"name": "b", "priority": 2}, {"name": "a", "priority": 1}, {"name": "c", "priority": 2}]
print([t["name"] for t in prioritized(tasks)])
calls = []
def tracking_key(x):
    calls.append(x)
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x
nums = [5, 3, 1]
try:
    nums.sort(key=tracking_key)
except ValueError as e:
    print(type(e).__name__, e, calls, nums)
tasks.append({"name": "d"})
print(prioritized(tasks))
