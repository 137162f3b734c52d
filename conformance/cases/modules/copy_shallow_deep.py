# copy.copy shares nested objects while copy.deepcopy duplicates them, including shared and cyclic references.
import copy

config = {"name": "svc", "ports": [80, 443], "env": {"debug": False}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
shallow["ports"].append(8080)
deep["env"]["debug"] = True
shallow["name"] = "changed"
print(config)
print(shallow)
print(deep)
print(shallow["ports"] is config["ports"], deep["ports"] is config["ports"])
shared = [1, 2]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print(dpair[0] is dpair[1], dpair[0] is shared)
cyclic = [1]
cyclic.append(cyclic)
dc = copy.deepcopy(cyclic)
print(dc[1] is dc, dc is cyclic, dc[0])
t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] == [2])

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

tree = Node(1, [Node(2), Node(3)])
c1, c2 = copy.copy(tree), copy.deepcopy(tree)
tree.children[0].value = 99
print(c1.children[0].value, c2.children[0].value, c1 is tree, c1.children is tree.children)
print(copy.copy([1, [2]]) == [1, [2]], copy.copy(5), copy.deepcopy("s"))
