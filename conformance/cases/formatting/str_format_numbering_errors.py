# str.format automatic vs manual numbering, reuse of arguments and out-of-range indexes.
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}{0}".format("x", "y"))
print("{}".format("only", "extra", "ignored"), "{} {name} {}".format(1, 2, name="n"), "{1}{n}{0}".format(1, 2, n="-"))
print("{0:{1}}|".format("pad", 6), "{:>{}}|".format("r", 4), "{:{}.{}f}".format(3.14159, 8, 2))
for t, args in [("{0} {}", (1, 2)), ("{} {0}", (1, 2)), ("{} {}", (1,)), ("{3}", (1, 2)), ("{-1}", (1,)), ("{0", (1,)), ("{:{}} {1}", (1, 2))]:
    try:
        print(t.format(*args))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
