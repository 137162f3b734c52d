# In a class body, only the first iterable of a comprehension can see class variables; other parts cannot.
class Config:
    factor = 10
    values = [1, 2, 3]
    scaled_first = [v * 2 for v in values]
    names = ["a", "b"]
    pairs = [(n, i) for n in names for i in range(2)]
    try:
        scaled = [v * factor for v in values]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"
    lookup = {v: None for v in values}
print(Config.scaled_first, Config.pairs, Config.lookup)
print(Config.error, hasattr(Config, "scaled"), hasattr(Config, "v"))
factor = 3
class Uses:
    factor = 100
    items = [1, 2]
    result = [i * factor for i in items]
print(Uses.result)
class Fixed:
    factor = 10
    values = [1, 2, 3]
    scaled = (lambda factor, values: [v * factor for v in values])(factor, values)
    def method(self):
        return [v * self.factor for v in self.values]
print(Fixed.scaled, Fixed().method())
