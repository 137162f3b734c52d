# Recursive functions memoized with an explicit dict argument: edit distance and coin change.
def edit_distance(a, b, memo=None):
    if memo is None:
        memo = {}
    key = (len(a), len(b))
    if key in memo:
        return memo[key]
    if not a or not b:
        result = len(a) + len(b)
    elif a[0] == b[0]:
        result = edit_distance(a[1:], b[1:], memo)
    else:
        result = 1 + min(edit_distance(a[1:], b, memo), edit_distance(a, b[1:], memo), edit_distance(a[1:], b[1:], memo))
    memo[key] = result
    return result

for a, b in [("kitten", "sitting"), ("", "abc"), ("flaw", "lawn"), ("same", "same")]:
    print(a, b, edit_distance(a, b))

def ways(amount, coins, memo):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    key = (amount, len(coins))
    if key not in memo:
        memo[key] = ways(amount - coins[0], coins, memo) + ways(amount, coins[1:], memo)
    return memo[key]

cache = {}
print(ways(100, [50, 25, 10, 5, 1], cache), len(cache) > 0)
print(ways(7, [2, 4], {}), ways(0, [], {}))
