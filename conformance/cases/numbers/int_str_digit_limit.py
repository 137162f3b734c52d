# Converting an int with more than 4300 decimal digits to or from str raises ValueError.
def describe(n):
    return f"{len(label(n))} digits"

def label(n):
    return str(n)

print(describe(10 ** 4299), describe(-(10 ** 4298)))
try:
    int("7" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(10 ** 5000)), (10 ** 5000).bit_length(), int("1" * 4300) % 9)
print(describe(10 ** 4300))
