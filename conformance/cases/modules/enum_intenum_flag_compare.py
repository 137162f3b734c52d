# IntEnum members compare and compute like ints, while plain Enum members do not support ordering.
# xfail: raises ModuleNotFoundError: No module named 'enum'
from enum import Enum, IntEnum, Flag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + 1)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(max(Priority), Priority(5), repr(Priority.LOW))
print(str(Priority.HIGH), f"{Priority.MEDIUM}", int(Priority.MEDIUM) * 2)
print([p.name for p in Priority if p >= 5], isinstance(Priority.LOW, int))

class Plain(Enum):
    A = 1
    B = 2

try:
    Plain.A < Plain.B
except TypeError as e:
    print(type(e).__name__, e)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw.value, Perm(5))
print(list(rw), bool(Perm(0)))
