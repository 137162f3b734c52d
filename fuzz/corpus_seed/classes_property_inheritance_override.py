# Subclasses can override a property, extend the parent's property with a new setter, or cache computed values.
class Shape:
    def __init__(self, side):
        self._side = side
    @property
    def side(self):
        return self._side
    @property
    def area(self):
        return self._side ** 2

class Editable(Shape):
    @Shape.side.setter
    def side(self, value):
        if value <= 0:
            raise ValueError(f"side must be positive, got {value}")
        self._side = value

class Doubled(Shape):
    @property
    def area(self):
        return 2 * super().area

class Cached(Shape):
    @property
    def area(self):
        if "_area" not in vars(self):
            print("computing")
            self._area = super().area
        return self._area
e = Editable(3)
e.side = 5
print(e.side, e.area, Doubled(3).area)
for target, value in [(e, -1), (Shape(2), 4)]:
    try:
        target.side = value
    except (ValueError, AttributeError) as err:
        print(type(err).__name__, err)
c = Cached(4)
print(c.area, c.area, Shape.side.fset is None, Editable.side.fget is Shape.side.fget)
