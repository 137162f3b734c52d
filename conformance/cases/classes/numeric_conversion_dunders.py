# int(), float() and round() use __int__, __float__, __index__ and __round__, validating the result types.
class Reading:
    def __init__(self, value):
        self.value = value
    def __int__(self):
        return int(self.value)
    def __float__(self):
        return float(self.value)
    def __round__(self, ndigits=None):
        if ndigits is None:
            return int(self.value + 0.5)
        return Reading(round(self.value, ndigits))
    def __repr__(self):
        return f"Reading({self.value})"

r = Reading(3.75)
print(int(r), float(r), round(r), round(r, 1))
print(float(Reading(2)), int(Reading(-2.9)))
class OnlyIndex:
    def __index__(self):
        return 7
o = OnlyIndex()
print(int(o), float(o), complex(o))
class Bad:
    def __int__(self):
        return "12"
    def __float__(self):
        return 1
for fn in (int, float, round):
    try:
        print(fn(Bad()))
    except TypeError as e:
        print(type(e).__name__, e)
class Nothing:
    pass
for fn in (int, float):
    try:
        fn(Nothing())
    except TypeError as e:
        print(type(e).__name__, e)
