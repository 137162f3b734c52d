# Ordering comparisons without a matching method raise TypeError naming the operator and both types.
class A:
    pass

class B:
    def __lt__(self, other):
        return NotImplemented

for left, right in [(A(), A()), (A(), B()), (A(), 1), ("x", A())]:
    try:
        left < right
    except TypeError as e:
        print(type(e).__name__, e)
try:
    A() >= B()
except TypeError as e:
    print(type(e).__name__, e)
try:
    B() > 3.5
except TypeError as e:
    print(type(e).__name__, e)
print(A() == B(), A() != 1)

class Task:
    def __init__(self, name, prio):
        self.name, self.prio = name, prio

def top(tasks):
    return min(tasks)

def schedule(tasks):
    return top(tasks).name

print(schedule([Task("only", 1)]))
print(schedule([Task("a", 2), Task("b", 1)]))
