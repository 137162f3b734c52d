# Generator expressions capture loop variables in their own scope and see later rebinding of free names.
factor = 2
g = (x * factor for x in range(3))
factor = 100
print(list(g))

x = "outer"
result = list(x for x in "ab")
print(result, x)

items = [1, 2, 3]
g2 = (i for i in items)
items = [9, 9]
print(list(g2))

nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))

print(sum(x for x in range(5)), max((len(w) for w in ["a", "abc", "ab"])))

matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row if v != 2))
