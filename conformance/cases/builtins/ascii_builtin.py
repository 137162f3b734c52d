# ascii() is repr() with non-ASCII characters escaped as \x, \u or \U sequences, applied recursively.
print(ascii("plain"), ascii("caf\u00e9"), ascii("\u2603 snow"), ascii("\U0001f600"))
print(ascii(["na\u00efve", "ok"]), ascii({"k\u00e9y": "v"}), ascii(("\u00ff",)))
print(ascii(42), ascii(1.5), ascii(None), ascii(b"\xff"), ascii("tab\there"))
print(ascii("quote'"), ascii('both\'"'), ascii(""))
print(repr("caf\u00e9") == "'caf\u00e9'", ascii("caf\u00e9") == "'caf\\xe9'", len(ascii("\u00e9")))
class Pet:
    def __repr__(self):
        return "Pet(\u00e9l\u00e9phant)"
print(ascii(Pet()), ascii([Pet()]))
print(f"{'\u00e9'!a}", "%a" % "\u00e9t\u00e9", "{!a}".format("\u0101"))
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
