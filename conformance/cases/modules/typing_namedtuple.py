# typing.NamedTuple classes support annotations, defaults, methods and normal tuple behaviour.
from typing import NamedTuple

class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000

    def raise_pct(self, pct):
        return self._replace(salary=self.salary * (100 + pct) // 100)

e = Employee("Ann", "eng")
print(e, e.salary, e[0])
print(e.raise_pct(10))
print(Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
name, dept, salary = Employee("Bo", "ops", 40000)
print(name, dept, salary)
staff = [Employee("Cy", "eng", 70000), e, Employee("Di", "ops", 65000)]
by_dept = {}
for s in staff:
    by_dept.setdefault(s.dept, []).append(s.name)
print(by_dept)
print(sorted(staff, key=lambda s: -s.salary)[0].name, e._asdict())
try:
    Employee("X")
except TypeError as e2:
    print(type(e2).__name__, e2)
try:
    e.salary = 1
except AttributeError as e2:
    print(type(e2).__name__, e2)
