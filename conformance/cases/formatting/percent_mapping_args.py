# printf-style formatting with a mapping: named keys, repeats, flags and the related errors.
row = {"name": "Widget", "qty": 3, "price": 4.5, "tags": ["a", "b"]}
print("%(name)s x%(qty)d @ %(price).2f = %(price)08.3f" % row)
print("%(name)r %(tags)s %(name)-10s| %(qty)+05d %(missing_ok)s" % dict(row, missing_ok=None))
print("%(a)s%(a)s%%" % {"a": "ha"}, "no fields" % {}, "%(x)s" % {"x": {"nested": 1}})
for fmt, args in [("%(name)s", ("x",)), ("%(nope)s", row), ("%(name)s %s", row), ("%(name", row), ("%(q)d", {"q": "3"})]:
    try:
        print(fmt % args)
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
