[x for x in y]
# ---
[x for x in y if x if z]
# ---
[x for x in y for z in x]
# ---
[(a, b) for a, b in c]
# ---
[x for *a, b in c]
# ---
{x for x in y}
# ---
{k: v for k, v in d.items()}
# ---
{k: v for k in a for v in b if k != v}
# ---
(x for x in y)
# ---
(x for x in y if x)
# ---
sum(x for x in y)
# ---
[[y for y in x] for x in z]
# ---
[x for x in (yield)]
# ---
[x for x in lambda: y]
# ---
[x for x in a if (b := c)]
# ---
[x async for x in y]
# ---
{x: y async for x, y in z}
# ---
[await x for x in y]
# ---
[x for x in y if not x]
# ---
[x if x else y for x in z]
# ---
[lambda: x for x in y]
# ---
{**a, 'b': [c for c in d]}
# ---
[x for x in a or b]
# ---
[x for x, in y]
# ---
[x for (x) in y]
# ---
[x for x.y in z]
# ---
[x for x[0] in z]
# ---
[i for i in range(10) if i % 2 if i % 3]
# ---
(x for x in y for y in z if y)
