# Enum members have name and value, support lookup by value and name, iteration and identity comparison.
# xfail: raises ModuleNotFoundError: No module named 'enum'
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color))
print([m.name for m in Color], list(Color.__members__))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED is Color(1))
print(isinstance(Color.RED, Color), type(Color.RED).__name__)
print({Color.RED: "stop", Color.GREEN: "go"}[Color(1)])
for bad in (4, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    Color["PURPLE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(Color.RED.name.lower(), f"{Color.GREEN}", str(Color.BLUE))
