# Parsing "k=v; k2=v2" config strings with split/partition/strip; a field without '=' fails to unpack.
def parse_pair(chunk):
    key, value = chunk.split("=")
    return key.strip().lower(), value.strip()

def parse_config(text):
    return dict(parse_pair(c) for c in text.split(";") if c.strip())

print(parse_config("Host = example.com; PORT=8080 ;debug= true;"))
print(parse_config("  "), parse_config("a=1;;b=2"))
line = "name: Ada Lovelace | born: 1815 | field: math"
print({k.strip(): v.strip() for k, _, v in (p.partition(":") for p in line.split("|"))})
print(parse_config("user=root; verbose"))
