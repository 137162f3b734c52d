# Comprehensions nested in the element expression build 2D structures: transpose, identity, and table rendering.
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
print(transposed)
print([[1 if r == c else 0 for c in range(3)] for r in range(3)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
flat_vs_nested = ([x for row in matrix for x in row], [[x for x in row] for row in matrix])
print(flat_vs_nested)
table = [("name", "qty"), ("apple", "3"), ("kiwi", "12")]
widths = [max(len(row[i]) for row in table) for i in range(2)]
print("\n".join(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "|" for row in table))
print([[c for c in word if c not in "aeiou"] for word in ["queue", "rhythm"]])
print({k: {v: len(v) for v in vs} for k, vs in {"a": ["x", "yy"], "b": []}.items()})
tri = [[j for j in range(i)] for i in range(4)]
print(tri, sum(len(t) for t in tri))
