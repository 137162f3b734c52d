# String indexing: valid negative indices and IndexError/TypeError messages for bad ones.
s = "héllo"
print(s[0], s[-1], s[1], s[-5], s[len(s) - 1], s[True], s[False])
for idx in [5, -6, 100, 1.0, "0", None, (1,)]:
    try:
        print(s[idx])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ""[0]
except IndexError as e:
    print(type(e).__name__, e)
