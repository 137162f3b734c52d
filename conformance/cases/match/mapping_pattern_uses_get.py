# Mapping patterns look keys up with the subject's get(), so __missing__ is not triggered but get overrides are.
class Defaulting(dict):
    def __missing__(self, key):
        print("__missing__ called for", key)
        return "default"

class Aliased(dict):
    ALIASES = {"colour": "color", "sz": "size"}
    def get(self, key, default=None):
        return super().get(self.ALIASES.get(key, key), default)

d = Defaulting(a=1)
print(d["zzz"])
match d:
    case {"zzz": v}:
        print("matched via __missing__?", v)
    case {"a": a}:
        print("only real keys match:", a)
item = Aliased(color="red", size=3)
print("colour" in item, item.get("colour"))
match item:
    case {"colour": c, "sz": s}:
        print("matched through get() aliases:", c, s)
match item:
    case {"color": c, **rest}:
        print("rest built from real items:", c, rest)
match {"k": None}:
    case {"missing": None}:
        print("never: absent key is not the same as a None value")
    case {"k": None}:
        print("None value stored under k matches")
