# An agent-style slugify pipeline of chained str methods that fails on a None title.
def slugify(title):
    cleaned = "".join(c if c.isalnum() else " " for c in title.lower())
    return "-".join(cleaned.split())

def slugs(titles):
    return {slugify(t): t for t in titles}

print(slugify("  Hello, World!  "), slugify("Rust & Python: a 2024 review"), slugify("Ünïcode Títle"))
print(slugs(["A B", "C--D", "e_f"]))
print(slugify("---"), repr(slugify("")))
print(slugs(["ok", None]))
