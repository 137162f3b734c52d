# Shallow copies (slice, list(), .copy(), dict(), {**d}) copy the outer container but share nested objects.
original = [[1, 2], [3, 4], "s", 5]
copies = [original[:], list(original), original.copy(), [*original]]
for c in copies:
    print(c == original, c is original, c[0] is original[0])
copies[0][0].append(99)
copies[0][1] = "replaced"
print(original)
print(copies[1])
cfg = {"name": "svc", "ports": [80, 443], "meta": {"v": 1}}
c1 = cfg.copy()
c2 = dict(cfg)
c3 = {**cfg}
c1["name"] = "other"
c2["ports"].append(8080)
c3["meta"]["v"] = 2
print(cfg)
print(c1["name"], c2["name"], c1["ports"] is c3["ports"])
deep = {k: (v.copy() if isinstance(v, (list, dict)) else v) for k, v in cfg.items()}
deep["ports"].clear()
print(cfg["ports"], deep["ports"])
s = {1, 2}
t = s.copy()
t.add(3)
print(s, t, set(s) == s)
tup = (1, [2])
print(tup[:] is tup, tuple(tup) is tup, tup[:1] is tup)
