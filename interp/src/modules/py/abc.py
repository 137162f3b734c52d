"""Terrarium's abc: abstract base classes without a metaclass. Subclasses of ABC record their
abstract methods in __abstractmethods__; instantiating a class that still has some raises
TypeError (the interpreter checks __isabstractmethod__ when it creates instances)."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# Named for code that refers to it; Terrarium does not support metaclasses.
ABCMeta = type


def _abstract_names(cls):
    names = set()
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                names.add(name)
    return frozenset(names)


class ABC:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)


ABC.__abstractmethods__ = frozenset()


def update_abstractmethods(cls):
    cls.__abstractmethods__ = _abstract_names(cls)
    return cls
