# Alignment, fill and precision for strings.
s = "abc"
print(f"[{s:>6}] [{s:<6}] [{s:^7}] [{s:*^9}] [{s:.2}] [{s:6.2}]")
print(format(s, ">5"), format("", "-^4"), "{:>{w}}".format(s, w=5))
