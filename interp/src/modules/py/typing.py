"""Terrarium's typing: the names annotations use. They are accepted and not enforced."""


def _type_repr(obj):
    """How typing shows a parameter: builtins by name, other classes qualified."""
    if obj is None or obj is type(None):
        return "None"
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join(_type_repr(a) for a in obj) + "]"
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    return repr(obj)


class _Alias:
    """A subscripted special form such as `List[int]`; accepted and not enforced."""

    def __init__(self, name, args):
        self._name = name
        self.__args__ = args

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Type typing.{self._name} cannot be instantiated")

    def __repr__(self):
        args = self.__args__
        if self._name == "Union" and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f"typing.Optional[{_type_repr(other)}]"
        return f"typing.{self._name}[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        return isinstance(other, _Alias) and (self._name, self.__args__) == (other._name, other.__args__)

    def __hash__(self):
        return hash(self._name)

    def __or__(self, other):
        return _Alias("Union", (self, other))

    def __ror__(self, other):
        return _Alias("Union", (other, self))


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        if self._name == "Optional":
            return _Alias("Union", (params[0], type(None)))
        if self._name == "Union" and len(params) == 1:
            return params[0]
        return _Alias(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _Special("Any")
Union = _Special("Union")
Optional = _Special("Optional")
List = _Special("List")
Dict = _Special("Dict")
Set = _Special("Set")
FrozenSet = _Special("FrozenSet")
Tuple = _Special("Tuple")
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Sequence = _Special("Sequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
Type = _Special("Type")
Literal = _Special("Literal")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Annotated = _Special("Annotated")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _Special(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def get_type_hints(obj):
    return dict(getattr(obj, "__annotations__", {}))


class Protocol:
    pass


class Generic:
    def __class_getitem__(cls, params):
        return cls


class NamedTuple(tuple):
    """Subclasses become named tuples: fields from the annotations, defaults from values."""

    def __init_subclass__(cls, **kwargs):
        fields = tuple(cls.__dict__.get("__annotations__", {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        cls._fields = fields
        cls._field_defaults = defaults
        cls.__match_args__ = fields
        for i, f in enumerate(fields):
            setattr(cls, f, _FieldGetter(i))

    def __new__(cls, *args, **kwargs):
        fields = cls._fields
        if len(args) > len(fields):
            most = len(fields) + 1
            least = most - len(cls._field_defaults)
            takes = f"{most}" if least == most else f"from {least} to {most}"
            raise TypeError(
                f"{cls.__name__}.__new__() takes {takes} positional arguments "
                f"but {len(args) + 1} were given"
            )
        values = list(args)
        missing = []
        for f in fields[len(args):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in cls._field_defaults:
                values.append(cls._field_defaults[f])
            else:
                missing.append(f)
        for f in kwargs:
            if f in fields[: len(args)]:
                raise TypeError(f"{cls.__name__}.__new__() got multiple values for argument '{f}'")
            raise TypeError(f"{cls.__name__}.__new__() got an unexpected keyword argument '{f}'")
        if missing:
            names = [repr(m) for m in missing]
            s = "s" if len(missing) > 1 else ""
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            raise TypeError(
                f"{cls.__name__}.__new__() missing {len(missing)} required positional argument{s}: {joined}"
            )
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(f, v) for f, v in zip(self._fields, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)


class _FieldGetter:
    """A named tuple field: reads item `index`; the attribute cannot be set."""

    def __init__(self, index):
        self.index = index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")


class TypedDict(dict):
    """Subclasses describe dict shapes; calling one makes a plain dict."""

    def __init_subclass__(cls, total=True, **kwargs):
        keys = frozenset(cls.__dict__.get("__annotations__", {}))
        cls.__required_keys__ = keys if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else keys
        cls.__total__ = total

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)
