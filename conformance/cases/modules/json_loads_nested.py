# json.loads parses nested objects, arrays, numbers, booleans and null into Python values.
import json

text = '''
{
  "users": [
    {"id": 1, "name": "Ada", "active": true, "score": 91.5, "tags": ["admin"]},
    {"id": 2, "name": "Linus", "active": false, "score": 78, "tags": []},
    {"id": 3, "name": "Grace", "active": true, "score": null, "tags": ["dev", "ops"]}
  ],
  "meta": {"count": 3, "next": null, "ratio": 1e2}
}
'''
data = json.loads(text)
print(data["meta"])
for u in data["users"]:
    print(u["id"], u["name"], u["active"], u["score"], len(u["tags"]))
active = [u["name"] for u in data["users"] if u["active"]]
print(active)
print(type(data["users"][1]["score"]).__name__, type(data["users"][0]["score"]).__name__)
print(json.loads("[]"), json.loads('"text"'), json.loads("-0.5"), json.loads("null"))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads(json.dumps(data)) == data)
print(json.loads('{"t": [1, 2]}', object_hook=lambda d: sorted(d.items())))
