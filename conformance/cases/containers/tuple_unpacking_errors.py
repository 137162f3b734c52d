# Unpacking with the wrong number of values raises ValueError with count-specific messages.
def unpack2(seq):
    try:
        a, b = seq
        print("ok", a, b)
    except Exception as e:
        print(type(e).__name__, e)

unpack2((1, 2))
unpack2((1, 2, 3))
unpack2([1])
unpack2("abc")
unpack2(x for x in range(5))
unpack2({})
unpack2(7)
try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    *a, b, c, d = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (a, b), c = [1, 2]
except TypeError as e:
    print(type(e).__name__, e)

def parse_pair(line):
    key, value = line.split("=")
    return key, value

def parse_all(lines):
    return dict(parse_pair(line) for line in lines)

print(parse_all(["a=1", "b=2"]))
parse_all(["a=1", "b=2=3"])
