# @staticmethod functions take no implicit first argument and work via the class, instances and subclasses.
class MathUtils:
    factor = 10

    @staticmethod
    def clamp(value, low, high):
        return max(low, min(high, value))

    @staticmethod
    def is_even(n):
        return n % 2 == 0

    def scaled_clamp(self, v):
        return self.clamp(v * self.factor, 0, 100)

print(MathUtils.clamp(150, 0, 100), MathUtils.clamp(-5, 0, 100))
m = MathUtils()
print(m.clamp(50, 0, 10), m.scaled_clamp(3), m.scaled_clamp(30))
print(list(filter(MathUtils.is_even, range(10))))

class Sub(MathUtils):
    pass

print(Sub.is_even(4), Sub().clamp(1, 2, 3))
print(MathUtils.is_even is m.is_even, type(MathUtils.__dict__["is_even"]).__name__)
try:
    m.is_even()
except TypeError as e:
    print(type(e).__name__, e)
try:
    MathUtils.clamp(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
