# Strings compare lexicographically by code point; mixing with other types fails.
print("abc" < "abd", "abc" < "abcd", "" < "a", "Z" < "a", "a" < "B", "10" < "9", "é" > "z", "aa" > "a")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x"]))
print(sorted(["b", "A", "a", "B"], key=str.lower), max("hello"), min("hello", "help", "hell"), max(["x", "yy"], key=len))
print("abc" == "abc", "a" * 3 == "aaa", "ß" == "ss", "\u00e9" == "e\u0301", "A" <= "A" < "a")
versions = ["1.10", "1.2", "1.9"]
print(sorted(versions), sorted(versions, key=lambda v: [int(p) for p in v.split(".")]))
for pair in [("a", 1), ("a", None), ("a", ["a"]), ("a", b"a")]:
    try:
        pair[0] > pair[1]
    except TypeError as e:
        print(type(e).__name__, e)
