# Recursive binary search and merge sort with slicing and index bounds.
def bsearch(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return bsearch(items, target, mid + 1, hi)
    return bsearch(items, target, lo, mid - 1)

def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

data = merge_sort([38, 27, 43, 3, 9, 82, 10, 3])
print(data)
print([bsearch(data, t) for t in (3, 10, 82, 5, 100)])
print(bsearch([], 1), merge_sort([]), merge_sort(["pear", "apple", "fig"]))
