# An exception raised in __init__ during object construction is uncaught, with the __init__ frame shown.
class Temperature:
    def __init__(self, celsius):
        if celsius < -273.15:
            raise ValueError(f"{celsius} is below absolute zero")
        self.celsius = celsius
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

class Sensor:
    def __init__(self, readings):
        self.temps = [Temperature(r) for r in readings]
    def max_f(self):
        return max(t.fahrenheit() for t in self.temps)

print(Sensor([20, 25.5, -3]).max_f())
print(Sensor([10, -300]).max_f())
