# Sorting lists of ints, strings and tuples, with key functions and reverse.
seed = 12345
nums = []
for _ in range(200_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    nums.append(seed % 100_000)
a = sorted(nums)
print(a[0], a[len(a) // 2], a[-1])
b = sorted(nums, key=lambda x: (x % 100, -x))
print(b[:5])
names = ["n" + str(x) for x in nums[:50_000]]
names.sort(reverse=True)
print(names[:3])
pairs = sorted(zip(nums[:50_000], names), key=lambda p: p[1])
print(pairs[0], pairs[-1])
