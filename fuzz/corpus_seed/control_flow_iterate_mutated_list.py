# Mutating a list while iterating over it skips or adds items based on index; copying avoids that.
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("buggy remove:", nums)

nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print("copy remove:", nums)

queue = [1]
for item in queue:
    if item < 20:
        queue.append(item * 3)
print("appended while iterating:", queue)

data = [10, 20, 30, 40]
seen = []
for i, x in enumerate(data):
    seen.append(x)
    if i == 1:
        data.pop(0)
print(seen, data)

items = ["a", "b", "c"]
for x in items:
    items[:] = []
    print("saw", x)
print(items)
filtered = [x for x in [5, 6, 7, 8] if x != 6]
print(filtered)
