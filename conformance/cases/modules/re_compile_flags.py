# Compiled patterns and flags IGNORECASE, MULTILINE, DOTALL and VERBOSE change matching.
import re

pat = re.compile(r"error: (\w+)", re.IGNORECASE)
print(pat.pattern, pat.groups, bool(pat.flags & re.IGNORECASE))
print(pat.findall("Error: disk ERROR: net error: mem"))
print(pat.search("no problems") is None)

text = "first line\nsecond line\nthird"
print(re.findall(r"^\w+", text))
print(re.findall(r"^\w+", text, re.MULTILINE))
print(re.findall(r"\w+$", text, re.M))
print(re.search(r"line.second", text), re.search(r"line.second", text, re.DOTALL).group())
verbose = re.compile(r"""
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.findall("call 555-1234 or 777.9876 or 1112222"))
print(re.findall(r"(?i)hello", "Hello HELLO hello"))
print(pat.sub("E", "error: a, ERROR: b"))
print(re.compile(r"\d+").match("abc123", 3).group())
print(re.compile(r"\d+").fullmatch("123", 0, 2).group())
try:
    re.compile(r"(unclosed")
except re.error as e:
    print(type(e).__name__, e)
try:
    re.compile(r"a**")
except re.error as e:
    print(type(e).__name__, e)
