# Parsing text with comprehensions: key=value configs, CSV rows, word frequencies and character classes.
config_text = """
# comment
host = example.org
port=8080

debug = true
"""
config = {k.strip(): v.strip() for k, v in (line.split("=", 1) for line in config_text.splitlines() if line.strip() and not line.startswith("#"))}
print(config)
csv_text = "name,age\nann,31\nbob,27\ncy,45"
header, *rows = csv_text.split("\n")
records = [dict(zip(header.split(","), r.split(","))) for r in rows]
print(records)
print([r["name"] for r in records if int(r["age"]) > 30])
text = "the cat saw the dog and the dog saw the cat"
freq = {w: text.split().count(w) for w in dict.fromkeys(text.split())}
print(freq)
print(sorted(freq, key=lambda w: (-freq[w], w))[:3])
s = "Hello, World! 123"
print("".join(c for c in s if c.isalpha()), [c for c in s if not c.isalnum() and c != " "], sum(int(c) for c in s if c.isdigit()))
print(" ".join(w.capitalize() for w in "make this a title".split()))
print({c: s.lower().count(c) for c in sorted(set(s.lower())) if c.isalpha() and s.lower().count(c) > 1})
