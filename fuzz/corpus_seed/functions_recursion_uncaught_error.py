# An exception raised at the bottom of a short recursion is uncaught, so every recursive frame is listed.
def depth_sum(node):
    if not isinstance(node, list):
        raise TypeError(f"expected list, got {type(node).__name__}")
    total = 0
    for child in node:
        if isinstance(child, int):
            total += child
        else:
            total += depth_sum(child)
    return total

print(depth_sum([1, [2, 3], [[4]]]))
print(depth_sum([1, [2, [3, "x"]]]))
