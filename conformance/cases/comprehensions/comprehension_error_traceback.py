# An exception inside a list comprehension in a function: in 3.13 comprehensions are inlined, so no <listcomp> frame.
def parse_ratio(text):
    num, den = text.split("/")
    return int(num) / int(den)
def parse_all(items):
    return [parse_ratio(t) for t in items]
def summarize(items):
    values = parse_all(items)
    return round(sum(values), 3)
print(summarize(["1/2", "3/4"]))
try:
    parse_all(["1/2", "x/3"])
except ValueError as e:
    print(type(e).__name__, e)
print(summarize(["1/4", "2/0"]))
