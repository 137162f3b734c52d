# Chained assignment binds every target to the same object, assigning targets left to right.
a = b = c = 0
print(a, b, c)
a += 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
rows = cols = None
print(rows, cols)
i = 0
data = [10, 20, 30]
i = data[i] = 2
print(i, data)
data = [10, 20, 30]
data[0] = i = 1
print(i, data)
p, q = r = (1, 2)
print(p, q, r)
log = []
class Recorder:
    def __setitem__(self, k, v):
        log.append((k, v))
rec = Recorder()
rec["first"] = rec["second"] = rec["third"] = "v"
print(log)
d = {}
d["a"] = d["b"] = {}
d["a"]["shared"] = True
print(d)
