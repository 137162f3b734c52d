# Augmented assignment on strings and bytes builds new objects; a bad operand type ends the program uncaught.
s = "ab"
t = s
s += "cd"
print(s, t)
s *= 2
print(s)
line = ""
for word in ["alpha", "beta", "gamma"]:
    if line:
        line += ", "
    line += word.upper()
print(line)
msg = "%s has %d items"
msg %= ("cart", 3)
print(msg)
b = b"x"
b += b"yz"
b *= 2
print(b)
try:
    b += "str"
except TypeError as e:
    print("TypeError", e)
try:
    s -= "c"
except TypeError as e:
    print("TypeError", e)

def build_label(parts):
    label = ""
    for p in parts:
        label += p
    return label

def render(rows):
    return [build_label(r) for r in rows]

print(render([["id-", "7"], ["x", "y", "z"]]))
print(render([["id-", 8]]))
