# Changing a set's size while iterating over it raises RuntimeError; iterating a snapshot avoids it.
def remove_evens(numbers):
    for n in numbers:
        if n % 2 == 0:
            numbers.remove(n)
    return numbers

def cleanup(numbers):
    return remove_evens(numbers)

nums = {1, 2, 3, 4, 5, 6}
for n in set(nums):
    if n % 2 == 0:
        nums.discard(n)
print(nums)
kept = {n for n in range(10) if n % 3}
print(kept)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s2 = {1, 2}
for x in s2:
    s2.add(x)
print(s2)
print(cleanup({1, 3, 5}))
print(cleanup({1, 2, 3}))
