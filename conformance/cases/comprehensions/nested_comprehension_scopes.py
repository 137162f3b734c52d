# Inner comprehensions see outer comprehension variables; nested genexps in functions capture them late.
xs = [1, 2, 3]
ys = [10, 20]
print([[x + y for y in ys] for x in xs])
print([[(x, y) for y in range(x)] for x in range(3)])
print({x: {y: x * y for y in ys} for x in xs[:2]})
print([sum(x * y for y in ys) for x in xs])
gens = [(x * y for y in ys) for x in xs]
print([list(g) for g in gens])
funcs = [[lambda: x + y for y in ys] for x in xs]
print([f() for row in funcs for f in row])
def grid(n):
    return [[f"{chr(65 + r)}{c}" for c in range(n)] for r in range(n)]
print(grid(2))
def apply_defaults(rows, defaults):
    return [{k: row.get(k, defaults[k]) for k in defaults} for row in rows]
print(apply_defaults([{"a": 1}, {"b": 5}], {"a": 0, "b": 0}))
lookup = {"x": [1, 2], "y": [3]}
print([(k, v) for k in sorted(lookup) for v in lookup[k]])
