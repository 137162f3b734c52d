# format_map uses the mapping directly, so a dict subclass with __missing__ can supply defaults.
class Defaulting(dict):
    def __missing__(self, key):
        return "<" + key + ">"

template = "Hello {name}, you are {age} and live in {city}"
print(template.format_map(Defaulting(name="Ann", age=30)))
print("{a[0]} {b.real}".format_map({"a": "xyz", "b": 2}), "{x:>5}|".format_map({"x": 1}), "{k!r}".format_map(Defaulting()))
counter = {"hits": 0}
class Counting(dict):
    def __getitem__(self, key):
        counter["hits"] += 1
        return key.upper()
print("{a}{b}{a}".format_map(Counting()), counter["hits"])
for t, m in [("{missing}", {}), ("{0}", {"0": "x"}), ("{}", {"": 1}), ("{k}", [1])]:
    try:
        print(t.format_map(m))
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
