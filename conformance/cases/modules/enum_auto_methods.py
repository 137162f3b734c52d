# enum.auto assigns increasing values, and enums can carry methods, properties and custom string values.
# xfail: raises ModuleNotFoundError: No module named 'enum'
from enum import Enum, auto

class Status(Enum):
    PENDING = auto()
    RUNNING = auto()
    DONE = auto()

    @property
    def finished(self):
        return self is Status.DONE

    def next(self):
        members = list(Status)
        return members[min(members.index(self) + 1, len(members) - 1)]

print([(s.name, s.value) for s in Status])
s = Status.PENDING
while not s.finished:
    print("status:", s.name)
    s = s.next()
print("final:", s, s.finished)

class Level(Enum):
    LOW = "low"
    HIGH = "high"

    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())
print(Level.parse("  HIGH "), Level.LOW.value.upper())

class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()

print(Lower.ALPHA.value, Lower("beta"))
