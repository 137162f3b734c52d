# sorted() returns a new list from any iterable, honouring key=, reverse= and stability; arguments are keyword-only.
inventory = {"pear": 3, "apple": 10, "fig": 3, "kiwi": 7}
print(sorted(inventory), sorted(inventory, key=inventory.get), sorted(inventory, key=inventory.get, reverse=True))
print(sorted(inventory.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted((3, 1, 2), reverse=True), sorted({5, 1, 3}))
files = ["img10.png", "img2.png", "img1.png", "IMG3.png"]
def natural(name):
    stem = name.lower().split(".")[0]
    return (stem.rstrip("0123456789"), int(stem[len(stem.rstrip("0123456789")):]))
print(sorted(files), sorted(files, key=natural))
nums = [3, 1, 2]
out = sorted(nums)
print(out, nums, out is nums, sorted([]), sorted(x * x for x in range(-2, 3)))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
