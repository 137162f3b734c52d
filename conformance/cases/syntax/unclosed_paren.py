# A call whose opening parenthesis is never closed is rejected with "'(' was never closed".
def total(prices):
    result = 0
    for p in prices:
        result += p
    return result

print("starting")
print(total([1, 2, 3])
x = 5
print(x)
