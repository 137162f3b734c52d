# translate with tables made by maketrans.
t = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(t), "hello".translate({ord("l"): None, ord("o"): "0"}))
print(sorted(str.maketrans({"a": "1", "b": None}).items()))
