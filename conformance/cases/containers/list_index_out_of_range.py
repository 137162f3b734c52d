# Indexing past the end of a list raises IndexError from inside nested calls, shown in the traceback.
def last_n(values, n):
    return [values[-i] for i in range(1, n + 1)]

def nth(values, i):
    return values[i]

def lookup(table, row, col):
    return nth(nth(table, row), col)

table = [[1, 2, 3], [4, 5, 6]]
print(lookup(table, 1, 2), lookup(table, -1, -3))
print(last_n([1, 2, 3, 4], 2))
try:
    last_n([1, 2], 3)
except IndexError as e:
    print(type(e).__name__, e)
try:
    nth((1, 2), 2)
except IndexError as e:
    print(type(e).__name__, e)
try:
    nth("ab", -3)
except IndexError as e:
    print(type(e).__name__, e)
print(lookup(table, 0, 3))
