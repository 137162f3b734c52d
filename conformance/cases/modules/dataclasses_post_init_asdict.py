# __post_init__ computes derived fields, and asdict/astuple convert nested dataclasses recursively.
from dataclasses import dataclass, field, asdict, astuple, replace

@dataclass
class Address:
    city: str
    zip_code: str
@dataclass
class Person:
    first: str
    last: str
    age: int
    address: Address
    full_name: str = field(init=False)
    emails: list = field(default_factory=list)

    def __post_init__(self):
        if self.age < 0:
            raise ValueError(f"age must be non-negative, got {self.age}")
        self.full_name = f"{self.first} {self.last}"
p = Person("Ada", "Lovelace", 36, Address("London", "N1"), emails=["ada@x.org"])
print(p.full_name)
print(p)
print(asdict(p))
print(astuple(p))
older = replace(p, age=37)
print(older.age, older.full_name, p.age, older.address is p.address)
print(asdict(replace(p, address=Address("Paris", "75001")))["address"])
try:
    Person("X", "Y", -1, Address("A", "B"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    replace(p, full_name="Z")
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict({"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
