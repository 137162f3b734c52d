# Equality between different container types is False (list vs tuple, set vs list) except set/frozenset and numeric elements.
print([1, 2] == (1, 2), (1, 2) == [1, 2], [] == (), [] == {}, {} == set())
print({1, 2} == frozenset({1, 2}), frozenset() == set(), {1: 2} == {1: 2.0})
print([1, 2] == [1.0, 2.0], (1, True) == (1.0, 1), [0] == [False], ["1"] == [1])
print(b"ab" == "ab", b"ab" == bytearray(b"ab"), bytearray() == b"", b"" == "")
print(range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2], tuple(range(3)) == (0, 1, 2))
print({"a": 1}.keys() == {"a"}, {"a": 1}.items() == {("a", 1)}, {"a": 1}.values() == [1])
print([[1, 2], {3: (4,)}] == [[1, 2], {3: (4,)}], [[1, 2]] == [(1, 2)])
print([1, 2] != (1, 2), (1,) != (1,), "x" in ["x"], ["x"] in [["x"]], ("x",) in [["x"]])
class Loose:
    def __eq__(self, other):
        return True
print([Loose()] == [1], (1, Loose()) == (1, "any"), Loose() in [5], [1] == [Loose()])
x = float("nan")
print([x] == [x], (x,) == (x,), x in [x], [x][0] == x)
print([None] == [None], [None] != [0], None in [0, False, ""])
