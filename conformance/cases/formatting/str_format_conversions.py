# str.format conversion flags !r !s !a combined with specs, and invalid conversions.
class Item:
    def __str__(self):
        return "item"
    def __repr__(self):
        return "Item()"

print("{0!s} {0!r} {0!a} {0}".format(Item()), "{!r:>10}|{!s:<6}|".format("é", 5), "{0!a}".format(["ñ"]))
print("{!r}".format(1.0), "{!r}".format("a'b"), "{x!r:^9}|".format(x="mid"), "{0!s:.3}".format("truncate"))
for t in ["{!x}", "{!}", "{!rr}", "{0!r:}extra}", "{!r"]:
    try:
        print(t.format("v"))
    except ValueError as e:
        print(type(e).__name__, e)
