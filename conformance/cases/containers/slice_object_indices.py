# slice objects: attributes, indices() normalisation for a length, use as subscripts, repr and equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None).indices(7), slice(-3, None).indices(10))
print(slice(None, None, -1).indices(4), slice(-100, 100).indices(6), slice(10, 2, -3).indices(5))
xs = list(range(10))
print(xs[s], "abcdefghij"[s], tuple(xs)[slice(-2, None)])
print(range(*slice(2, 8, 3).indices(10)), list(range(*slice(None, None, -2).indices(5))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) == slice(1, 3))
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1:2], r[::3], r[:, 1], r[1:2, ::-1], r[...])
try:
    slice(0, 5, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 3
except AttributeError as e:
    print(type(e).__name__, e)
