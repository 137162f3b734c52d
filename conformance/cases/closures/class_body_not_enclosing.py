# Names defined in a class body are not visible as free variables in its methods, ending in an uncaught NameError.
scale = "module scale"

class Shape:
    scale = 10
    doubled = scale * 2
    names = [n for n in ("a", "b")]
    def area(self):
        return scale
    def class_scale(self):
        return Shape.scale, self.scale

s = Shape()
print(Shape.doubled, Shape.names)
print(s.area())
print(s.class_scale())

def make_class(factor):
    class Local:
        value = factor * 2
        def get(self):
            return factor, self.value
    return Local

print(make_class(4)().get())

class Config:
    defaults = {"retries": 3}
    @staticmethod
    def retries():
        return defaults["retries"]

def load():
    return Config.retries()

print(Config.defaults)
print(load())
