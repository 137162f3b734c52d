# A line indented deeper than the block it is in raises IndentationError: unexpected indent.
values = [3, 1, 2]
print("sorting")
values.sort()
    print(values)
print("done")
