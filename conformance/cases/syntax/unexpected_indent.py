# A line indented deeper than the block it is in raises IndentationError: unexpected indent.
# xfail: output differs from CPython at line 2 (got:   File "syntax/unexpected_indent.py", line 6, column 5)
values = [3, 1, 2]
print("sorting")
values.sort()
    print(values)
print("done")
