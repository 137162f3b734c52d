# f-string conversions !r !s !a and the = specifier.
name, value = "café", 3.5
print(f"{name!r} {name!s} {name!a} {value=} {value = :.2f} {name=!s}")
print(f"{'nested ' + name.upper()} {[1, 2][-1]} {{literal}}")
