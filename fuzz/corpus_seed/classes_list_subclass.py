# Subclassing list inherits list behaviour; overridden methods and extra helpers coexist with builtins.
class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for it in items:
            self.append(it)

    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)

    def total(self):
        return sum(self)

nums = TypedList(int, [3, 1, 2])
nums.append(10)
print(nums, len(nums), nums.total(), nums[1:3], type(nums[1:3]).__name__)
nums.sort()
print(nums, nums == [1, 2, 3, 10], isinstance(nums, list))
try:
    nums.append("x")
except TypeError as e:
    print(type(e).__name__, e)
nums.extend(["bypasses", "append"])
print(nums, type(nums + [1]).__name__)

class Stackish(list):
    def peek(self):
        return self[-1] if self else None
s = Stackish("abc")
s.pop()
print(s, s.peek(), Stackish().peek(), repr(s), list(reversed(s)))
print(type(s).__name__, type(s).__mro__[1].__name__)
