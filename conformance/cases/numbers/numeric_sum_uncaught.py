# An uncaught TypeError from numeric code inside nested calls.
def average(values):
    return total(values) / len(values)

def total(values):
    result = 0
    for v in values:
        result += v
    return result

print(average([1, 2, 3]))
print(average([1, "2", 3]))
