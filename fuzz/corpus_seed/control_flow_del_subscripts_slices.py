# del on list indexes, slices with steps, and dict keys, with errors for missing entries.
nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums)
letters = list("abcdefgh")
del letters[1::3], letters[0]
print(letters)
inv = {"apple": 3, "pear": 0, "plum": 5}
for k in [k for k, v in inv.items() if v == 0]:
    del inv[k]
print(inv)
matrix = [[1, 2, 3], [4, 5, 6]]
del matrix[1][0]
print(matrix)
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def d1(): del nums[5]
def d2(): del inv["kiwi"]
def d3(): t = (1, 2); del t[0]
def d4(): s = "abc"; del s[0]
attempt(d1)
attempt(d2)
attempt(d3)
attempt(d4)
lst = [1, 2, 3]
del lst[10:20]
print(lst)
