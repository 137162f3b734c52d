# Builtin and bound methods are first-class: used as key functions, stored in variables and dicts, passed to map.
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=str.lower), sorted(words, key=str.casefold, reverse=True))
s = "Hello"
up = s.upper
low = s.lower
print(up(), low(), up is not None, callable(up))
print(list(map(str.strip, ["  a ", "b  "])), list(map(str.title, ["ann lee", "bo"])))
ops = {"upper": str.upper, "lower": str.lower, "swap": str.swapcase, "len": len}
for name, fn in ops.items():
    print(name, fn("MiXeD"))
count_a = "banana".count
print(count_a("a"), count_a("an"), count_a("n", 3))
lookup = {"x": 1, "y": 2}.get
print(lookup("x"), lookup("z", 0), list(map(lookup, ["y", "x", "q"])))
join_dash = "-".join
print(join_dash(["a", "b"]), join_dash("xyz"))
is_digit = str.isdigit
print(list(filter(is_digit, ["1", "a", "22"])), str.upper("direct"), str.replace("aaa", "a", "b", 2))
print(str.upper.__name__, s.upper.__name__, len.__name__, s.upper.__self__)
try:
    str.upper()
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
