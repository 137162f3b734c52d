# itertools.accumulate with functions and initial, and groupby on sorted and unsorted data.
from itertools import accumulate, groupby
import operator

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([10, -3, -4], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=0)))
print(list(accumulate(["a", "b", "c"])))
for key, group in groupby("aaabccdaa"):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
sales = [("east", 10), ("west", 5), ("east", 7), ("north", 1), ("west", 3)]
sales.sort(key=lambda s: s[0])
for region, rows in groupby(sales, key=lambda s: s[0]):
    print(region, sum(amount for _, amount in rows))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({k: list(g) for k, g in groupby(words, key=lambda w: w[0])})
groups = groupby("xxyy")
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
