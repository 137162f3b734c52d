# str.format specs built from nested replacement fields for fill, align, width and precision.
rows = [("alpha", 3.14159), ("beta", 2.5), ("gamma", 100.0)]
width = max(len(r[0]) for r in rows) + 2
for name, val in rows:
    print("{:{fill}{align}{w}}|{:>{vw}.{p}f}|".format(name, val, fill=".", align="<", w=width, vw=9, p=2))
print("{0:{1}{2}{3}}".format(42, "*", "^", 10), "{:{}}".format("x", ">3"), "{:{}{}}".format(5, "0", 4))
print("{0:{spec}}".format(255, spec="#x"), "{0:{spec}}".format(255, spec="08b"), "{:>{}}".format("", 0) == "")
for t, args, kw in [("{:{}}", ("x",), {}), ("{:{:{}}}", ("x", 1, 2), {}), ("{:{w}}", ("x",), {})]:
    try:
        print(t.format(*args, **kw))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
