# with looks up __enter__ and __exit__ on the type, so instance attributes are ignored but class changes apply.
class CM:
    def __enter__(self):
        return "class enter"
    def __exit__(self, *a):
        print("class exit")

cm = CM()
cm.__enter__ = lambda: "instance enter"
cm.__exit__ = lambda *a: print("instance exit")
with cm as v:
    print(v)
print(cm.__enter__())

class Base:
    def __enter__(self):
        print("Base enter", type(self).__name__)
        return self
    def __exit__(self, *a):
        print("Base exit")

class Child(Base):
    def __exit__(self, exc_type, exc, tb):
        print("Child exit, delegating")
        return super().__exit__(exc_type, exc, tb)
with Child() as ch:
    print("body", type(ch).__name__)

def late_exit(self, *a):
    print("patched exit")
    return True
CM.__exit__ = late_exit
with CM():
    raise ValueError("suppressed by patched class method")
print("done")
