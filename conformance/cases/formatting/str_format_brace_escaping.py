# Doubled braces are literal in str.format and f-strings; stray single braces raise ValueError.
print("{{}}".format(), "{{{0}}}".format(7), "{{0}}".format(7), "{{{{x}}}}".format(), "a}}b{{c".format())
v = 3
print(f"{{v}}", f"{{{v}}}", f"{{{{v}}}}", f"set: {{{', '.join(['a', 'b'])}}}", f"}}{{")
print("%s {braces} %d" % ("x", 1), "{} {{%s}}".format("fmt") % "pct")
print('{"json": {0}}'.replace("{0}", "1"), '{{"k": {0}}}'.format(2))
for t in ["}", "{", "a } b", "{0}}", "{{0}", "x{"]:
    try:
        print(t.format(1))
    except ValueError as e:
        print(type(e).__name__, repr(t), e)
