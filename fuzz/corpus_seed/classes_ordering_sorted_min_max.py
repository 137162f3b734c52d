# Defining __lt__ alone is enough for sorted(), list.sort(), min() and max() on user objects.
class Job:
    def __init__(self, name, priority, order):
        self.name, self.priority, self.order = name, priority, order
    def __lt__(self, other):
        return (self.priority, self.order) < (other.priority, other.order)
    def __repr__(self):
        return self.name

jobs = [Job("build", 2, 1), Job("test", 1, 2), Job("deploy", 3, 3), Job("lint", 1, 1)]
print(sorted(jobs))
print(min(jobs), max(jobs))
print(sorted(jobs, reverse=True))
jobs.sort(key=lambda j: j.name)
print(jobs)
a, b = Job("a", 1, 1), Job("b", 2, 2)
print(b > a, a > b, sorted([b, a, Job("c", 0, 0)]))
try:
    print(a <= b)
except TypeError as e:
    print(type(e).__name__, e)
