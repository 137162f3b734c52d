# List, set, dict and generator comprehensions with filters and nesting.
evens = [x * x for x in range(1_200_000) if x % 2 == 0]
print(len(evens), evens[-1])
grid = [[r * c for c in range(400)] for r in range(400)]
print(sum(sum(row) for row in grid))
uniq = {x % 1000 for x in range(900_000)}
print(len(uniq))
index = {str(x): x for x in range(100_000)}
print(index["99999"])
print(sum(x for x in range(1_500_000) if x % 7 == 3))
