# Nested for clauses run left-to-right like nested loops, and ifs may appear after any for clause.
print([(x, y) for x in range(3) for y in range(x)])
print([x * 10 + y for x in range(1, 4) if x != 2 for y in range(3) if y != x])
print([c + d for c in "ab" for d in "xyz"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row])
print([v for row in matrix if sum(row) > 6 for v in row if v % 2])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
order = []
res = [(order.append(f"x{x}"), order.append(f"y{y}"))[0] for x in range(2) for y in range(2)]
print(order, len(res))
grid = ["#.#", "..#"]
print([(r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "#"])
print([w for sentence in ["a bb", "ccc d"] for w in sentence.split() if len(w) > 1])
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
