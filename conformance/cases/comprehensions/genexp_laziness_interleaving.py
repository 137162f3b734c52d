# A generator expression computes each element only when requested, interleaving with the consumer's work.
def fetch(i):
    print(f"  fetch {i}")
    return i * 10
gen = (fetch(i) for i in range(3))
print("created")
for value in gen:
    print("consumed", value)
lst = [fetch(i) for i in range(3)]
print("list built eagerly", lst)
pipeline = (v + 1 for v in (fetch(i) for i in range(2)))
print("pipeline created")
print(next(pipeline))
print(list(pipeline))
evens = (n for n in range(10**9) if n % 2 == 0)
print(next(evens), next(evens), next(evens))
words = iter(["alpha", "beta", "gamma"])
upper = (w.upper() for w in words)
print(next(upper), next(words), list(upper))
