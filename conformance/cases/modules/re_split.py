# re.split on patterns, with capture groups kept, maxsplit, and empty matches.
import re

print(re.split(r"[,;\s]+", "a, b;c  d,,e"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\d", "a1b2c3"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"x", "no match here"))
print(re.split(r"\s*", "a b"))
print(re.split(r"(\d+)([a-z])", "10a20b30"))
line = "key1 = value1 ; key2=value2;key3 =  value3"
pairs = dict(re.split(r"\s*=\s*", item) for item in re.split(r"\s*;\s*", line))
print(pairs)
print(re.split(r"^", "line1\nline2", flags=re.M))
print("a1b2".split("1"), re.split("1", "a1b2"))
