# Strings have no mutating methods: item deletion, append and attribute assignment all fail.
s = "hello"
for op in [lambda: s.append("!"), lambda: s.sort(), lambda: setattr(s, "upper", None), lambda: s.reverse()]:
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1:3] = "EL"
except TypeError as e:
    print(type(e).__name__, e)
t = s
t += " world"
print(s, "|", t, s is t, "".join(sorted(s)), s[::-1])
chars = list(s)
chars[0] = "J"
print("".join(chars), hasattr(s, "upper"), hasattr(s, "append"))
