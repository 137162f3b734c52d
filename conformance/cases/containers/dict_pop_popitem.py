# dict.pop with/without default and dict.popitem's LIFO order, plus their KeyError messages.
d = {"x": 1, "y": 2, "z": 3}
print(d.pop("y"), d)
print(d.pop("missing", None), d.pop("missing", "dflt"))
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e, e.args)
d["w"] = 4
print(d.popitem(), d.popitem(), d)
print(d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
queue = dict.fromkeys(["job1", "job2", "job3"], "pending")
while queue:
    job, status = queue.popitem()
    print("processing", job, status)
