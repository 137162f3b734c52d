# Calling dict() to build lookup tables from zip, enumerate, keyword args, and converting back with list().
headers = ["id", "name", "score"]
rows = [["1", "ann", "9.5"], ["2", "bob", "7"]]
records = [dict(zip(headers, r)) for r in rows]
print(records)
index = dict(enumerate(headers, start=1))
print(index, dict(map(reversed, index.items())))
print(dict(a=1, b=[2]), dict(), dict([]), dict(dict(x=1)))
print(list(dict(z=0, y=1)), dict(sorted({"b": 2, "a": 1}.items())))
print(dict.__name__, type(dict()) is dict, isinstance({}, dict))
converters = dict(id=int, name=str, score=float)
typed = [{k: converters[k](v) for k, v in r.items()} for r in records]
print(typed)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict(zip(headers, rows), extra=1, **{"extra": 2})
except TypeError as e:
    print(type(e).__name__, e)
