# In Python 3.13, close() returns the generator's return value if it handles GeneratorExit and returns.
def summing():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        return total

g = summing()
next(g)
for v in (3, 4, 5):
    g.send(v)
print("close returned", g.close())
print("close again", g.close())

def ignores():
    yield 1

g2 = ignores()
next(g2)
print("plain close", g2.close())
