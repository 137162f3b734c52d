# An exception raised inside a lambda passed to map() surfaces when the map is consumed, with a <lambda> frame.
def parse_prices(raw):
    return list(map(lambda s: float(s.strip("$")), raw))
def total(raw):
    prices = parse_prices(raw)
    return round(sum(prices), 2)
print(total(["$1.50", "$2.25", "3"]))
lazy = map(lambda s: int(s), ["1", "x"])
print("map built, nothing parsed yet")
try:
    print(list(lazy))
except ValueError as e:
    print(type(e).__name__, e)
print(total(["$4.00", "$ten"]))
