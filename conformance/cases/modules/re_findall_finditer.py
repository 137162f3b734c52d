# re.findall returns strings or tuples depending on groups; finditer yields match objects with positions.
import re

log = "user=alice id=42; user=bob id=7; user=carol id=1003"
print(re.findall(r"\d+", log))
print(re.findall(r"user=(\w+)", log))
print(re.findall(r"user=(\w+) id=(\d+)", log))
print(re.findall(r"(?:user)=\w+", log))
print(re.findall(r"x*", "axxb"))
print(re.findall(r"zzz", log))
for m in re.finditer(r"id=(\d+)", log):
    print(m.start(), m.end(), m.group(1), int(m.group(1)) * 2)
emails = "contact: a.b@example.com, bad@, c_d@test.org"
print([m.group() for m in re.finditer(r"[\w.]+@\w+\.\w+", emails)])
words = re.findall(r"\b\w+\b", "It's a dog-eat-dog world!")
print(words, len(words))
print(re.findall(r"(a)(b)?", "ab a"))
