# Raw string literals keep backslashes, including before quotes, and combine with f and b prefixes.
path = r"C:\new\table\x41"
print(path, len(path), path.split("\\"), repr(path))
print(r"\n" == "\\n", len(r"\n"), r"\"" , len(r"\""), r'\'', r"\\", len(r"\\"))
print(r"\u00e9", len(r"\u00e9"), r"\N{BULLET}", R"UPPER\t", repr(rb"\x00"), len(rb"\x00"))
name = "x"
print(rf"{name}\t{name!r}", Rf"\d+{1 + 1}", fr"{{}}\{name}")
print(r"a" "\t" r"b", repr(r"a" "\t" r"b"), r"""multi
line\n""")
print(r"^\d{3}-\w+$", r"tab\there".replace("\\t", "\t"))
