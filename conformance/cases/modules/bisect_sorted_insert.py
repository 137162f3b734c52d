# bisect_left/bisect_right find insertion points and insort keeps a list sorted, including key functions.
import bisect

scores = [10, 20, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25))
print(bisect.bisect_left(scores, 5), bisect.bisect_right(scores, 100))
print(bisect.bisect_left(scores, 20, lo=2), bisect.bisect_right(scores, 20, 0, 2))

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 60, 77, 89, 90, 100]])
items = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(items, x)
print(items)
bisect.insort_left(items, 4)
print(items)
people = [("al", 25), ("bo", 31), ("cy", 40)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]))
bisect.insort(people, ("di", 35), key=lambda p: p[1])
print(people)

def contains(sorted_list, x):
    i = bisect.bisect_left(sorted_list, x)
    return i < len(sorted_list) and sorted_list[i] == x

print(contains(items, 3), contains(items, 2), contains([], 1))
try:
    bisect.bisect([1, 2], 1, lo=-1)
except ValueError as e:
    print(type(e).__name__, e)
