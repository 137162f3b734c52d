# A falsy __exit__ return (None, 0, "") lets the exception propagate after __exit__ has run.
class Cleanup:
    def __init__(self, ret):
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("cleanup ran, returning", repr(self.ret))
        return self.ret

for ret in [None, 0, "", False, []]:
    try:
        with Cleanup(ret):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
for ret in [1, "x", [0]]:
    with Cleanup(ret):
        raise KeyError("k")
    print("suppressed by", repr(ret))
with Cleanup(True):
    pass
print("no exception: return value ignored")
