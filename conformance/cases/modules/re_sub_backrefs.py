# re.sub with group backreferences, named references, function replacements and count.
import re

print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail bob@site.com now"))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "due 2024-03-15 and 2023-12-01"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"\s+", " ", "  too   many    spaces  ").strip())
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 10), "a1 b22 c333"))
print(re.sub(r"a", "X", "banana", count=2))
print(re.subn(r"[aeiou]", "", "programming language"))
print(re.sub(r"(\w)\1", r"<\1\1>", "bookkeeper"))
print(re.sub(r"x*", "-", "abc"))
print(re.sub(r"(\d)", r"\g<1>0", "1 2 3"))
camel = "parseHttpResponseCode"
print(re.sub(r"(?<!^)(?=[A-Z])", "_", camel).lower())
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(type(e).__name__, e)
