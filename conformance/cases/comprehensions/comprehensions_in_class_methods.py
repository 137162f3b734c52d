# Comprehensions inside class methods use self and method locals to filter and summarise stored records.
class Gradebook:
    def __init__(self):
        self.grades = {}
    def add(self, student, *scores):
        self.grades.setdefault(student, []).extend(scores)
        return self
    def averages(self):
        return {s: round(sum(v) / len(v), 1) for s, v in self.grades.items() if v}
    def passing(self, cutoff=60):
        avgs = self.averages()
        return sorted(s for s, a in avgs.items() if a >= cutoff)
    def histogram(self, width=10):
        buckets = {b: 0 for b in range(0, 101, width)}
        for b in (score // width * width for v in self.grades.values() for score in v):
            buckets[b] += 1
        return {b: n for b, n in buckets.items() if n}
    def report(self):
        return [f"{s}: {'*' * int(a // 10)}" for s, a in sorted(self.averages().items())]
book = Gradebook().add("ann", 90, 85).add("bob", 55, 60, 48).add("cy", 72).add("dee")
print(book.averages())
print(book.passing(), book.passing(cutoff=80))
print(book.histogram(), book.histogram(width=50))
print("\n".join(book.report()))
print([name for name in book.grades if not book.grades[name]])
