# Changing a dict or set size while iterating raises RuntimeError; iterating over a list copy works.
prices = {"apple": 1.0, "pear": 0.0, "plum": 2.5, "fig": 0.0}
try:
    for k in prices:
        if prices[k] == 0:
            del prices[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(prices))
for k in list(prices):
    if prices[k] == 0:
        del prices[k]
print(prices)
for k in prices:
    prices[k] *= 2
print(prices)
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for v in prices.values():
        prices.pop("apple", None)
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(prices))
def prune(cache, limit):
    for key in cache:
        if len(cache) > limit:
            cache.pop(key)
    return cache
print(prune({1: "a", 2: "b"}, 5))
print(prune({1: "a", 2: "b", 3: "c"}, 1))
