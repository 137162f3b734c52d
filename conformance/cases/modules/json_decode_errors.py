# json.loads reports JSONDecodeError with position information for malformed input.
import json

bad_inputs = [
    "",
    "{",
    '{"a": 1,}',
    "[1, 2",
    "{'a': 1}",
    '{"a" 1}',
    "tru",
    "[1] extra",
    '"unterminated',
    "NaN1",
]
for text in bad_inputs:
    try:
        json.loads(text)
    except json.JSONDecodeError as e:
        print(repr(text), "->", e)
        print("   ", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads('{\n  "k": [1,\n   2,,]\n}')
except ValueError as e:
    print(type(e).__name__, e)
