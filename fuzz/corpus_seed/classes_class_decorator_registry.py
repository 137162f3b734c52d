# Class decorators receive the class object, can register or modify it, and their return value replaces it.
REGISTRY = {}
order = []

def register(name):
    order.append("make " + name)
    def deco(cls):
        order.append("apply " + name)
        REGISTRY[name] = cls
        cls.kind = name
        return cls
    return deco

def add_describe(cls):
    def describe(self):
        return f"{cls.__name__}({self.kind})"
    cls.describe = describe
    return cls

@add_describe
@register("csv")
class CsvReader:
    pass

@register("xml")
@register("json")
class JsonReader:
    pass

print(sorted(REGISTRY), REGISTRY["csv"] is CsvReader, REGISTRY["xml"] is JsonReader)
print(CsvReader().describe(), JsonReader.kind, hasattr(JsonReader, "describe"))
print(order)

def replace_with_name(cls):
    return cls.__name__.lower()

@replace_with_name
class Thing:
    pass
print(Thing, type(Thing).__name__)
