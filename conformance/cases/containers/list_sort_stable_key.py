# list.sort is stable, accepts key= and reverse= keyword-only, and returns None.
people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 25), ("eve", 40)]
print(people.sort(key=lambda p: p[1]))
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
records = [{"n": "x", "s": 3}, {"n": "y", "s": 1}, {"n": "z", "s": 3}]
records.sort(key=lambda r: (-r["s"], r["n"]))
print([r["n"] for r in records])
nums = [3, -1, 2, -5, 4]
nums.sort(key=abs, reverse=True)
print(nums)
nums.sort(key=None)
print(nums)
try:
    nums.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([2.5, 1, True, 0.5]))
