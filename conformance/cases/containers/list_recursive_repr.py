# Lists and dicts that contain themselves print with [...] and {...} instead of recursing forever.
a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a))
print(len(a), a[2] is a, a[2][2][0])
b = [a, a]
print(b)
d = {"name": "root"}
d["self"] = d
print(d)
x = []
y = [x]
x.append(y)
print(x, y)
e = {"items": []}
e["items"].append(e)
print(e)
t = ([],)
t[0].append(t)
print(t)
