# json.dumps raises TypeError for unsupported types unless a default function handles them.
import json
from datetime import date

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

for value in [{1, 2}, b"bytes", Point(1, 2), date(2024, 1, 2), {(1, 2): "tuple key"}]:
    try:
        json.dumps(value)
    except TypeError as e:
        print(type(e).__name__, e)

def encode(obj):
    if isinstance(obj, Point):
        return {"x": obj.x, "y": obj.y}
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, set):
        return sorted(obj)
    raise TypeError(f"cannot encode {type(obj).__name__}")

print(json.dumps({"p": Point(1, 2), "d": date(2024, 1, 2), "s": {3, 1, 2}}, default=encode))
try:
    json.dumps([complex(1, 2)], default=encode)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"skip": 1, (1, 2): "x"}, skipkeys=True))
