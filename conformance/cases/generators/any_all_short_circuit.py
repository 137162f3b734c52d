# any() and all() stop consuming a generator as soon as the answer is known.
def noisy(values):
    for v in values:
        print("  producing", v)
        yield v

print("any:", any(noisy([0, 0, 3, 4])))
print("all:", all(noisy([1, 2, 0, 5])))
print("any empty:", any(noisy([])))
print("all empty:", all(noisy([])))

g = noisy([False, True, "rest", "more"])
print(any(g))
print("remaining:", list(g))

words = ["apple", "banana", "cherry"]
print(any(len(w) > 5 for w in words))
print(all(w.islower() for w in words))
