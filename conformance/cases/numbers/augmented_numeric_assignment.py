# Augmented assignment operators on ints and floats inside a running-balance loop.
balance = 1000
history = []
for op, amount in [("+", 250), ("-", 75), ("*", 3), ("//", 4), ("%", 500), ("**", 2), ("<<", 2), (">>", 3), ("|", 7), ("&", 0xFF), ("^", 0x0F)]:
    if op == "+": balance += amount
    elif op == "-": balance -= amount
    elif op == "*": balance *= amount
    elif op == "//": balance //= amount
    elif op == "%": balance %= amount
    elif op == "**": balance **= amount
    elif op == "<<": balance <<= amount
    elif op == ">>": balance >>= amount
    elif op == "|": balance |= amount
    elif op == "&": balance &= amount
    elif op == "^": balance ^= amount
    history.append(balance)
print(history)
rate = 1.0
for _ in range(3):
    rate *= 1.1
    rate /= 2
print(rate)
x = 10
x /= 4
print(x, type(x).__name__)
