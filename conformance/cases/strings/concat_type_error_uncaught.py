# Building a message by concatenating a str with an int fails inside nested helpers.
def label(key, value):
    return key + "=" + value

def build_query(params):
    parts = []
    for key, value in params.items():
        parts.append(label(key, value))
    return "&".join(parts)

print(build_query({"q": "python", "lang": "en"}))
print("count: " + str(3), "a" + "" + "b", "x" "y", "%s" % 3 + "!")
print(build_query({"q": "rust", "page": 2}))
