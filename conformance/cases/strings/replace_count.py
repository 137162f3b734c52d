# replace with counts and empty patterns.
print("aaaa".replace("a", "b", 2), "hello".replace("l", ""), "abc".replace("", "-"))
print("one two one".replace("one", "1"), "x".replace("x", "xx", 0))
