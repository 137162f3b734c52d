# Mixin classes add reusable methods via multiple inheritance, relying on attributes of the final class.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

class DictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

class CompareMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None

class User(ReprMixin, DictMixin, CompareMixin):
    def __init__(self, name, email):
        self.name = name
        self.email = email
        self._token = "secret"

class Product(DictMixin, ReprMixin):
    def __init__(self, sku, price):
        self.sku, self.price = sku, price

u = User("ann", "a@x.org")
print(u)
print(u.to_dict(), u == User("ann", "a@x.org"), u == User("bob", "b@x.org"))
p = Product("X1", 9.5)
print(p, p.to_dict(), p == Product("X1", 9.5))
print([c.__name__ for c in User.__mro__])
print(User.__hash__ is None, Product.__hash__ is None)
print(isinstance(u, DictMixin), issubclass(Product, CompareMixin))
