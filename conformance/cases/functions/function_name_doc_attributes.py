# Functions expose __name__, __qualname__, __doc__ and __module__, which can be reassigned.
def documented(x):
    """Return x doubled.

    More detail here.
    """
    return x * 2

def undocumented():
    pass

def outer():
    def inner():
        "inner doc"
    return inner

class Widget:
    def render(self):
        "Render the widget."

print(documented.__name__, documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__doc__.splitlines()[0])
print(undocumented.__doc__)
fn = outer()
print(fn.__name__, fn.__qualname__, fn.__doc__)
print(Widget.render.__name__, Widget.render.__qualname__, Widget.render.__doc__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
print(documented.__module__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError", e)
