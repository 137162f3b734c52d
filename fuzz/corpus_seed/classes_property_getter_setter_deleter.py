# @property with setter and deleter routes attribute get, set and del through methods, with validation.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        print("get")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set", value)
        if not isinstance(value, (int, float)):
            raise TypeError(f"expected number, got {type(value).__name__}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(20)
print(t.celsius, t.fahrenheit)
t.celsius += 5
print(t.fahrenheit)
try:
    t.celsius = "hot"
except TypeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius).__name__, Temperature.fahrenheit.fset is None)
