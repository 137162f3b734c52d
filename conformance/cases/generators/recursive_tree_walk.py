# Recursive generators with yield from walk a nested tree structure depth-first.
tree = {
    "name": "root",
    "children": [
        {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
        {"name": "b", "children": []},
        {"name": "c", "children": [{"name": "c1", "children": [{"name": "c1x", "children": []}]}]},
    ],
}

def walk(node, depth=0):
    yield depth, node["name"]
    for child in node["children"]:
        yield from walk(child, depth + 1)

for depth, name in walk(tree):
    print("  " * depth + name)

def leaves(node):
    if not node["children"]:
        yield node["name"]
    for child in node["children"]:
        yield from leaves(child)

print(list(leaves(tree)))
print(max(d for d, _ in walk(tree)))
