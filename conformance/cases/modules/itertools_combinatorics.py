# itertools.product, permutations, combinations and combinations_with_replacement output order and counts.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(["".join(p) for p in product("xy", "z", "12")])
print(list(permutations("abc")))
print(list(permutations([1, 2, 3], 2)))
print(list(combinations("abcd", 2)))
print(list(combinations(range(5), 3))[:4], len(list(combinations(range(5), 3))))
print(list(combinations_with_replacement("ab", 2)))
print(list(permutations([], 0)), list(combinations([1, 2], 3)), list(product()))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 4) for c in combinations_with_replacement(coins, r) if sum(c) == 30]
print(ways)
try:
    list(permutations("ab", -1))
except ValueError as e:
    print(type(e).__name__, e)
