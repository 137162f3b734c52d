# close() on a delegating generator closes the sub-generator first, running both finally blocks.
def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("inner finally")

def outer():
    try:
        yield "o1"
        yield from inner()
        yield "o2"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(next(g))
g.close()
print("closed")

g2 = outer()
print(list(g2))
