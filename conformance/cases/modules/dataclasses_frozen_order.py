# frozen dataclasses reject assignment with FrozenInstanceError and are hashable; order=True enables sorting.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

v = Version(1, 2)
print(v, v < Version(1, 10), v == Version(1, 2, 0))
print(sorted([Version(2), Version(1, 9, 9), Version(1, 10)]))
print(max(Version(0, 1), Version(0, 0, 7)))
print(len({Version(1), Version(1, 0, 0), Version(2)}))
lookup = {Version(3, 13): "current"}
print(lookup[Version(3, 13, 0)])
try:
    v.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(issubclass(FrozenInstanceError, AttributeError))

@dataclass
class Plain:
    x: int

try:
    Plain(1) < Plain(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__hash__)
