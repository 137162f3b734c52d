# A reentrant Indenter context manager tracks nesting depth to produce indented output.
class Indenter:
    def __init__(self, step="  "):
        self.level = 0
        self.step = step
        self.lines = []
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def write(self, text):
        self.lines.append(self.step * self.level + text)

out = Indenter("..")
out.write("root")
with out:
    out.write("child 1")
    with out:
        out.write("grandchild")
        with out as same:
            same.write("great" + str(same is out))
    out.write("child 2")
out.write("end level " + str(out.level))
print("\n".join(out.lines))

def render(tree, w):
    for key, value in tree.items():
        w.write(key + ("/" if isinstance(value, dict) else f" = {value}"))
        if isinstance(value, dict):
            with w:
                render(value, w)
w = Indenter()
render({"src": {"main.py": 120, "lib": {"util.py": 40}}, "README": 3}, w)
print("\n".join(w.lines), w.level)
