# list.append, extend and insert mutate in place, return None, and insert clamps out-of-range indices.
items = [1, 2]
print(items.append(3), items)
items.extend((4, 5))
items.extend("ab")
items.extend(range(2))
print(items)
items.insert(0, "first")
items.insert(-1, "before-last")
items.insert(100, "end")
items.insert(-100, "start")
print(items)
items.append([6, 7])
print(len(items), items[-1])
nums = []
for i in range(3):
    nums.insert(0, i)
print(nums)
try:
    nums.append(1, 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    nums.extend(5)
except Exception as e:
    print(type(e).__name__, e)
try:
    nums.insert(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    nums.insert("0", 1)
except Exception as e:
    print(type(e).__name__, e)
