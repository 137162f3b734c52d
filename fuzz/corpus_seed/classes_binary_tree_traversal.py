# A binary search tree class supports insertion and in/pre/post-order and level-order traversals.
class TreeNode:
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None
class BST:
    def __init__(self, keys=()):
        self.root = None
        for k in keys:
            self.insert(k)
    def insert(self, key):
        if self.root is None:
            self.root = TreeNode(key)
            return
        node = self.root
        while True:
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key))
                return
            node = child
    def inorder(self, n="root"):
        n = self.root if n == "root" else n
        return [] if n is None else self.inorder(n.left) + [n.key] + self.inorder(n.right)
    def preorder(self, n):
        return [] if n is None else [n.key] + self.preorder(n.left) + self.preorder(n.right)
    def postorder(self, n):
        return [] if n is None else self.postorder(n.left) + self.postorder(n.right) + [n.key]
    def levels(self):
        out, frontier = [], [self.root] if self.root else []
        while frontier:
            out.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return out
    def height(self, n):
        return 0 if n is None else 1 + max(self.height(n.left), self.height(n.right))

t = BST([50, 30, 70, 20, 40, 60, 80, 35])
print(t.inorder(), t.preorder(t.root), t.postorder(t.root))
print(t.levels(), t.height(t.root), BST().levels(), BST().inorder())
