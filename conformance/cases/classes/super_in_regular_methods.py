# super() works in ordinary methods, classmethods and properties, and fails without arguments in a staticmethod.
class Base:
    def render(self, text):
        return f"<{text}>"
    @classmethod
    def create(cls):
        return f"Base.create({cls.__name__})"
    @property
    def label(self):
        return "base"

class Fancy(Base):
    def render(self, text):
        inner = super().render(text.upper())
        return f"*{inner}*"
    @classmethod
    def create(cls):
        return "Fancy+" + super().create()
    @property
    def label(self):
        return super().label + "+fancy"
    def via_explicit(self):
        return super(Fancy, self).render("explicit")
    @staticmethod
    def broken():
        return super().render("x")

f = Fancy()
print(f.render("hi"))
print(Fancy.create(), Base.create())
print(f.label, f.via_explicit())
try:
    Fancy.broken()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(Fancy, 5)
except TypeError as e:
    print(type(e).__name__, e)
