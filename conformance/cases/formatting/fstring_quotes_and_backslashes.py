# Python 3.12+ f-strings allow reusing the outer quote, backslashes and comments in expressions.
# xfail: output differs from CPython at line 1 (got: [syntax error])
data = {"key": "value", "n": 3}
names = ["a", "b"]
print(f"{data["key"]}", f'{data['n']}', f"{"nested " + f"{data["n"]}"}")
print(f"{"\n".join(names)}")
print(f"{'\t'.join(names)!r}", f"{len("\\")}", f"{"\N{BULLET}"}")
print(f"""{
    data["key"]  # comment inside a replacement field
}""", f"{'''triple'''}", f"{"a" if True else "b"}")
print(f"{f"{f"{1 + 1}"}"}", f"{'{'}{'}'}", f"{{{data["n"]}}}")
