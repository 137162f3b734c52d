# partition, rpartition, removeprefix and removesuffix.
print("key=value=x".partition("="), "key=value=x".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("test_case".removeprefix("test_"), "file.txt".removesuffix(".txt"), "abc".removeprefix("z"))
