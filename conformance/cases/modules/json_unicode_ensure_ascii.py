# json.dumps escapes non-ASCII by default and keeps it with ensure_ascii=False; loads decodes escapes.
import json

data = {"city": "Zürich", "greeting": "こんにちは", "emoji": "😀", "tab": "a\tb", "nl": "x\ny"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.loads('"\\u00e9t\\u00e9"'))
print(json.loads('"\\ud83d\\ude00"') == "😀")
print(json.dumps("back\\slash /slash"))
print(json.dumps("\x00\x1f"))
s = json.dumps(["naïve", "café"], ensure_ascii=False)
print(s, len(s))
print(json.loads(s)[1].upper())
try:
    json.loads('"\\x41"')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
