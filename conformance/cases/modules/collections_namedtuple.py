# namedtuple fields, repr, _replace, _asdict, _make, _fields, defaults and tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], len(p))
print(p._replace(x=10), p)
print(p._asdict())
print(Point._make([5, 6]), Point._fields)
x, y = p
print(x + y, p == (3, 4), p + (5,))
Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
e = Employee("Ann", "eng")
print(e, Employee._field_defaults)
staff = [Employee("Bo", "ops", 40000), e, Employee("Cy", "eng", 70000)]
print(max(staff, key=lambda s: s.salary).name)
print(sorted(staff, key=lambda s: (s.dept, s.name)))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p._replace(z=1)
except TypeError as e:
    print(type(e).__name__, e)
print(Point(y=2, x=1), type(p).__name__, isinstance(p, tuple))
