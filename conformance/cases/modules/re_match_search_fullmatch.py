# re.match anchors at the start, re.search scans, and re.fullmatch requires the whole string.
import re

texts = ["abc123", "123abc", "abc", "x abc123 y"]
for t in texts:
    m = re.match(r"[a-z]+\d+", t)
    s = re.search(r"[a-z]+\d+", t)
    f = re.fullmatch(r"[a-z]+\d+", t)
    print(repr(t), m.group() if m else None, s.group() if s else None, f is not None)

m = re.search(r"(\d+)-(\d+)", "range: 10-20 units")
print(m.group(0), m.group(1), m.group(2), m.groups())
print(m.start(), m.end(), m.span(), m.span(2))
print(m.group(1, 2), m[0], m[2])
print(re.match(r"\s*", "abc").group() == "", re.search(r"$", "abc").start())
m = re.match(r"(a)(b)?", "ac")
print(m.groups(), m.groups("none"), m.group(2))
try:
    m.group(3)
except IndexError as e:
    print(type(e).__name__, e)
