# Higher-order functions take or return functions: map, filter, custom reduce, apply_n.
def my_map(fn, items):
    return [fn(x) for x in items]

def my_filter(pred, items):
    return [x for x in items if pred(x)]

def my_reduce(fn, items, initial):
    acc = initial
    for x in items:
        acc = fn(acc, x)
    return acc

def apply_n(fn, n, x):
    for _ in range(n):
        x = fn(x)
    return x

nums = [1, 2, 3, 4, 5, 6]
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 2 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
print(apply_n(lambda s: s + "!", 3, "hey"))
print(list(map(str, nums)), list(filter(None, [0, 1, "", "a", None])))
print(list(map(lambda a, b: a - b, [10, 20, 30], [1, 2])))
print(list(map(pow, [2, 3], [5, 2])))
print(sorted(map(len, ["aaa", "b", "cc"])))
print(any(map(str.isdigit, "ab3")), all(map(str.isalpha, "ab3")))
words = ["Data", "is", "the", "new", "oil"]
print(my_reduce(lambda acc, w: acc + len(w), words, 0))
try:
    my_map(None, [1])
except TypeError as e:
    print("TypeError", e)
