# A generator can only be iterated once; after exhaustion it yields nothing more.
def three():
    yield 1
    yield 2
    yield 3

g = three()
print(list(g))
print(list(g))
print(sum(g))
for x in g:
    print("never printed", x)
print("loop done")

g2 = three()
first = next(g2)
print(first, list(g2), list(g2))

g3 = (c for c in "xyz")
print("".join(g3), repr("".join(g3)))
print(iter(g) is g)

data = three()
print(2 in data, list(data))
