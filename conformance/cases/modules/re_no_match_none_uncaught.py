# Calling .group() on the None returned by a failed re.match raises AttributeError.
import re

def extract_version(line):
    m = re.match(r"version (\d+)\.(\d+)", line)
    if m:
        return tuple(map(int, m.groups()))
    return None

def version_number(line):
    return re.search(r"v(\d+)", line).group(1)

def parse_all(lines):
    return [version_number(line) for line in lines]

print(extract_version("version 3.13"))
print(extract_version("no version here"))
print(re.match(r"b", "abc"), re.fullmatch(r"ab", "abc"), re.search(r"z", "abc"))
print(parse_all(["v1", "build v22"]))
print(parse_all(["v3", "missing"]))
