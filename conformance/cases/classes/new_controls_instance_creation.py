# __new__ runs before __init__, can return a cached instance, and skips __init__ when it returns a foreign object.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("__init__", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Weird:
    def __new__(cls, n):
        if n < 0:
            return "negative"
        return super().__new__(cls)

    def __init__(self, n):
        print("Weird.__init__", n)
        self.n = n

w = Weird(5)
print(type(w).__name__, w.n)
x = Weird(-1)
print(type(x).__name__, x)

class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

u = UpperStr("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str))
