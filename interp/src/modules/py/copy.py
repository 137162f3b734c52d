"""Terrarium's copy: shallow and deep copies of builtin containers and plain objects."""


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, complex, str, bytes, tuple, frozenset, type, range, type(None)):
        return x
    if cls is list:
        return list(x)
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    method = getattr(cls, "__copy__", None)
    if method is not None:
        return method(x)
    if hasattr(x, "__dict__"):
        new = cls.__new__(cls)
        new.__dict__.update(x.__dict__)
        return new
    return x


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, complex, str, bytes, type, range, type(None)):
        return x
    if cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A tuple whose items all copy to themselves is returned as is (CPython does).
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
        memo[key] = y
        return y
    if cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set(deepcopy(item, memo) for item in x)
        memo[key] = y
        return y
    if cls is frozenset:
        items = [deepcopy(item, memo) for item in x]
        if all(a is b for a, b in zip(items, x)):
            return x
        return frozenset(items)
    method = getattr(cls, "__deepcopy__", None)
    if method is not None:
        return method(x, memo)
    if hasattr(x, "__dict__"):
        new = cls.__new__(cls)
        memo[key] = new
        for k, v in x.__dict__.items():
            setattr(new, k, deepcopy(v, memo))
        return new
    return x
