# An uncaught TypeError from numeric code inside nested calls.
# xfail: output differs from CPython at line 7 (got: TypeError: unsupported operand type(s) for +: 'int' and 'str')
def average(values):
    return total(values) / len(values)

def total(values):
    result = 0
    for v in values:
        result += v
    return result

print(average([1, 2, 3]))
print(average([1, "2", 3]))
