# Named groups are accessible by name, via groupdict(), and missing optional groups give None.
import re

pattern = re.compile(r"(?P<method>GET|POST) (?P<path>/\S*)(?: (?P<version>HTTP/\d\.\d))?")
requests = ["GET /index.html HTTP/1.1", "POST /api/users", "DELETE /x"]
for r in requests:
    m = pattern.match(r)
    if m is None:
        print("no match:", r)
        continue
    print(m.group("method"), m["path"], m.group("version"))
    print("  ", m.groupdict())
    print("  ", m.groupdict(default="n/a"))
print(pattern.groupindex["path"], sorted(pattern.groupindex.items()))
m = re.match(r"(?P<word>\w+) (?P=word)", "hello hello world")
print(m.group(), m.start("word"), m.end("word"))
date = re.fullmatch(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", "2024-07-09")
parts = {k: int(v) for k, v in date.groupdict().items()}
print(parts, date.lastgroup, date.lastindex)
try:
    date.group("hour")
except IndexError as e:
    print(type(e).__name__, e)
